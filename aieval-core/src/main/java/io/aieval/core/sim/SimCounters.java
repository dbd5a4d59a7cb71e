package io.aieval.core.sim;

import java.util.concurrent.atomic.LongAdder;

/** The live counts behind {@link SimStats}; adders, because every request thread updates them. */
final class SimCounters {
  private final LongAdder requests = new LongAdder();
  private final LongAdder answered = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder serverErrors = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder truncated = new LongAdder();

  void request() {
    requests.increment();
  }

  void rejected() {
    rejected.increment();
  }

  /** Counts a completion request by how it is answered ({@link Fault#NONE}: in full). */
  void count(Fault fault) {
    switch (fault) {
      case NONE -> answered.increment();
      case RATE_LIMIT -> rateLimited.increment();
      case SERVER_ERROR -> serverErrors.increment();
      case DROP -> dropped.increment();
      case TRUNCATE -> truncated.increment();
    }
  }

  SimStats snapshot() {
    return new SimStats(
        requests.sum(),
        answered.sum(),
        rateLimited.sum(),
        serverErrors.sum(),
        dropped.sum(),
        truncated.sum(),
        rejected.sum());
  }
}
