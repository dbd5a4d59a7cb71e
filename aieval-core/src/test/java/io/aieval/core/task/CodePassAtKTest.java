package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.exec.PythonRequired;
import io.aieval.core.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code pass@k} over {@code repeats} where the HumanEval tests decide each answer. */
class CodePassAtKTest {
  private static final String YAML =
      """
      task: code
      doc_to_text: "{{question}}"
      doc_to_target: ""
      repeats: 5
      generation_kwargs: {do_sample: true, temperature: 0.8}
      metric_list:
        - {metric: pass@1, scorer: humaneval}
        - {metric: pass@2, scorer: humaneval}
      """;

  @Test
  void theTestsDecideWhichAnswersPass() throws Exception {
    TaskDefinition def = Tasks.parse(YAML, "code.yaml", null);
    GenerateUntilTask task =
        new GenerateUntilTask(
            def,
            new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none()),
            new GenerationParams(0.8, null, null, List.of(), null),
            true,
            PythonRequired::sandbox);
    Sample s =
        new Sample(
            "HumanEval/0",
            "def add(a, b):\n",
            List.of(),
            "",
            Map.of("test", "def check(f):\n    assert f(1, 2) == 3\n", "entry_point", "add"));
    String right = "```python\ndef add(a, b):\n    return a + b\n```";
    String wrong = "def add(a, b):\n    return a - b\n";
    String output =
        JsonMapper.builder().build().writeValueAsString(List.of(wrong, right, wrong, right, wrong));
    // n = 5, c = 2
    SampleOutcome.Scored scored = task.score(s, output);
    assertThat(scored.scores().get("pass@1,none")).isCloseTo(0.4, within(1e-15));
    assertThat(scored.scores().get("pass@2,none")).isCloseTo(0.7, within(1e-15));
  }

  @Test
  void onlyPassAtKTakesAScorer() {
    assertThatThrownBy(
            () ->
                Tasks.parse(YAML.replace("metric: pass@2", "metric: exact_match"), "c.yaml", null))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("exact_match");
    assertThatThrownBy(
            () ->
                Tasks.parse(
                    YAML.replace(
                        "scorer: humaneval}\n  - {metric: pass@2",
                        "scorer: hummaneval}\n  - {metric: pass@2"),
                    "c.yaml",
                    null))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("humaneval");
  }
}
