package io.aieval.core.task;

import java.util.List;
import java.util.Map;

/**
 * Custom scoring for multiple-choice task files, registered by name as lm-evaluation-harness's
 * {@code process_results} is ({@code process_results: !function mc2}): where a choice's
 * log-likelihood alone does not say the score, a function turns a document's log-likelihoods into
 * its metrics. Found with {@link java.util.ServiceLoader}: a plugin lists its class in {@code
 * META-INF/services/io.aieval.core.task.ResultsFunction}. Implementations are thread safe.
 */
public interface ResultsFunction {
  /** The name task files use. */
  String name();

  /**
   * The metrics of one document.
   *
   * @param doc the document as templates see it (source fields by name, {@code input}, {@code
   *     choices}, {@code target}, {@code id})
   * @param loglikelihoods per choice, in order, the log-likelihood of its continuation
   * @param isGreedy per choice, whether greedy decoding would have produced its continuation
   * @return the value of each metric by name; holds every metric of the task's {@code metric_list}
   * @throws IllegalArgumentException when the document cannot be scored this way
   */
  Map<String, Double> apply(
      Map<String, Object> doc, List<Double> loglikelihoods, List<Boolean> isGreedy);
}
