package io.aieval.core.task;

import io.aieval.core.score.PredictionMetric;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a task's {@code metric_list}.
 *
 * @param name the metric's name ({@code exact_match}, {@code acc})
 * @param metric the metric with its options: a per-sample one scores one prediction against the
 *     references, a corpus one (BLEU, MCC) is computed over the whole step
 * @param higherIsBetter as the task file says (default {@code true})
 * @param reducer the task file's {@code reducer}: how a per-sample metric reduces the answers of
 *     {@code repeats}
 * @param judge the task file's {@code scorer} for {@code pass@k} and {@code pass^k}: {@code
 *     humaneval} or {@code mbpp} run each answer's code against the sample's tests to decide
 *     whether it is correct; empty when answers are matched against the references
 * @param options the options as written, for provenance
 */
public record TaskMetric(
    String name,
    PredictionMetric metric,
    boolean higherIsBetter,
    Reducer reducer,
    String judge,
    Map<String, String> options) {
  public TaskMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(reducer, "reducer");
    Objects.requireNonNull(judge, "judge");
    options = Map.copyOf(options);
  }

  /** How a per-sample metric reduces the answers of {@code repeats} to the sample's score. */
  public enum Reducer {
    /** {@code first} (the default): scores the filter pipeline's first result. */
    FIRST,
    /** {@code mean}: scores each answer put through the pipeline on its own, and averages. */
    MEAN,
    /**
     * {@code majority}: scores the answer most of the answers put through the pipeline on its own
     * give, the earliest of those tied (as lm-eval's {@code majority_vote} filter picks it).
     */
    MAJORITY;

    /** The names task files give, in this order. */
    static final java.util.List<String> NAMES = java.util.List.of("first", "mean", "majority");

    static Reducer named(String name) {
      return values()[NAMES.indexOf(name)];
    }
  }
}
