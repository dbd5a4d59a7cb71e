package io.aieval.core.score;

import io.aieval.api.data.Sample;
import io.aieval.api.score.Score;
import io.aieval.api.score.Scorer;
import io.aieval.core.i18n.Messages;
import java.util.Locale;

/**
 * Scores a multiple-choice output: the letter taken from the text, or failing that the letter of
 * the choice whose text the output gives, against the sample's target letter. Stateless, so thread
 * safe.
 */
final class MultipleChoiceScorer implements Scorer {
  static final MultipleChoiceScorer INSTANCE = new MultipleChoiceScorer();

  private MultipleChoiceScorer() {}

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the sample has no choices or more than 26, or its target
   *     is not one of its letters: a data error, not an output the model gave
   */
  @Override
  public Score score(Sample sample, String output) {
    int n = sample.choices().size();
    if (n < 1 || n > ChoiceLetterFilter.MAX_CHOICES) {
      throw new IllegalArgumentException(
          Messages.get("score.choice.badChoiceCount", sample.id(), n));
    }
    String target = target(sample, n);
    String text = output == null ? "" : output;
    String letter = Filters.choiceLetter(n).apply(text);
    if (letter != null) {
      return letter.equals(target) ? Score.correct(letter) : Score.incorrect(letter, null);
    }
    String byText = Filters.choiceText(sample.choices()).apply(text);
    if (byText == null) {
      return Score.incorrect(null, Messages.get("score.choice.noLetter"));
    }
    String reason = Messages.get("score.choice.fromText", byText);
    return new Score(byText.equals(target) ? 1.0 : 0.0, byText, reason);
  }

  private static String target(Sample sample, int n) {
    String t = sample.target().strip().toUpperCase(Locale.ROOT);
    if (t.length() != 1 || t.charAt(0) < 'A' || t.charAt(0) >= 'A' + n) {
      throw new IllegalArgumentException(
          Messages.get(
              "score.choice.badTarget",
              sample.id(),
              sample.target(),
              String.valueOf((char) ('A' + n - 1))));
    }
    return t;
  }
}
