package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.SampleOutcome;
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
}
