package io.aieval.core.compare;

import io.aieval.core.score.CorpusMetric;
import java.util.Objects;

/**
 * One metric a step reports, as comparisons read it.
 *
 * @param name the name the step reports it under ({@code acc}, {@code exact_match,strict-match},
 *     {@code bleu,none})
 * @param reported the step's own figure; {@code NaN} when it was undefined or not recorded
 * @param corpus the metric that computes the figure over the whole step from each sample's {@code
 *     corpus} input (BLEU, chrF, TER, MCC, F1, correlations), with the options the run used; {@code
 *     null} when the figure is the mean of per-sample scores
 */
public record StepMetric(String name, double reported, CorpusMetric<?> corpus) {
  public StepMetric {
    Objects.requireNonNull(name, "name");
  }

  /** A metric whose figure is the mean of per-sample scores. */
  public static StepMetric mean(String name, double reported) {
    return new StepMetric(name, reported, null);
  }

  /** Whether the figure is a corpus metric's, computed over the step at once. */
  public boolean isCorpus() {
    return corpus != null;
  }
}
