package io.aieval.core.run;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Live counters of a run, read by progress bars and the server while the run goes on. */
public final class RunProgress {
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong fresh = new AtomicLong();
  private final AtomicReference<String> step = new AtomicReference<>("");
  private final long startNanos = System.nanoTime();

  /**
   * A moment's view.
   *
   * @param step the step running
   * @param done samples finished, including those taken over on resume
   * @param total samples to finish in all
   * @param failed samples that failed
   * @param rate samples per second evaluated in this process
   * @param etaSeconds estimated seconds left, or -1 when unknown
   */
  public record Snapshot(
      String step, long done, long total, long failed, double rate, double etaSeconds) {}

  void start(long samples, long alreadyDone) {
    total.set(samples);
    done.set(alreadyDone);
  }

  void step(String name) {
    step.set(name);
  }

  void finished(boolean wasFailure) {
    done.incrementAndGet();
    fresh.incrementAndGet();
    if (wasFailure) {
      failed.incrementAndGet();
    }
  }

  public Snapshot snapshot() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long d = done.get();
    long t = total.get();
    double rate = seconds > 0 ? fresh.get() / seconds : 0;
    double eta = rate > 0 ? Math.max(0, t - d) / rate : -1;
    return new Snapshot(step.get(), d, t, failed.get(), rate, eta);
  }
}
