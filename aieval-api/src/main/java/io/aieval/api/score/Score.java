package io.aieval.api.score;

/**
 * The score of one output.
 *
 * @param value the score, usually 0 or 1 (accuracy-like) but any real number is allowed
 * @param extracted the answer taken from the output, or {@code null} when none was found
 * @param reason why the score is what it is when that is not obvious (for example {@code "no choice
 *     letter found"}), or {@code null}
 */
public record Score(double value, String extracted, String reason) {
  public Score {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("a score cannot be NaN");
    }
  }

  public static Score correct(String extracted) {
    return new Score(1.0, extracted, null);
  }

  public static Score incorrect(String extracted, String reason) {
    return new Score(0.0, extracted, reason);
  }
}
