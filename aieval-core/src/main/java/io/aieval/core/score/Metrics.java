package io.aieval.core.score;

/** The built-in metrics, named as lm-evaluation-harness names them. */
public final class Metrics {
  private static final Metric ACCURACY = new Metric("acc", true);
  private static final Metric EXACT_MATCH = new Metric("exact_match", true);

  private Metrics() {}

  /** {@code acc}: the share of samples scored correct, a proportion. */
  public static Metric accuracy() {
    return ACCURACY;
  }

  /** {@code exact_match}: the share of answers equal to their targets, a proportion. */
  public static Metric exactMatch() {
    return EXACT_MATCH;
  }

  /** A mean of scores in [0, 1] under {@code name}. */
  public static Metric proportion(String name) {
    return new Metric(name, true);
  }

  /** A mean of unbounded scores under {@code name}; its confidence interval is not clamped. */
  public static Metric mean(String name) {
    return new Metric(name, false);
  }
}
