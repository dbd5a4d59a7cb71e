package io.aieval.core.data;

import java.util.Iterator;

/**
 * The rows of one data set file, read one at a time. Not thread-safe. Bad rows are returned as
 * {@link DataRow.Bad}, never thrown; {@link #hasNext()} throws only when the file cannot be read
 * further ({@link java.io.UncheckedIOException}, or a {@link
 * io.aieval.api.data.DataFormatException} for CSV syntax the parser cannot step over), and the
 * stream then ends.
 */
public interface SampleStream extends Iterator<DataRow>, AutoCloseable {

  /** Releases the file. Idempotent; afterwards {@link #hasNext()} is {@code false}. */
  @Override
  void close();
}
