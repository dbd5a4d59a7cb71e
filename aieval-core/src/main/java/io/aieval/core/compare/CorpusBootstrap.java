package io.aieval.core.compare;

import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.MeanAccumulator;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded paired bootstrap of a corpus metric's difference {@code δ = M(b) − M(a)}, where {@code
 * M} is the metric over a run's paired samples (BLEU, chrF, TER, MCC, F1, correlations), in the
 * spirit of sacreBLEU's {@code --paired-bs}: each of {@code iterations} resamples draws the sample
 * indices with replacement once, from a {@link SplittableRandom} seeded with {@code seed} (as
 * {@link PairedBootstrap} draws them), and the metric of both runs is recomputed on that same
 * resample, giving a replicate {@code δ* = M*(b) − M*(a)}. Each recomputation aggregates the
 * samples' reduced items ({@link CorpusItems}), so it is a sum over the resample, not a new
 * tokenisation.
 *
 * <p>Interval, standard error and p-value follow {@link PairedBootstrap}'s conventions: the 2.5th
 * and 97.5th percentiles of the replicates (numpy's linear interpolation), their sample standard
 * deviation, and the null-shifted two-sided p-value {@code (1 + #{|δ* − δ| ≥ |δ|}) / (R + 1)}.
 * {@code R} is the number of replicates on which the metric is defined in both runs: a resample on
 * which it is not (a correlation of constant values) is left out, as {@code aieval score} leaves it
 * out of a corpus metric's standard error.
 */
final class CorpusBootstrap {
  private CorpusBootstrap() {}

  /**
   * The difference of the candidate's metric and the baseline's over the same samples; {@code
   * baseline} and {@code candidate} hold the same samples' items in the same order.
   *
   * @return {@code null} when the metric is undefined on the full samples of either run, or on
   *     every resample
   * @throws IllegalArgumentException when the two hold different numbers of samples, or none
   */
  static PairedBootstrap of(
      CorpusItems<?> baseline, CorpusItems<?> candidate, Bootstrap bootstrap) {
    int n = baseline.size();
    if (n == 0 || candidate.size() != n) {
      throw new IllegalArgumentException(
          "paired items need equal, non-zero counts, not " + n + " and " + candidate.size());
    }
    double delta = candidate.figure() - baseline.figure();
    if (Double.isNaN(delta)) {
      return null;
    }
    double[] replicates = new double[bootstrap.iterations()];
    int used = 0;
    long extreme = 0;
    MeanAccumulator spread = new MeanAccumulator();
    SplittableRandom random = new SplittableRandom(bootstrap.seed());
    int[] draw = new int[n];
    for (int r = 0; r < replicates.length; r++) {
      for (int i = 0; i < n; i++) {
        draw[i] = random.nextInt(n);
      }
      double d = candidate.resampled(draw) - baseline.resampled(draw);
      if (Double.isNaN(d)) {
        continue;
      }
      replicates[used++] = d;
      spread.add(d);
      if (Math.abs(d - delta) >= Math.abs(delta)) {
        extreme++;
      }
    }
    if (used == 0) {
      return null;
    }
    double[] sorted = Arrays.copyOf(replicates, used);
    Arrays.sort(sorted);
    double p = (1.0 + extreme) / (used + 1.0);
    return new PairedBootstrap(
        delta,
        spread.sampleStdDev(),
        PairedBootstrap.percentile(sorted, 0.025),
        PairedBootstrap.percentile(sorted, 0.975),
        new BootstrapSignificance(bootstrap, used, true, p));
  }
}
