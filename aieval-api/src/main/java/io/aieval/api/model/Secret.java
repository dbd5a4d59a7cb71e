package io.aieval.api.model;

/**
 * A credential that must never be printed. {@link #toString()} masks it, so a secret that ends up
 * in a log line, an exception or a record's text form shows as {@code ****}.
 */
public final class Secret {
  /** How every secret is shown. */
  public static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a credential; {@code null} or blank gives {@code null}. */
  public static Secret of(String value) {
    return value == null || value.isBlank() ? null : new Secret(value);
  }

  /** The clear value, for the one place that sends it (an HTTP header). */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return MASK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
