package io.aieval.core.compare;

import java.util.Locale;
import java.util.Objects;

/**
 * A metric both runs' step reports that was not compared, and why.
 *
 * @param step the step name
 * @param metric the metric name
 * @param reason why
 * @param run the label of the run the reason is about, or {@code null} when it is about both
 * @param pairing how the step's samples paired up for this metric
 */
public record MetricNotCompared(
    String step, String metric, Reason reason, String run, Pairing pairing) {
  /** Why a metric was not compared. */
  public enum Reason {
    /** No paired sample has a score, or a corpus input, for the metric in both runs. */
    NO_PAIRS,
    /**
     * The corpus metric is undefined on the paired samples of {@code run} (a correlation of
     * constant values, a binary F1 over more than two labels), or on every resample.
     */
    UNDEFINED,
    /**
     * The corpus metric recomputed from {@code run}'s samples differs from the figure the run
     * reported: its options are not those the run used (they come from the task's file, which may
     * have changed or be gone), so no figure of it can be trusted.
     */
    NOT_REPRODUCED;

    /** The wire name: {@code no_pairs}, {@code undefined}, {@code not_reproduced}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public MetricNotCompared {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pairing, "pairing");
  }
}
