package io.aieval.core.sim;

/** What goes wrong with one completion request, on purpose. */
enum Fault {
  NONE,
  RATE_LIMIT,
  SERVER_ERROR,
  DROP,
  TRUNCATE;

  /**
   * The fault for a uniform draw {@code unit} in [0, 1): the rates are laid end to end, so each
   * fault happens with exactly its own rate.
   */
  static Fault roll(SimConfig.Faults rates, double unit) {
    double bound = rates.rate429();
    if (unit < bound) {
      return RATE_LIMIT;
    }
    bound += rates.rate500();
    if (unit < bound) {
      return SERVER_ERROR;
    }
    bound += rates.rateDrop();
    if (unit < bound) {
      return DROP;
    }
    bound += rates.rateTruncate();
    return unit < bound ? TRUNCATE : NONE;
  }
}
