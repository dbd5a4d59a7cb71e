package io.aieval.core.sim;

/**
 * What a simulator has done since it started: a snapshot, counted when the simulator decides how to
 * answer (so before any simulated delay has passed).
 *
 * @param requests every HTTP request received
 * @param answered completion requests answered in full
 * @param rateLimited completion requests refused with 429 on purpose
 * @param serverErrors completion requests failed with 500 on purpose
 * @param dropped completion requests whose connection was closed without an answer on purpose
 * @param truncated completion requests whose answer was cut off on purpose
 * @param rejected requests refused because they were invalid (400, 404, 405, 413)
 */
public record SimStats(
    long requests,
    long answered,
    long rateLimited,
    long serverErrors,
    long dropped,
    long truncated,
    long rejected) {

  /** Requests failed on purpose, of every kind. */
  public long faults() {
    return rateLimited + serverErrors + dropped + truncated;
  }
}
