package io.aieval.api.model;

import java.time.Duration;

/**
 * A model call failed. Providers throw it (or complete their future with it) with the kind of
 * failure, so the engine can decide whether and when to retry. Messages must never contain API
 * keys.
 */
public final class ModelCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kind of failure; decides whether a retry can help. */
  public enum Kind {
    /** HTTP 429 or a provider's rate limit; retried after {@link #retryAfter()} if given. */
    RATE_LIMITED(true),
    /** HTTP 5xx. */
    SERVER_ERROR(true),
    /** No complete answer within the timeout. */
    TIMEOUT(true),
    /** Connection refused, reset or closed mid-answer. */
    CONNECTION(true),
    /** The answer could not be understood (bad JSON, truncated stream). */
    BAD_RESPONSE(true),
    /** HTTP 4xx other than 429: the request itself is wrong; retrying cannot help. */
    CLIENT_ERROR(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }

    /** The name used in results and reports: {@code rate_limited}, {@code server_error} … */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final Duration retryAfter;
  private final int attempts;

  public ModelCallException(Kind kind, String message) {
    this(kind, message, null, 1, null);
  }

  public ModelCallException(Kind kind, String message, Throwable cause) {
    this(kind, message, null, 1, cause);
  }

  /**
   * @param kind the kind of failure
   * @param message what happened, without secrets
   * @param retryAfter how long the endpoint asked us to wait, or {@code null}
   * @param attempts how many calls were made in all
   * @param cause the underlying exception, or {@code null}
   */
  public ModelCallException(
      Kind kind, String message, Duration retryAfter, int attempts, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
    this.attempts = attempts;
  }

  public Kind kind() {
    return kind;
  }

  /** The wait the endpoint asked for, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public int attempts() {
    return attempts;
  }

  public ModelCallException withAttempts(int attempts) {
    return new ModelCallException(kind, getMessage(), retryAfter, attempts, getCause());
  }
}
