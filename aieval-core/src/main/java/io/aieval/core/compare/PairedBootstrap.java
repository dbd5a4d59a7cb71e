package io.aieval.core.compare;

import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.MeanAccumulator;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The seeded paired bootstrap of a mean difference {@code δ = mean(b − a)} over samples scored in
 * both runs: {@code iterations} resamples of the sample indices with replacement, drawn from a
 * {@link SplittableRandom} seeded with {@code seed} (as {@code aieval score} draws them), each
 * giving a replicate {@code δ*}.
 *
 * <ul>
 *   <li>the 95% interval is the 2.5th and 97.5th percentiles of the replicates (linear
 *       interpolation between order statistics, numpy's default);
 *   <li>the standard error is the replicates' sample standard deviation;
 *   <li>the two-sided p-value tests δ = 0 by shifting the replicates to the null (Efron and
 *       Tibshirani, ch. 16; Berg-Kirkpatrick et al. 2012): {@code (1 + #{|δ* − δ| ≥ |δ|}) /
 *       (iterations + 1)}, the +1 keeping it above 0 for a finite number of resamples.
 * </ul>
 *
 * @param difference δ, the candidate's mean minus the baseline's
 * @param stderr the bootstrap standard error of δ
 * @param ciLow the 2.5th percentile of the replicates
 * @param ciHigh the 97.5th percentile of the replicates
 * @param test the p-value and the resampling that produced it
 */
public record PairedBootstrap(
    double difference, double stderr, double ciLow, double ciHigh, BootstrapSignificance test) {
  public PairedBootstrap {
    Objects.requireNonNull(test, "test");
    if (!(ciLow <= ciHigh)) {
      throw new IllegalArgumentException("interval [" + ciLow + ", " + ciHigh + "] is empty");
    }
  }

  /**
   * Bootstraps the difference of paired scores; {@code baseline[i]} and {@code candidate[i]} are
   * the same sample's scores.
   *
   * @throws IllegalArgumentException when the arrays differ in length or are empty
   */
  public static PairedBootstrap of(double[] baseline, double[] candidate, Bootstrap bootstrap) {
    int n = baseline.length;
    if (n == 0 || candidate.length != n) {
      throw new IllegalArgumentException(
          "paired scores need equal, non-zero lengths, not " + n + " and " + candidate.length);
    }
    double[] d = new double[n];
    MeanAccumulator observed = new MeanAccumulator();
    for (int i = 0; i < n; i++) {
      d[i] = candidate[i] - baseline[i];
      observed.add(d[i]);
    }
    double delta = observed.mean();
    double[] replicates = new double[bootstrap.iterations()];
    MeanAccumulator spread = new MeanAccumulator();
    SplittableRandom random = new SplittableRandom(bootstrap.seed());
    long extreme = 0;
    for (int r = 0; r < replicates.length; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += d[random.nextInt(n)];
      }
      replicates[r] = sum / n;
      spread.add(replicates[r]);
      if (Math.abs(replicates[r] - delta) >= Math.abs(delta)) {
        extreme++;
      }
    }
    Arrays.sort(replicates);
    double p = (1.0 + extreme) / (replicates.length + 1.0);
    return new PairedBootstrap(
        delta,
        spread.sampleStdDev(),
        percentile(replicates, 0.025),
        percentile(replicates, 0.975),
        new BootstrapSignificance(bootstrap, replicates.length, false, p));
  }

  /** numpy's default ("linear") percentile of sorted values. */
  static double percentile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
