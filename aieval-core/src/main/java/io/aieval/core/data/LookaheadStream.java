package io.aieval.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** The iterator protocol shared by the formats: each reads one row ahead on {@link #hasNext()}. */
abstract class LookaheadStream implements SampleStream {
  private DataRow next;
  private boolean ended;
  private boolean closed;

  /** The next row, or {@code null} at the end of the file. */
  abstract DataRow read() throws IOException;

  /** Closes the file. */
  abstract void release() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = read();
      } catch (IOException e) {
        ended = true;
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        // A row that cannot be read past ends the stream, so a retry does not loop on it.
        ended = true;
        throw e;
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public final DataRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    DataRow row = next;
    next = null;
    return row;
  }

  @Override
  public final void close() {
    ended = true;
    next = null;
    if (closed) {
      return;
    }
    closed = true;
    try {
      release();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
