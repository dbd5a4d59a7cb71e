package io.aieval.api.model;

import java.util.List;

/**
 * Sampling parameters sent with every request. A {@code null} field is not sent, so the endpoint's
 * own default applies.
 *
 * @param temperature sampling temperature
 * @param maxTokens most tokens to generate
 * @param topP nucleus sampling mass
 * @param stop stop sequences (may be empty)
 * @param seed sampling seed, for endpoints that honour it
 */
public record GenerationParams(
    Double temperature, Integer maxTokens, Double topP, List<String> stop, Long seed) {
  public GenerationParams {
    stop = stop == null ? List.of() : List.copyOf(stop);
  }

  /** No parameters: every endpoint default applies. */
  public static GenerationParams defaults() {
    return new GenerationParams(null, null, null, List.of(), null);
  }

  /** True when the request asks for deterministic (greedy) decoding. */
  public boolean isDeterministic() {
    return temperature != null && temperature == 0.0;
  }
}
