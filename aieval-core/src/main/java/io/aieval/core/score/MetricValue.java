package io.aieval.core.score;

/**
 * A metric's value over a set of samples, with its standard error and 95% confidence interval
 * (normal approximation, {@code value ± 1.959963984540054 × stderr}).
 *
 * @param name the metric name ({@code acc}, {@code exact_match} …)
 * @param value the mean score; {@code NaN} exactly when {@code count} is 0, since an empty mean is
 *     undefined and must not read as a zero
 * @param stderr the standard error of the mean, never negative or {@code NaN}
 * @param ciLow the lower end of the 95% interval, {@code NaN} when {@code value} is
 * @param ciHigh the upper end of the 95% interval, {@code NaN} when {@code value} is
 * @param count how many scores the value is the mean of
 */
public record MetricValue(
    String name, double value, double stderr, double ciLow, double ciHigh, long count) {

  /** The 0.975 quantile of the standard normal distribution. */
  public static final double Z_95 = 1.959963984540054;

  public MetricValue {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a metric value needs a name");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, not " + count);
    }
    if (Double.isNaN(value) != (count == 0)) {
      throw new IllegalArgumentException("value must be NaN exactly when count is 0");
    }
    if (Double.isNaN(stderr) || stderr < 0) {
      throw new IllegalArgumentException("stderr must be 0 or more, not " + stderr);
    }
    boolean ciValid =
        Double.isNaN(value)
            ? Double.isNaN(ciLow) && Double.isNaN(ciHigh)
            : ciLow <= value && value <= ciHigh;
    if (!ciValid) {
      throw new IllegalArgumentException(
          "confidence interval [" + ciLow + ", " + ciHigh + "] does not hold value " + value);
    }
  }

  /**
   * The value of {@code metric} with its 95% interval computed from {@code stderr}; clamped to [0,
   * 1] when the metric is a proportion.
   *
   * @throws IllegalArgumentException when a proportion's value lies outside [0, 1]
   */
  public static MetricValue of(Metric metric, double value, double stderr, long count) {
    if (metric.proportion() && (value < 0 || value > 1)) {
      throw new IllegalArgumentException(
          metric.name() + " is a proportion, so its value must be in [0, 1], not " + value);
    }
    double low = value - Z_95 * stderr;
    double high = value + Z_95 * stderr;
    if (metric.proportion()) {
      low = Math.max(0.0, low);
      high = Math.min(1.0, high);
    }
    return new MetricValue(metric.name(), value, stderr, low, high, count);
  }
}
