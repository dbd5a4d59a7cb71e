package io.aieval.api.score;

/**
 * Takes the answer out of a model's output text, as the reference harnesses' filters do. Returns
 * {@code null} when the text holds no answer. Must be thread safe.
 */
@FunctionalInterface
public interface AnswerFilter {
  String apply(String text);

  /** This filter, then {@code next} on its result (a {@code null} result stops the chain). */
  default AnswerFilter then(AnswerFilter next) {
    return text -> {
      String mid = apply(text);
      return mid == null ? null : next.apply(mid);
    };
  }
}
