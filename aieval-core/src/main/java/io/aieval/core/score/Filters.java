package io.aieval.core.score;

import io.aieval.api.score.AnswerFilter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built-in answer filters. Every filter returned is thread safe and never throws on text. */
public final class Filters {
  private static final Pattern THINK_TAG = Pattern.compile("(?i)<(/?)think>");

  private static final AnswerFilter STRIP_THINKING = Filters::removeThinking;

  private Filters() {}

  /**
   * The letter ({@code "A"} …) of a multiple-choice answer in free text, or {@code null}. Strips
   * {@code <think>} blocks first, then tries in order: explicit answer phrases in English or
   * Chinese ("the answer is C", "答案是C", "选C"; the last one wins), a letter at the very start ("C",
   * "(C)", "C. Paris"), a single bracketed or bolded letter ("(B)", "**B**"), a single standalone
   * capital letter ("A" used as an article, as in "A good choice is C", does not count). Letters
   * beyond {@code numChoices} are ignored.
   *
   * @param numChoices how many choices the question has, 1 to 26
   * @throws IllegalArgumentException when {@code numChoices} is outside 1..26
   */
  public static AnswerFilter choiceLetter(int numChoices) {
    return stripThinking().then(new ChoiceLetterFilter(numChoices));
  }

  /**
   * The letter of the choice whose text the output gives instead of a letter: the output equals one
   * choice, or contains exactly one as whole words, compared ignoring case, punctuation and
   * whitespace; otherwise {@code null}. Strips {@code <think>} blocks first.
   *
   * @param choices the choices in order (at most 26); the list is copied
   */
  public static AnswerFilter choiceText(List<String> choices) {
    return stripThinking().then(new ChoiceTextFilter(List.copyOf(choices)));
  }

  /**
   * Removes a reasoning model's {@code <think>…</think>} blocks; when only a closing tag is
   * present, everything up to it; when an opening tag is never closed, everything from it. The
   * result is stripped when something was removed and returned unchanged otherwise; {@code null}
   * stays {@code null}.
   */
  public static AnswerFilter stripThinking() {
    return STRIP_THINKING;
  }

  // One pass over the tags, so text full of unclosed tags costs linear time, not quadratic.
  private static String removeThinking(String text) {
    if (text == null) {
      return null;
    }
    Matcher tag = THINK_TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    boolean inside = false;
    boolean changed = false;
    int pos = 0;
    while (tag.find()) {
      changed = true;
      boolean closing = !tag.group(1).isEmpty();
      if (!inside) {
        out.append(text, pos, tag.start());
        if (closing) {
          // Chat templates of some reasoning models put the opening tag in the prompt, so the
          // output starts inside the block and only the closing tag shows.
          out.setLength(0);
        } else {
          inside = true;
        }
      } else if (closing) {
        inside = false;
      }
      pos = tag.end();
    }
    if (!changed) {
      return text;
    }
    // An opening tag that is never closed means the output was cut off while still reasoning.
    if (!inside) {
      out.append(text, pos, text.length());
    }
    return out.toString().strip();
  }
}
