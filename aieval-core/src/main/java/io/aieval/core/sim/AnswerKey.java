package io.aieval.core.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions the simulator knows, indexed by the normalised first line of each question so that
 * any prompt template that quotes the question line can be matched. Immutable and thread-safe.
 */
final class AnswerKey {
  static final AnswerKey EMPTY = new AnswerKey(List.of());

  /** A short label before a colon, such as {@code Question:}, {@code Q1:} or {@code 问题：}. */
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N} _-]{1,24}[:：]\\s*");

  /**
   * One known question.
   *
   * @param question the full question text
   * @param choices answer options, empty for a generation item
   * @param answer the correct letter for multiple choice, else the expected text
   */
  record Entry(String question, List<String> choices, String answer) {
    Entry {
      Objects.requireNonNull(question, "question");
      choices = List.copyOf(choices);
      Objects.requireNonNull(answer, "answer");
    }

    boolean isMultipleChoice() {
      return !choices.isEmpty();
    }

    /** The text of the choice with this letter, or empty when there is no such choice. */
    String choiceText(char letter) {
      int index = letter - 'A';
      return index >= 0 && index < choices.size() ? choices.get(index) : "";
    }
  }

  private final Map<String, Entry> byLine = new HashMap<>();
  private final int size;

  AnswerKey(List<Entry> entries) {
    this.size = entries.size();
    for (Entry entry : entries) {
      String line = normalise(firstLine(entry.question()));
      if (!line.isEmpty()) {
        // The first entry wins on duplicates, as the data set's first occurrence would.
        byLine.putIfAbsent(line, entry);
        String unlabelled = stripLabel(line);
        if (!unlabelled.isEmpty()) {
          byLine.putIfAbsent(unlabelled, entry);
        }
      }
    }
  }

  /** How many entries the key was built from. */
  int size() {
    return size;
  }

  /**
   * The entry a prompt asks about. Lines are tried from the last one up, because few-shot prompts
   * quote solved examples (which may also be in the key) before the question being asked; each line
   * is tried as it is and without a leading label.
   */
  Optional<Entry> find(String prompt) {
    if (byLine.isEmpty()) {
      return Optional.empty();
    }
    String[] lines = prompt.split("\r?\n|\r");
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = normalise(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      Entry entry = byLine.get(line);
      if (entry == null) {
        entry = byLine.get(stripLabel(line));
      }
      if (entry != null) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Collapses every run of whitespace (including the ideographic space) to one space, trimmed. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (SimTokens.isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  static String stripLabel(String line) {
    return LABEL.matcher(line).replaceFirst("");
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int end = 0;
    while (end < trimmed.length() && trimmed.charAt(end) != '\n' && trimmed.charAt(end) != '\r') {
      end++;
    }
    return trimmed.substring(0, end);
  }
}
