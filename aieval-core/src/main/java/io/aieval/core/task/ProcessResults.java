package io.aieval.core.task;

import io.aieval.core.score.PredictionMetrics;
import io.aieval.core.score.SampleMetric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code process_results} of lm-evaluation-harness tasks that score in Python code of their own
 * rather than with library metrics, named in a task file as {@code process_results: drop}: the
 * scores it gives a document, by the keys its {@code metric_list} names. Each scores the filtered
 * answer against every reference of the document ({@code doc_to_target}'s list).
 */
final class ProcessResults {
  /** The names a task file may give. */
  static final List<String> NAMES = List.of("drop", "squadv2");

  /**
   * One score of a document.
   *
   * @param metric scores an answer against the document's references; {@code NaN} where it does not
   *     apply to the document, which is then left out of the metric's mean
   * @param everyDocument whether it applies to every document, as a task's first (primary) metric
   *     must
   */
  record Score(SampleMetric metric, boolean everyDocument) {}

  private ProcessResults() {}

  /**
   * The scores of {@code name}, one of {@link #NAMES}, in the reference harness's order.
   *
   * @throws IllegalArgumentException when {@code name} is none of them
   */
  static Map<String, Score> of(String name) {
    return switch (name) {
      case "drop" -> drop();
      case "squadv2" -> squadV2();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * lm-eval's {@code drop/utils.py} {@code process_results}: DROP's {@code get_metrics} of the
   * answer against each gold answer (a tuple of spans), the best over those whose first span is not
   * blank.
   */
  private static Map<String, Score> drop() {
    Map<String, Score> out = new LinkedHashMap<>();
    out.put("em", new Score(library("drop_em"), true));
    out.put("f1", new Score(library("drop_f1"), true));
    return out;
  }

  /**
   * The {@code SQuAD2} task's scores, as the {@code squad_v2} metric computes them with its default
   * no-answer threshold of 1.0 (which no probability exceeds, so the no-answer probability changes
   * nothing): {@code exact} and {@code f1} of the official script over every question, and the same
   * over the questions with answers ({@code HasAns_}) and those without ({@code NoAns_}).
   */
  private static Map<String, Score> squadV2() {
    SampleMetric exact = library("squad_exact");
    SampleMetric f1 = library("squad_f1");
    Map<String, Score> out = new LinkedHashMap<>();
    out.put("exact", new Score(exact, true));
    out.put("f1", new Score(f1, true));
    out.put("HasAns_exact", answered(exact, true));
    out.put("HasAns_f1", answered(f1, true));
    out.put("NoAns_exact", answered(exact, false));
    out.put("NoAns_f1", answered(f1, false));
    return out;
  }

  /**
   * {@code metric} over the documents that have answers ({@code hasAnswers}) or have none: the
   * script's {@code qid_to_has_ans}, whether the question's answer list is empty.
   */
  private static Score answered(SampleMetric metric, boolean hasAnswers) {
    return new Score(
        p -> p.references().isEmpty() != hasAnswers ? metric.score(p) : Double.NaN, false);
  }

  private static SampleMetric library(String name) {
    return (SampleMetric) PredictionMetrics.named(name, Map.of());
  }
}
