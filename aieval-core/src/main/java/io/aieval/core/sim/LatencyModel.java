package io.aieval.core.sim;

import java.util.random.RandomGenerator;

/**
 * How long the simulator waits before the first token of a response. Implementations are immutable
 * and thread-safe; the caller supplies the random generator.
 */
public sealed interface LatencyModel
    permits LatencyModel.Fixed, LatencyModel.Uniform, LatencyModel.LogNormal {

  /** One delay in milliseconds, never negative. */
  long sampleMillis(RandomGenerator random);

  /** No delay at all. */
  static LatencyModel none() {
    return new Fixed(0);
  }

  static LatencyModel fixed(long millis) {
    return new Fixed(millis);
  }

  static LatencyModel uniform(long minMillis, long maxMillis) {
    return new Uniform(minMillis, maxMillis);
  }

  static LatencyModel logNormal(double medianMillis, double p99Millis) {
    return new LogNormal(medianMillis, p99Millis);
  }

  /** Always the same delay ({@code latency_ms}). */
  record Fixed(long millis) implements LatencyModel {
    public Fixed {
      SimConfig.requireRange("latency_ms", millis, 0, Integer.MAX_VALUE);
    }

    @Override
    public long sampleMillis(RandomGenerator random) {
      return millis;
    }
  }

  /**
   * Uniform between two bounds, both inclusive ({@code latency_min_ms}, {@code latency_max_ms}).
   */
  record Uniform(long minMillis, long maxMillis) implements LatencyModel {
    public Uniform {
      SimConfig.requireRange("latency_min_ms", minMillis, 0, Integer.MAX_VALUE);
      SimConfig.requireRange("latency_max_ms", maxMillis, minMillis, Integer.MAX_VALUE);
    }

    @Override
    public long sampleMillis(RandomGenerator random) {
      return random.nextLong(minMillis, maxMillis + 1);
    }
  }

  /**
   * Log-normal with the given median and 99th percentile ({@code latency_median_ms}, {@code
   * latency_p99_ms}): the long right tail real endpoints show, described by two numbers people read
   * off a dashboard.
   */
  record LogNormal(double medianMillis, double p99Millis) implements LatencyModel {
    /** The standard normal's 99th percentile. */
    private static final double Z_99 = 2.3263478740408408;

    public LogNormal {
      SimConfig.requireRange("latency_median_ms", medianMillis, 0.001, Integer.MAX_VALUE);
      SimConfig.requireRange("latency_p99_ms", p99Millis, medianMillis, Integer.MAX_VALUE);
    }

    @Override
    public long sampleMillis(RandomGenerator random) {
      double sigma = Math.log(p99Millis / medianMillis) / Z_99;
      return Math.round(medianMillis * Math.exp(sigma * random.nextGaussian()));
    }
  }
}
