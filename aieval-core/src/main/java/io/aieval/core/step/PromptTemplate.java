package io.aieval.core.step;

import io.aieval.api.data.Sample;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt with {@code {name}} placeholders: {@code {input}}, {@code {choices}} (the options as
 * {@code A. …} lines), {@code {id}} and any metadata field of the sample. A placeholder the sample
 * has no value for stays as written, so literal braces in prompts survive.
 */
record PromptTemplate(String text) {
  static final String MULTIPLE_CHOICE =
      "{input}\n\n{choices}\n\nAnswer with the letter of the correct option.";
  static final String GENERATION = "{input}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

  String render(Sample sample) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + sample.input().length() + 64);
    while (m.find()) {
      String value = value(sample, m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(Sample sample, String name) {
    return switch (name) {
      case "input" -> sample.input();
      case "choices" -> choices(sample);
      case "id" -> sample.id();
      default -> sample.metadata().get(name);
    };
  }

  /** The options as {@code A. first}, {@code B. second} … one per line. */
  static String choices(Sample sample) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sample.choices().size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append((char) ('A' + i)).append(". ").append(sample.choices().get(i));
    }
    return b.toString();
  }
}
