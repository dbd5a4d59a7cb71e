package io.aieval.core.spec;

import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The model under evaluation and how to call it.
 *
 * @param provider provider name ({@code openai}, {@code sim}, {@code baseline})
 * @param name model name sent to the endpoint
 * @param baseUrl endpoint base URL, or {@code null}
 * @param apiKey the credential (from {@code api_key} or the {@code api_key_env} variable), or
 *     {@code null}
 * @param apiKeyEnv the environment variable the key came from, or {@code null}
 * @param api {@code chat} or {@code completions}
 * @param stream whether to stream answers (SSE)
 * @param params sampling parameters
 * @param systemPrompt a system message put before every prompt, or {@code null}
 * @param maxConcurrency most requests in flight
 * @param requestsPerMinute request rate limit; 0 means none
 * @param timeout per-request timeout
 * @param maxRetries retries after the first attempt
 * @param cache whether to cache responses; {@code null} means "when temperature is 0"
 * @param options provider-specific options
 */
public record ModelSpec(
    String provider,
    String name,
    URI baseUrl,
    Secret apiKey,
    String apiKeyEnv,
    String api,
    boolean stream,
    GenerationParams params,
    String systemPrompt,
    int maxConcurrency,
    double requestsPerMinute,
    Duration timeout,
    int maxRetries,
    Boolean cache,
    Map<String, Object> options) {
  public ModelSpec {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(timeout, "timeout");
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** Whether responses are cached: as set, or by default when decoding is greedy. */
  public boolean cacheEnabled() {
    return cache != null ? cache : params.isDeterministic();
  }
}
