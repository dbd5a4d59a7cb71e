package io.aieval.core.model;

/**
 * Spaces requests evenly to stay under a requests-per-minute limit. Non-blocking: it hands out the
 * wait before the caller's slot, and the caller schedules the call after it.
 */
final class RequestPacer {
  private final long intervalNanos;
  private long nextSlot;

  /**
   * @param requestsPerMinute the limit; 0 or less means no limit
   */
  RequestPacer(double requestsPerMinute) {
    this.intervalNanos = requestsPerMinute <= 0 ? 0 : (long) (60e9 / requestsPerMinute);
  }

  /** Reserves the next slot and returns how long to wait for it (0 when it is now). */
  long reserveNanos() {
    // no limit: skip the lock, which every request of every thread would otherwise take
    return intervalNanos == 0 ? 0 : reserveSlot();
  }

  private synchronized long reserveSlot() {
    long now = System.nanoTime();
    long slot = Math.max(now, nextSlot);
    nextSlot = slot + intervalNanos;
    return slot - now;
  }
}
