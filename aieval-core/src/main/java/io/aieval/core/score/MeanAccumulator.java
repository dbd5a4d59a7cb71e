package io.aieval.core.score;

/**
 * The running mean and spread of scores, computed online with Welford's algorithm so neither a list
 * of scores nor a second pass is needed, and merged with Chan et al.'s formula so per-worker
 * accumulators combine exactly. The standard error is lm-evaluation-harness's: sample standard
 * deviation (n − 1) over √n.
 *
 * <p>The mean itself is the compensated (Neumaier) sum over n, not Welford's running mean, so it
 * does not depend on the order scores arrive in (results finish in any order under concurrency) and
 * for 0/1 scores it is exactly k / n, as the reference harnesses report it; Welford's recurrence is
 * kept for the spread, where it is the numerically stable choice.
 *
 * <p>Not thread safe: the caller serialises {@link #add} and {@link #merge}, or keeps one
 * accumulator per thread and merges them at the end.
 */
public final class MeanAccumulator {
  private long count;
  private double mean;
  // Sum of squared differences from the current mean.
  private double m2;
  // The exact-as-possible sum of scores: a running sum and the rounding error it has lost.
  private double sum;
  private double compensation;

  /**
   * Adds one score.
   *
   * @throws IllegalArgumentException when {@code x} is NaN or infinite, which would poison the mean
   */
  public void add(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("a score must be finite, not " + x);
    }
    addToSum(x);
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
  }

  /**
   * Adds every score {@code other} has seen, as if each had been added here; {@code other} is not
   * changed (merging an accumulator into itself doubles its scores). Returns this accumulator.
   */
  public MeanAccumulator merge(MeanAccumulator other) {
    long n2 = other.count;
    double mean2 = other.mean;
    double m22 = other.m2;
    if (n2 == 0) {
      return this;
    }
    long n = count + n2;
    double delta = mean2 - mean;
    mean += delta * n2 / n;
    m2 += m22 + delta * delta * ((double) count * n2 / n);
    count = n;
    addToSum(other.sum);
    addToSum(other.compensation);
    return this;
  }

  /** Neumaier's compensated summation. */
  private void addToSum(double x) {
    double t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
    sum = t;
  }

  public long count() {
    return count;
  }

  /** The mean, or {@code NaN} when nothing was added: an empty mean is undefined, not 0. */
  public double mean() {
    return count == 0 ? Double.NaN : (sum + compensation) / count;
  }

  /** The sample standard deviation (divisor n − 1); 0 when fewer than 2 scores were added. */
  public double sampleStdDev() {
    return count < 2 ? 0.0 : Math.sqrt(m2 / (count - 1));
  }

  /**
   * The standard error of the mean, {@link #sampleStdDev()} / √n; 0 when fewer than 2 scores were
   * added, where no spread can be measured.
   */
  public double standardError() {
    return count < 2 ? 0.0 : sampleStdDev() / Math.sqrt(count);
  }

  /** The mean as a metric that is not a proportion, so its interval is not clamped. */
  public MetricValue summary(String name) {
    return summary(Metrics.mean(name));
  }

  /** The mean as {@code metric}, its interval clamped to [0, 1] when the metric is a proportion. */
  public MetricValue summary(Metric metric) {
    return MetricValue.of(metric, mean(), standardError(), count);
  }
}
