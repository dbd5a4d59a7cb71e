package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.spec.SpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code process_results} in task files: which scores a task may name, and how it may not. */
class ProcessResultsTest {
  private static List<String> problems(String yaml) {
    try {
      Tasks.parse(yaml, "p.yaml", null);
    } catch (SpecException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
    throw new AssertionError("no problem in\n" + yaml);
  }

  private static final String HEAD = "task: p\ndoc_to_text: \"{{question}}\"\n";

  @Test
  void withoutAMetricListEveryScoreIsReportedInTheHarnessOrder() {
    TaskDefinition squad = Tasks.parse(HEAD + "process_results: squadv2\n", "p.yaml", null);
    assertThat(GenerateUntilTask.metricNames(squad))
        .containsExactly(
            "exact,none",
            "f1,none",
            "HasAns_exact,none",
            "HasAns_f1,none",
            "NoAns_exact,none",
            "NoAns_f1,none");
  }

  @Test
  void namesMetricsAndOptionsAreChecked() {
    assertThat(problems(HEAD + "process_results: dorp\n"))
        .singleElement()
        .asString()
        .startsWith("p.yaml:3: process_results: ")
        .contains("\"dorp\"", "\"drop\"");
    assertThat(problems(HEAD + "process_results: drop\nmetric_list:\n  - metric: exact\n"))
        .singleElement()
        .asString()
        .startsWith("p.yaml:5: metric_list[0].metric: ")
        .contains("\"exact\"", "em, f1");
    assertThat(
            problems(
                HEAD
                    + "process_results: drop\nmetric_list:\n  - metric: em\n"
                    + "    ignore_case: true\n"))
        .containsExactly(
            "p.yaml:5: metric_list[0]: metric \"em\" is a score of process_results, which takes"
                + " no options: ignore_case");
    assertThat(
            problems(
                HEAD
                    + "output_type: multiple_choice\ndoc_to_choice: [\"a\", \"b\"]\n"
                    + "process_results: drop\n"))
        .containsExactly(
            "p.yaml:5: process_results: process_results \"drop\" scores generated answers, so"
                + " the task needs output_type: generate_until");
  }

  @Test
  void aScoreOfSomeDocumentsOnlyCannotComeFirst() {
    assertThat(
            problems(
                HEAD
                    + "process_results: squadv2\nmetric_list:\n  - metric: HasAns_exact\n"
                    + "  - metric: exact\n"))
        .containsExactly(
            "p.yaml:5: metric_list[0].metric: metric \"HasAns_exact\" scores only some documents,"
                + " so it cannot be the first (primary) metric");
  }

  @Test
  void aFewshotTargetWithBadSyntaxIsReportedAtItsLine() {
    assertThatThrownBy(
            () ->
                Tasks.parse(
                    HEAD + "fewshot_config:\n  doc_to_target: \"{{ x | }}\"\n", "p.yaml", null))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("p.yaml:4");
  }
}
