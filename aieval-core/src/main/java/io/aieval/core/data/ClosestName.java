package io.aieval.core.data;

import java.util.Collection;
import java.util.Locale;

/** The known name nearest to a misspelt one, by Levenshtein distance, for "did you mean …". */
final class ClosestName {

  private ClosestName() {}

  /**
   * The known name nearest to {@code name}, ignoring case, or {@code null} when none is within a
   * third of the name's length (at least two edits, so short names still get a suggestion).
   */
  static String among(String name, Collection<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Edits (insert, delete, replace one character) that turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
