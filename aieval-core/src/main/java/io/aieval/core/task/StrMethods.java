package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
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

  /**
   * {@code str.isspace} of one character: Unicode space separators and the characters of
   * bidirectional class WS, B or S, which include the ASCII separators U+001C to U+001F.
   */
  static boolean isSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680 -> true;
      case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** {@code text.strip(chars)}; {@code chars == null} strips whitespace. */
  static String strip(String text, String chars) {
    return rstrip(lstrip(text, chars), chars);
  }

  /** {@code text.lstrip(chars)}. */
  static String lstrip(String text, String chars) {
    int start = 0;
    while (start < text.length() && stripped(text.codePointAt(start), chars)) {
      start += Character.charCount(text.codePointAt(start));
    }
    return text.substring(start);
  }

  /** {@code text.rstrip(chars)}. */
  static String rstrip(String text, String chars) {
    int end = text.length();
    while (end > 0 && stripped(text.codePointBefore(end), chars)) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(0, end);
  }

  private static boolean stripped(int cp, String chars) {
    return chars == null ? isSpace(cp) : chars.codePoints().anyMatch(c -> c == cp);
  }

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
        while (end < text.length() && !isSpace(text.codePointAt(end))) {
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
    while (i < text.length() && isSpace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }
}
