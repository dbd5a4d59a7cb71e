package io.aieval.api.model;

import java.util.Objects;

/**
 * One generation request.
 *
 * @param prompt the conversation or text to complete
 * @param params sampling parameters
 */
public record ModelRequest(Prompt prompt, GenerationParams params) {
  public ModelRequest {
    Objects.requireNonNull(prompt, "prompt");
    params = params == null ? GenerationParams.defaults() : params;
  }
}
