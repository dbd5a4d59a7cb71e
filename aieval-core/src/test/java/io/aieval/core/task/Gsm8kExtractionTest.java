package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.SampleOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in gsm8k task's filters and metric on tricky completions. Expected values are worked
 * out by hand from lm-evaluation-harness's definitions: its regex filter ({@code re.findall}, the
 * match at {@code group_select}, a tuple reduced to its first non-empty group, stripped, {@code
 * [invalid]} when none), then {@code take_first}, then {@code exact_match} removing the regexes
 * {@code ,} {@code \$} {@code (?s).*#### } {@code \.$} in order from both sides and lowercasing.
 */
class Gsm8kExtractionTest {
  private static final TaskDefinition GSM8K = Tasks.catalog(List.of()).get("gsm8k");

  private static SampleOutcome.Scored score(String completion, String target) {
    // as the gsm8k layout reads a record: the final number as target, the worked answer in metadata
    TaskPrompt prompt = new TaskPrompt(GSM8K, new Templates(Map.of()), FewshotSampler.none());
    GenerateUntilTask task =
        new GenerateUntilTask(
            GSM8K, prompt, new GenerationParams(0.0, null, null, List.of(), null), false);
    Sample s =
        new Sample(
            "1", "How many?", List.of(), target, Map.of("answer", "Work it out.\n#### " + target));
    return task.score(s, completion.replace("\\n", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // completion | target | strict extraction | strict | flexible extraction | flexible
        "She pays 1,234 dollars.\\n#### 1,234 | 1234 | 1,234 | 1 | 1,234 | 1",
        "The total is $18. | 18 | [invalid] | 0 | $18. | 1",
        "It drops by 5 to -3\\n#### -3 | -3 | -3 | 1 | -3 | 1",
        "3 apples and 4 pears make 7 | 7 | [invalid] | 0 | 7 | 1",
        "So the answer is\\n#### 42. | 42 | 42. | 1 | 42. | 1",
        "Answer: 5, then 6. | 6 | [invalid] | 0 | 6. | 1",
        "It costs $1,234.50. | 1234.5 | [invalid] | 0 | $1,234.50. | 0",
        "#### 17 | 18 | 17 | 0 | 17 | 0",
        "#### 7\\nthen 8 more | 7 | 7 | 1 | 8 | 0",
        "<think>maybe 99 or #### 98</think>\\n#### 7 | 7 | 7 | 1 | 7 | 1",
        "no number at all | 3 | [invalid] | 0 | [invalid] | 0",
      })
  void strictAndFlexibleMatchLmEvaluationHarness(
      String completion,
      String target,
      String strict,
      double strictScore,
      String flexible,
      double flexibleScore) {
    SampleOutcome.Scored scored = score(completion, target);
    assertThat(scored.extracted()).isEqualTo(strict);
    assertThat(scored.scores())
        .containsExactly(
            Map.entry("exact_match,strict-match", strictScore),
            Map.entry("exact_match,flexible-extract", flexibleScore));
    String flexibleExtracted =
        ResponseFilters.extract(
            java.util.regex.Pattern.compile("(-?[$0-9.,]{2,})|(-?[0-9]+)"),
            io.aieval.core.score.Filters.stripThinking().apply(completion.replace("\\n", "\n")),
            -1,
            ResponseFilters.INVALID);
    assertThat(flexibleExtracted).isEqualTo(flexible);
  }
}
