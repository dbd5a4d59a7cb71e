package io.aieval.core.run;

import io.aieval.api.run.ResultSink;
import io.aieval.api.run.SampleResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends each result to {@code samples.jsonl} as one line and hands it to the operating system at
 * once, so a process killed with {@code kill -9} loses only samples still in flight.
 */
public final class JsonlResultSink implements ResultSink {
  private final BufferedWriter out;

  public JsonlResultSink(Path file) {
    try {
      this.out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public void accept(SampleResult result) {
    String line = SampleLines.toLine(result);
    synchronized (out) {
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write samples.jsonl", e);
      }
    }
  }

  @Override
  public void flush() {
    synchronized (out) {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write samples.jsonl", e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (out) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close samples.jsonl", e);
      }
    }
  }
}
