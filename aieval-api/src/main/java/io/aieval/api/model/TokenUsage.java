package io.aieval.api.model;

/** Tokens counted by the endpoint for one call (zero when it does not say). */
public record TokenUsage(long promptTokens, long completionTokens) {
  public static final TokenUsage NONE = new TokenUsage(0, 0);

  public TokenUsage {
    if (promptTokens < 0 || completionTokens < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }
}
