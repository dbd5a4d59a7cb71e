package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import io.aieval.core.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom logic is a Java class registered by name, never code in the task file. */
class TaskFunctionTest {
  private static TaskPrompt prompt(String yaml) {
    return new TaskPrompt(
        Tasks.parse(yaml, "f.yaml", null),
        new Templates(Map.of("input", "question")),
        FewshotSampler.none());
  }

  @Test
  void functionsAreNamedByTagOrByMap() {
    TaskPrompt p =
        prompt(
            "task: f\noutput_type: multiple_choice\ndoc_to_text: !function shout\n"
                + "doc_to_choice: {function: yes_no}\ndoc_to_target: \"{{label}}\"\n");
    Sample s = new Sample("1", "is it?", List.of(), "x", Map.of("label", "1"));
    assertThat(p.context(s)).isEqualTo("IS IT?");
    assertThat(p.choices(s)).containsExactly("no", "yes");
    assertThat(p.targetIndex(s, p.choices(s))).isEqualTo(1);
  }

  @Test
  void anUnknownFunctionIsReportedWithTheClosestName() {
    assertThatThrownBy(
            () -> Tasks.parse("task: f\n\ndoc_to_text: !function shuot\n", "f.yaml", null))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .startsWith("f.yaml:3: doc_to_text: unknown task function \"shuot\"")
                    .contains("did you mean \"shout\"?"));
  }
}
