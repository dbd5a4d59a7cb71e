package io.aieval.api.model;

import java.util.concurrent.CompletableFuture;

/**
 * A connection to one model. Implementations must be thread safe: the engine calls {@link
 * #generate} from many threads at once, up to the spec's {@code max_concurrency}. Retries, rate
 * limits, caching and concurrency limits are added by the engine around the client, so a provider
 * makes exactly one call per {@code generate}.
 */
public interface ModelClient extends AutoCloseable {

  /**
   * Sends one request. The future fails with a {@link ModelCallException} that says what kind of
   * failure it was; any other exception is treated as a non-retryable failure.
   */
  CompletableFuture<ModelResponse> generate(ModelRequest request);

  /** Releases connections and threads. The default does nothing. */
  @Override
  default void close() {}
}
