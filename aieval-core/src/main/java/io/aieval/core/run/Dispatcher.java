package io.aieval.core.run;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps up to {@code lanes} tasks in flight. A producer thread queues prepared tasks (at most
 * {@code lanes} waiting, so memory stays bounded); whichever thread finishes a task starts the next
 * one. Starting work on the completing thread spreads request submission over every client thread
 * instead of funnelling it through the producer, which matters when hundreds of answers arrive in
 * the same millisecond.
 *
 * @param <T> a prepared task
 */
final class Dispatcher<T> {
  private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
  private final Semaphore space;
  private final AtomicInteger idle;
  private final Consumer<T> start;
  private final Object quiet = new Object();
  private final AtomicLong pending = new AtomicLong();

  /**
   * @param lanes most tasks in flight at once
   * @param start starts a task; the task must call {@link #finished()} exactly once when done
   */
  Dispatcher(int lanes, Consumer<T> start) {
    this.start = start;
    this.space = new Semaphore(lanes);
    this.idle = new AtomicInteger(lanes);
  }

  /** Queues a task, waiting while {@code lanes} tasks are already waiting. */
  void submit(T task) throws InterruptedException {
    space.acquire();
    pending.incrementAndGet();
    queue.offer(task);
    drain();
  }

  /** Called once by each task when it is done: frees its lane and starts the next task. */
  void finished() {
    idle.incrementAndGet();
    done();
    drain();
  }

  /** Starts queued tasks while lanes are free. Both producer and finishers call it. */
  private void drain() {
    while (!queue.isEmpty()) {
      int free = idle.get();
      if (free == 0) {
        return;
      }
      if (!idle.compareAndSet(free, free - 1)) {
        continue;
      }
      T task = queue.poll();
      if (task == null) {
        idle.incrementAndGet();
        continue;
      }
      space.release();
      start.accept(task);
    }
  }

  /** Drops every task not yet started; returns how many. */
  int discardQueued() {
    int dropped = 0;
    for (T task = queue.poll(); task != null; task = queue.poll()) {
      dropped++;
      space.release();
      done();
    }
    return dropped;
  }

  /** One task fewer; wakes {@link #awaitQuiet()} at zero (only then is the lock taken). */
  private void done() {
    if (pending.decrementAndGet() == 0) {
      synchronized (quiet) {
        quiet.notifyAll();
      }
    }
  }

  /** Waits until every queued and started task has finished. */
  void awaitQuiet() {
    boolean interrupted = false;
    synchronized (quiet) {
      while (pending.get() > 0) {
        try {
          quiet.wait();
        } catch (InterruptedException e) {
          // the results of tasks in flight must still be recorded before returning
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
