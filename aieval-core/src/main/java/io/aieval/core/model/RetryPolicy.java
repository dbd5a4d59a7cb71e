package io.aieval.core.model;

import java.time.Duration;

/**
 * When to call again after a retryable failure: exponential backoff with full jitter, or the wait
 * the endpoint asked for when it sent {@code Retry-After} (capped, so a hostile header cannot stall
 * a run).
 *
 * @param maxRetries retries after the first attempt
 * @param baseDelay the first backoff ceiling
 * @param maxDelay the largest backoff and the cap on {@code Retry-After}
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries cannot be negative");
    }
  }

  public static RetryPolicy of(int maxRetries) {
    return new RetryPolicy(maxRetries, Duration.ofMillis(250), Duration.ofSeconds(60));
  }

  /**
   * The wait before attempt {@code attempt + 1}.
   *
   * @param attempt attempts made so far (1 after the first call)
   * @param retryAfter what the endpoint asked for, or {@code null}
   * @param random a uniform draw in [0, 1)
   */
  Duration delay(int attempt, Duration retryAfter, double random) {
    if (retryAfter != null) {
      Duration floor = retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
      // a little jitter on top, so clients told the same second do not return in a herd
      return floor.plusMillis((long) (random * baseDelay.toMillis() / 2));
    }
    double ceiling = baseDelay.toMillis() * Math.pow(2, Math.min(attempt - 1, 20));
    double capped = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis((long) (capped / 2 + random * capped / 2));
  }
}
