package io.aieval.core.score;

import io.aieval.api.data.Sample;
import io.aieval.api.score.AnswerFilter;
import io.aieval.api.score.Score;
import io.aieval.api.score.Scorer;
import io.aieval.core.i18n.Messages;
import java.util.function.UnaryOperator;

/**
 * Compares the normalised answer to the normalised target: equal ({@code exact_match}) or
 * containing it ({@code includes}). The answer is the output with {@code <think>} blocks removed,
 * then passed through the optional answer filter. Immutable, so thread safe as long as the filter
 * is; an exception thrown by the filter propagates, to be reported as a failure and not a zero.
 */
final class TextMatchScorer implements Scorer {
  enum Mode {
    EXACT,
    INCLUDES
  }

  // The reason repeats the normalised answer; a whole essay would only bloat every result file.
  private static final int REASON_ANSWER_CHARS = 200;

  private final Mode mode;
  private final UnaryOperator<String> normalizer;
  private final AnswerFilter filter;

  TextMatchScorer(Mode mode, Normalization normalization, AnswerFilter filter) {
    this.mode = mode;
    this.normalizer = normalization.compile();
    this.filter = filter;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException in {@code includes} mode when the normalised target is empty,
   *     since every output would then contain it
   */
  @Override
  public Score score(Sample sample, String output) {
    String target = normalizer.apply(sample.target());
    if (mode == Mode.INCLUDES && target.isEmpty()) {
      throw new IllegalArgumentException(Messages.get("score.includes.emptyTarget", sample.id()));
    }
    String answer = Filters.stripThinking().apply(output == null ? "" : output);
    if (filter != null) {
      answer = filter.apply(answer);
      if (answer == null) {
        return Score.incorrect(null, Messages.get("score.exactMatch.noAnswer"));
      }
    }
    String normalized = normalizer.apply(answer);
    if (mode == Mode.INCLUDES) {
      return normalized.contains(target)
          ? Score.correct(sample.target())
          : Score.incorrect(null, Messages.get("score.includes.notFound", target));
    }
    return normalized.equals(target)
        ? Score.correct(answer)
        : Score.incorrect(
            answer, Messages.get("score.exactMatch.differs", abbreviate(normalized), target));
  }

  private static String abbreviate(String text) {
    return text.length() <= REASON_ANSWER_CHARS
        ? text
        : text.substring(0, REASON_ANSWER_CHARS) + "…";
  }
}
