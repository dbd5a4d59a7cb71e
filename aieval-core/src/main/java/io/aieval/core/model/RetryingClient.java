package io.aieval.core.model;

import io.aieval.api.model.ModelCallException;
import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Retries retryable failures without blocking a thread: each retry is scheduled after its backoff.
 * A call that still fails ends with the last failure and the number of attempts made.
 */
final class RetryingClient implements ModelClient {
  private final ModelClient delegate;
  private final RetryPolicy policy;
  private final ScheduledExecutorService timer;
  private final RequestPacer pacer;
  private final Consumer<ModelCallException> onRetry;

  RetryingClient(
      ModelClient delegate,
      RetryPolicy policy,
      ScheduledExecutorService timer,
      RequestPacer pacer,
      Consumer<ModelCallException> onRetry) {
    this.delegate = delegate;
    this.policy = policy;
    this.timer = timer;
    this.pacer = pacer;
    this.onRetry = onRetry;
  }

  @Override
  public CompletableFuture<ModelResponse> generate(ModelRequest request) {
    CompletableFuture<ModelResponse> result = new CompletableFuture<>();
    attempt(request, 1, result);
    return result;
  }

  private void attempt(ModelRequest request, int attempt, CompletableFuture<ModelResponse> result) {
    if (result.isDone()) {
      return;
    }
    long wait = pacer.reserveNanos();
    if (wait > 0) {
      timer.schedule(() -> call(request, attempt, result), wait, TimeUnit.NANOSECONDS);
    } else {
      call(request, attempt, result);
    }
  }

  private void call(ModelRequest request, int attempt, CompletableFuture<ModelResponse> result) {
    CompletableFuture<ModelResponse> call;
    try {
      call = delegate.generate(request);
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    call.whenComplete(
        (response, error) -> {
          if (error == null) {
            result.complete(response.withAttempts(attempt));
            return;
          }
          ModelCallException failure = Models.failureOf(error).withAttempts(attempt);
          if (!failure.kind().retryable() || attempt > policy.maxRetries() || result.isDone()) {
            result.completeExceptionally(failure);
            return;
          }
          onRetry.accept(failure);
          long delay =
              policy
                  .delay(attempt, failure.retryAfter(), ThreadLocalRandom.current().nextDouble())
                  .toNanos();
          timer.schedule(() -> attempt(request, attempt + 1, result), delay, TimeUnit.NANOSECONDS);
        });
  }

  @Override
  public void close() {
    delegate.close();
  }
}
