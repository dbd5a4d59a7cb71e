package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code repeats} with a majority vote over the extracted answers, as lm-eval's self-consistency.
 */
class RepeatsTest {
  private static final String YAML =
      """
      task: maj
      doc_to_text: "{{question}}"
      doc_to_target: "{{answer}}"
      repeats: 4
      filter_list:
        - name: maj@4
          filter:
            - {function: regex, regex_pattern: "answer is (\\\\d+)"}
            - function: majority_vote
            - function: take_first
        - name: first
          filter:
            - {function: regex, regex_pattern: "answer is (\\\\d+)"}
            - function: take_first
      metric_list:
        - metric: exact_match
      """;

  @Test
  void theMajorityOfTheExtractedAnswersIsScored() {
    TaskDefinition def = Tasks.parse(YAML, "maj.yaml", null);
    GenerateUntilTask task =
        new GenerateUntilTask(
            def,
            new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none()),
            new GenerationParams(0.7, null, null, List.of(), null),
            true);
    Sample s = new Sample("1", "q", List.of(), "7", Map.of());
    assertThat(task.calls(s).requests()).hasSize(4);
    SampleOutcome.Scored scored =
        task.score(
            s,
            "[\"the answer is 3\", \"<think>answer is 9</think>the answer is 7\","
                + " \"so the answer is 7\", \"no idea\"]");
    assertThat(scored.scores())
        .containsExactly(Map.entry("exact_match,maj@4", 1.0), Map.entry("exact_match,first", 0.0));
    assertThat(ResponseFilters.majorityVote().apply(List.of("b", "a", "a", "b")))
        .as("ties go to the first seen, as Counter.most_common orders them")
        .containsExactly("b");
  }

  @Test
  void reducersScoreTheFirstTheMeanOrTheMajorityOfTheAnswersEachPutThroughThePipeline() {
    String yaml =
        """
        task: reduce
        doc_to_text: "{{question}}"
        doc_to_target: "{{answer}}"
        repeats: 5
        filter_list:
          - name: num
            filter:
              - {function: regex, regex_pattern: "answer is (\\\\d+)"}
              - function: take_first
        metric_list:
          - {metric: exact_match}
          - {metric: squad_exact, reducer: mean}
          - {metric: drop_em, reducer: majority}
        """;
    TaskDefinition def = Tasks.parse(yaml, "reduce.yaml", null);
    assertThat(def.metrics())
        .extracting(TaskMetric::reducer)
        .containsExactly(
            TaskMetric.Reducer.FIRST, TaskMetric.Reducer.MEAN, TaskMetric.Reducer.MAJORITY);
    GenerateUntilTask task =
        new GenerateUntilTask(
            def,
            new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none()),
            new GenerationParams(0.7, null, null, List.of(), null),
            true);
    Sample s = new Sample("1", "q", List.of(), "7", Map.of());
    // extracted one by one: 3, 7, 7, 9, 7; the first is 3 (wrong), 3 of 5 are 7, the majority 7
    String output =
        "[\"answer is 3\", \"answer is 7\", \"answer is 7\", \"answer is 9\", \"answer is 7\"]";
    assertThat(task.score(s, output).scores().values()).containsExactly(0.0, 0.6, 1.0);
    // two each of 9 and 7: the tie goes to 9, seen first
    String tied = "[\"answer is 9\", \"answer is 7\", \"answer is 7\", \"answer is 9\", \"x\"]";
    assertThat(task.score(s, tied).scores().values()).containsExactly(0.0, 0.4, 0.0);
  }

  @Test
  void aMetricListedTwiceIsRefusedForItWouldBeReportedUnderOneName() {
    String yaml =
        "task: t\nmetric_list:\n  - {metric: exact_match}\n"
            + "  - {metric: exact_match, reducer: mean}\n";
    assertThatThrownBy(() -> Tasks.parse(yaml, "t.yaml", null))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().toString())
                    .contains(
                        "t.yaml:4: metric_list[1].metric: metric \"exact_match\" is listed twice"));
  }
}
