package io.aieval.core.model;

import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import java.util.concurrent.CompletableFuture;

/** Answers from the response cache when it can, and stores every successful answer. */
final class CachingClient implements ModelClient {
  private final ModelClient delegate;
  private final ResponseCache cache;
  private final String provider;
  private final String endpoint;
  private final String model;

  CachingClient(
      ModelClient delegate, ResponseCache cache, String provider, String endpoint, String model) {
    this.delegate = delegate;
    this.cache = cache;
    this.provider = provider;
    this.endpoint = endpoint;
    this.model = model;
  }

  @Override
  public CompletableFuture<ModelResponse> generate(ModelRequest request) {
    String key = ResponseCache.key(provider, endpoint, model, request);
    ModelResponse hit = cache.get(key);
    if (hit != null) {
      return CompletableFuture.completedFuture(hit);
    }
    return delegate
        .generate(request)
        .thenApply(
            response -> {
              cache.put(key, response);
              return response;
            });
  }

  @Override
  public void close() {
    delegate.close();
  }
}
