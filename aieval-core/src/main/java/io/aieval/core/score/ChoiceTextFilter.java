package io.aieval.core.score;

import io.aieval.api.score.AnswerFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Maps an output that gives a choice's text instead of its letter ("Paris") to that choice's
 * letter. Texts are compared after folding case, punctuation and whitespace. An output equal to one
 * choice wins; otherwise the output must contain exactly one choice as whole words, where a choice
 * found only as part of a longer matching choice ("Paris" inside "Paris, Texas") does not count.
 * Immutable, so thread safe.
 */
final class ChoiceTextFilter implements AnswerFilter {
  private static final UnaryOperator<String> FOLD =
      new Normalization(true, true, true, List.of()).compile();

  private final List<String> folded;

  ChoiceTextFilter(List<String> choices) {
    if (choices.size() > ChoiceLetterFilter.MAX_CHOICES) {
      throw new IllegalArgumentException(
          "at most " + ChoiceLetterFilter.MAX_CHOICES + " choices, not " + choices.size());
    }
    this.folded = choices.stream().map(FOLD).toList();
  }

  @Override
  public String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = FOLD.apply(text);
    if (out.isEmpty()) {
      return null;
    }
    List<Integer> equal = new ArrayList<>();
    List<Integer> contained = new ArrayList<>();
    String padded = " " + out + " ";
    for (int i = 0; i < folded.size(); i++) {
      String choice = folded.get(i);
      if (choice.isEmpty()) {
        continue;
      }
      if (choice.equals(out)) {
        equal.add(i);
      } else if (padded.contains(" " + choice + " ")) {
        contained.add(i);
      }
    }
    if (!equal.isEmpty()) {
      return equal.size() == 1 ? letter(equal.get(0)) : null;
    }
    List<Integer> outermost = outermost(contained);
    return outermost.size() == 1 ? letter(outermost.get(0)) : null;
  }

  /** The matches that are not part of another, longer match. */
  private List<Integer> outermost(List<Integer> matches) {
    List<Integer> kept = new ArrayList<>();
    for (int i : matches) {
      boolean inner = false;
      for (int j : matches) {
        String longer = " " + folded.get(j) + " ";
        inner |=
            i != j
                && !folded.get(i).equals(folded.get(j))
                && longer.contains(" " + folded.get(i) + " ");
      }
      if (!inner) {
        kept.add(i);
      }
    }
    return kept;
  }

  private static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }
}
