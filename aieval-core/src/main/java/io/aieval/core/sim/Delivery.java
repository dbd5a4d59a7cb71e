package io.aieval.core.sim;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Sends responses when their simulated time has come. Delays are timer tasks, never sleeping
 * threads, so thousands of requests can wait at once on a handful of threads; writes are
 * asynchronous and complete the request's callback.
 */
final class Delivery {
  private final Scheduler scheduler;
  private final long itlMillis;

  /**
   * @param scheduler the timer that runs delayed writes
   * @param itlMillis the delay between streamed tokens
   */
  Delivery(Scheduler scheduler, long itlMillis) {
    this.scheduler = scheduler;
    this.itlMillis = itlMillis;
  }

  /** Runs {@code task} after {@code delayMillis}, or at once when there is no delay. */
  void later(long delayMillis, Runnable task) {
    if (delayMillis <= 0) {
      task.run();
    } else {
      scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  static void json(Response response, Callback callback, int status, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * Declares the whole body's length but sends only its first half, then closes the connection, so
   * the client sees the body end early.
   */
  static void truncatedJson(Response response, Callback callback, byte[] body) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    ByteBuffer half = ByteBuffer.wrap(body, 0, body.length / 2);
    response.write(false, half, Callback.from(() -> abort(callback), callback::failed));
  }

  /** Closes the connection without a response. */
  static void drop(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
    abort(callback);
  }

  /**
   * Streams {@code sse}: the first token after {@code firstMillis}, each further one the
   * inter-token latency later, the closing events with the last token. A truncated stream stops
   * after half of the tokens, without the closing events, and closes the connection.
   */
  void stream(
      Response response,
      Callback callback,
      OpenAiRenderer.SseStream sse,
      long firstMillis,
      boolean truncate) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    List<byte[]> frames = new ArrayList<>(sse.tokenEvents());
    if (truncate) {
      frames = new ArrayList<>(frames.subList(0, (frames.size() + 1) / 2));
    }
    if (itlMillis <= 0 && frames.size() > 1) {
      // Nothing separates the tokens in time, so one write sends them all.
      frames = List.of(OpenAiRenderer.concat(frames.toArray(new byte[0][])));
    }
    byte[] closing = truncate ? null : sse.closing();
    FrameWriter writer = new FrameWriter(response, callback, frames, closing);
    later(firstMillis, writer::writeNext);
  }

  /**
   * Ends the exchange in failure. Jetty then closes the connection instead of completing the
   * response, which is how a crashed upstream looks to the client.
   */
  private static void abort(Callback callback) {
    callback.failed(new EofException("closed on purpose by the model simulator"));
  }

  /** Writes one frame at a time, waiting between frames; the last write completes the request. */
  private final class FrameWriter implements Callback {
    private final Response response;
    private final Callback callback;
    private final List<byte[]> frames;
    private final byte[] closing;
    private int next;

    /** {@code closing} is {@code null} for a truncated stream, which ends without it. */
    FrameWriter(Response response, Callback callback, List<byte[]> frames, byte[] closing) {
      this.response = response;
      this.callback = callback;
      this.frames = frames;
      this.closing = closing;
    }

    void writeNext() {
      boolean lastFrame = next >= frames.size() - 1;
      byte[] frame = next < frames.size() ? frames.get(next) : new byte[0];
      next++;
      if (!lastFrame) {
        response.write(false, ByteBuffer.wrap(frame), this);
      } else if (closing != null) {
        response.write(true, ByteBuffer.wrap(OpenAiRenderer.concat(frame, closing)), callback);
      } else {
        // Truncated: what was sent so far is all the client gets.
        response.write(
            false, ByteBuffer.wrap(frame), Callback.from(() -> abort(callback), callback::failed));
      }
    }

    @Override
    public void succeeded() {
      later(itlMillis, this::writeNext);
    }

    @Override
    public void failed(Throwable failure) {
      callback.failed(failure);
    }

    @Override
    public Invocable.InvocationType getInvocationType() {
      return Invocable.InvocationType.NON_BLOCKING;
    }
  }
}
