package io.aieval.api.run;

/**
 * Receives each sample's result as soon as it is known. Called from many threads; an implementation
 * must be thread safe and must make each accepted result durable before {@link #flush()} returns,
 * so a run that is killed can resume from it.
 */
public interface ResultSink extends AutoCloseable {
  void accept(SampleResult result);

  /** Makes every accepted result durable. */
  default void flush() {}

  @Override
  default void close() {
    flush();
  }
}
