package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python's {@code str} methods as lm-evaluation-harness's Jinja templates call them ({@code
 * {{question.strip()}}}), so a template renders the same text here. Java's namesakes differ: {@code
 * String.strip} keeps U+0085, U+00A0, U+2007 and U+202F, which Python strips; {@code trim} strips
 * every control character up to U+0020 and no other space; {@code split} takes a regular expression
 * and drops trailing empty strings. Strings are taken as code points, as Python's are.
 */
final class StrMethods {
  private StrMethods() {}

  /** {@code text.upper()}. */
  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /** {@code text.lower()}. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code text.replace(old, new, count)}: the first {@code count} occurrences, every one when
   * {@code count} is negative; an empty {@code old} matches before each character and at the end.
   */
  static String replace(String text, String old, String replacement, long count) {
    StringBuilder out = new StringBuilder();
    long left = count < 0 ? Long.MAX_VALUE : count;
    int i = 0;
    if (old.isEmpty()) {
      while (left-- > 0 && i <= text.length()) {
        out.append(replacement);
        if (i == text.length()) {
          return out.toString();
        }
        int next = i + Character.charCount(text.codePointAt(i));
        out.append(text, i, next);
        i = next;
      }
      return out.append(text.substring(i)).toString();
    }
    for (int at = text.indexOf(old); at >= 0 && left-- > 0; at = text.indexOf(old, i)) {
      out.append(text, i, at).append(replacement);
      i = at + old.length();
    }
    return out.append(text.substring(i)).toString();
  }

  /**
   * {@code text.split(sep, maxsplit)}: on every {@code sep}, keeping empty strings; with {@code sep
   * == null}, on runs of whitespace, ignoring it at the ends. At most {@code maxsplit} splits,
   * every one when it is negative.
   *
   * @throws IllegalArgumentException when {@code sep} is empty, as Python raises {@code ValueError}
   */
  static List<String> split(String text, String sep, long maxsplit) {
    long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
    List<String> out = new ArrayList<>();
    if (sep == null) {
      int i = skipSpace(text, 0);
      while (i < text.length() && left-- > 0) {
        int end = i;
        while (end < text.length() && !PythonText.isSpace(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        out.add(text.substring(i, end));
        i = skipSpace(text, end);
      }
      if (i < text.length()) {
        out.add(text.substring(i));
      }
      return out;
    }
    if (sep.isEmpty()) {
      throw new IllegalArgumentException(Messages.get("task.emptySeparator"));
    }
    int i = 0;
    for (int at = text.indexOf(sep); at >= 0 && left-- > 0; at = text.indexOf(sep, i)) {
      out.add(text.substring(i, at));
      i = at + sep.length();
    }
    out.add(text.substring(i));
    return out;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && PythonText.isSpace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }
}
