package io.aieval.core.run;

import io.aieval.api.run.ResultSink;
import io.aieval.api.run.SampleResult;
import io.aieval.core.i18n.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Appends each result to {@code samples.jsonl} as one line. Callers only format their line and
 * queue it; one writer thread writes whatever has queued up and hands it to the operating system at
 * once. So hundreds of threads finishing together never queue on a file lock, and a process killed
 * with {@code kill -9} loses only the lines still queued (milliseconds' worth), which a resumed run
 * evaluates again.
 */
public final class JsonlResultSink implements ResultSink {
  private static final String END = "";

  private final BufferedWriter out;
  private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
  private final Thread writer;
  private final Object progress = new Object();
  private long queued;
  private long written;
  private volatile IOException failure;

  public JsonlResultSink(Path file) {
    try {
      this.out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.get("run.fileIo", file, e.getMessage()), e);
    }
    this.writer = new Thread(this::writeLoop, "aieval-samples-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void accept(SampleResult result) {
    throwIfFailed();
    String line = SampleLines.toLine(result);
    synchronized (progress) {
      queued++;
    }
    queue.add(line);
  }

  private void writeLoop() {
    List<String> batch = new ArrayList<>();
    while (true) {
      for (String line = queue.poll(); line != null; line = queue.poll()) {
        batch.add(line);
      }
      if (batch.isEmpty()) {
        // polling every millisecond costs far less than waking this thread for every line
        LockSupport.parkNanos(1_000_000);
        continue;
      }
      boolean end = write(batch);
      synchronized (progress) {
        written += batch.size() - (end ? 1 : 0);
        progress.notifyAll();
      }
      batch.clear();
      if (end) {
        return;
      }
    }
  }

  /** Writes a batch and flushes it; returns whether it held the end marker. */
  private boolean write(List<String> batch) {
    boolean end = false;
    try {
      for (String line : batch) {
        if (line == END) {
          end = true;
        } else if (failure == null) {
          out.write(line);
          out.write('\n');
        }
      }
      if (failure == null) {
        out.flush();
      }
    } catch (IOException e) {
      failure = e;
    }
    return end;
  }

  /** Waits until every accepted line has been handed to the operating system. */
  @Override
  public void flush() {
    boolean interrupted = false;
    synchronized (progress) {
      while (written < queued && failure == null && writer.isAlive()) {
        try {
          progress.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    throwIfFailed();
  }

  @Override
  public void close() {
    flush();
    queue.add(END);
    try {
      writer.join();
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(
          Messages.get("run.fileIo", "samples.jsonl", e.getMessage()), e);
    }
  }

  private void throwIfFailed() {
    IOException e = failure;
    if (e != null) {
      throw new UncheckedIOException(
          Messages.get("run.fileIo", "samples.jsonl", e.getMessage()), e);
    }
  }
}
