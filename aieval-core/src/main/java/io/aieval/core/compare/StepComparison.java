package io.aieval.core.compare;

import java.util.Objects;

/**
 * One metric of one step compared between a baseline and a candidate run, on the samples that have
 * it in both.
 *
 * @param step the step name
 * @param metric the metric name
 * @param pairing how the samples paired up for this metric; {@code paired} is at least 1
 * @param baselineValue the baseline's figure on the paired samples: the mean score, or for a corpus
 *     metric the metric over them
 * @param candidateValue the candidate's figure on the paired samples
 * @param difference the candidate minus the baseline, with its paired bootstrap interval
 * @param test McNemar's test when every paired score is 0 or 1, else the paired bootstrap's (of the
 *     mean, or of the corpus metric recomputed on each resample)
 * @param flips the samples that changed from correct to incorrect or back (0/1 scores only)
 */
public record StepComparison(
    String step,
    String metric,
    Pairing pairing,
    double baselineValue,
    double candidateValue,
    PairedBootstrap difference,
    Significance test,
    Flips flips) {
  public StepComparison {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(flips, "flips");
    if (pairing.paired() < 1) {
      throw new IllegalArgumentException("a step comparison needs a paired sample");
    }
  }

  /** Whether every paired score is 0 or 1, so McNemar's test applies and samples can flip. */
  public boolean binary() {
    return test instanceof McNemar;
  }
}
