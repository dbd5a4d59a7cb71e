package io.aieval.api.model;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider needs to connect to one model, taken from the spec's {@code model} section.
 *
 * @param provider the provider name ({@code openai}, {@code baseline}, {@code sim} …)
 * @param name the model name sent to the endpoint
 * @param baseUrl the endpoint's base URL (ending in {@code /v1} for OpenAI-compatible servers), or
 *     {@code null} for providers that need none
 * @param apiKey the credential, or {@code null}
 * @param timeout per-request timeout
 * @param maxConcurrency most requests in flight at once; providers size their connection pools to
 *     it
 * @param stream whether to stream answers (server-sent events), for providers that can
 * @param options provider-specific options (for example {@code api: completions}, a baseline {@code
 *     strategy}); values are strings, numbers, booleans, lists or maps as parsed from the spec
 */
public record ModelSettings(
    String provider,
    String name,
    URI baseUrl,
    Secret apiKey,
    Duration timeout,
    int maxConcurrency,
    boolean stream,
    Map<String, Object> options) {
  public ModelSettings {
    Objects.requireNonNull(provider, "provider");
    name = name == null ? "" : name;
    timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1");
    }
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** A string option, or the fallback when absent. */
  public String option(String key, String fallback) {
    Object v = options.get(key);
    return v == null ? fallback : v.toString();
  }

  public ModelSettings withBaseUrl(URI url) {
    return new ModelSettings(provider, name, url, apiKey, timeout, maxConcurrency, stream, options);
  }
}
