package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code repeats} reduced over the n answers: {@code pass@k} and {@code pass^k} by the unbiased
 * estimators, {@code reducer: mean} as the mean of per-answer scores, the default the pipeline's
 * first result.
 */
class PassAtKRepeatsTest {
  private static final String YAML =
      """
      task: passk
      doc_to_text: "{{question}}"
      doc_to_target: "{{answer}}"
      repeats: 5
      generation_kwargs: {do_sample: true, temperature: 0.8}
      filter_list:
        - name: strict
          filter:
            - {function: regex, regex_pattern: "answer is (\\\\d+)"}
            - function: take_first
      metric_list:
        - metric: pass@1
        - metric: pass@2
        - metric: pass^2
        - metric: exact_match
          reducer: mean
      """;

  @Test
  void passAtKOverRepeatsIsTheEstimatorOnTheHandCountedCorrectAnswers() {
    TaskDefinition def = Tasks.parse(YAML, "passk.yaml", null);
    GenerateUntilTask task = task(def);
    Sample s = new Sample("1", "q", List.of(), "7", Map.of());
    assertThat(task.calls(s).requests()).hasSize(5);
    // n = 5 answers, c = 2 of them extract to 7
    SampleOutcome.Scored scored =
        task.score(
            s,
            "[\"the answer is 7\", \"answer is 3\", \"so the answer is 7\", \"no idea\","
                + " \"answer is 4\"]");
    assertThat(scored.scores().get("pass@1,strict")).isCloseTo(0.4, within(1e-15));
    assertThat(scored.scores().get("pass@2,strict")).isCloseTo(0.7, within(1e-15));
    assertThat(scored.scores().get("pass^2,strict")).isCloseTo(0.1, within(1e-15));
    assertThat(scored.scores().get("exact_match,strict")).isCloseTo(0.4, within(1e-15));
    assertThat(scored.value()).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void theFirstAnswerIsScoredUnlessTheReducerIsMean() {
    TaskDefinition def = Tasks.parse(YAML.replace("    reducer: mean\n", ""), "passk.yaml", null);
    SampleOutcome.Scored scored =
        task(def)
            .score(
                new Sample("1", "q", List.of(), "7", Map.of()),
                "[\"answer is 7\", \"answer is 3\", \"answer is 3\", \"x\", \"y\"]");
    assertThat(scored.scores().get("exact_match,strict")).isEqualTo(1.0);
    assertThat(scored.scores().get("pass@1,strict")).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void aReducerMustBeKnownAndScoreOneAnswerAtATime() {
    assertThatThrownBy(
            () -> Tasks.parse(YAML.replace("reducer: mean", "reducer: median"), "t.yaml", null))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("median");
    assertThatThrownBy(
            () -> Tasks.parse(YAML.replace("metric: exact_match", "metric: bleu"), "t.yaml", null))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("bleu");
  }

  private static GenerateUntilTask task(TaskDefinition def) {
    return new GenerateUntilTask(
        def,
        new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none()),
        new GenerationParams(0.8, null, null, List.of(), null),
        true);
  }
}
