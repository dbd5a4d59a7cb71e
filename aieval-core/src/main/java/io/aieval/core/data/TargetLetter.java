package io.aieval.core.data;

import io.aieval.core.i18n.Messages;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Turns the target of a multiple-choice row into a choice letter. A target may be a letter, a
 * 0-based index or the text of a choice; when its readings point at different choices the row is
 * bad, because guessing would silently score against the wrong answer.
 */
final class TargetLetter {
  static final int MAX_CHOICES = 26;

  private static final Pattern LETTER = Pattern.compile("\\(?([A-Za-z])\\)?");
  private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

  private TargetLetter() {}

  static String of(RowMapper.Field target, List<String> choices) {
    String raw = RowMapper.text(target);
    String text = raw.strip();
    TreeSet<Integer> meanings = new TreeSet<>();
    Matcher letter = LETTER.matcher(text);
    if (letter.matches()) {
      meanings.add(Character.toUpperCase(letter.group(1).charAt(0)) - 'A');
    }
    JsonNode value = target.value();
    if (INDEX.matcher(text).matches()) {
      meanings.add(Integer.parseInt(text));
    } else if (value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToInt()) {
      meanings.add(value.intValue());
    }
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).strip().equals(text)) {
        meanings.add(i);
      }
    }
    meanings.removeIf(index -> index < 0 || index >= choices.size());
    if (meanings.size() == 1) {
      return letter(meanings.first());
    }
    String problem =
        meanings.isEmpty()
            ? Messages.get(
                "data.targetNotChoice",
                raw,
                letter(choices.size() - 1),
                String.valueOf(choices.size() - 1))
            : Messages.get(
                "data.targetAmbiguous",
                raw,
                meanings.stream().map(TargetLetter::letter).collect(Collectors.joining(", ")));
    throw new RowProblem(target.name(), problem);
  }

  static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }
}
