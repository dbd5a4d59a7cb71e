package io.aieval.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Python 3 string operations the reference harnesses and scripts are written with ({@code
 * str.split()}, {@code strip}, {@code len}, {@code string.punctuation}), so that text splits,
 * strips and counts here exactly as there. Java's own {@code split}, {@code strip}, {@code length}
 * and {@code \s} differ: they count UTF-16 units and know fewer or other whitespace characters
 * ({@code String.strip} keeps U+0085, U+00A0, U+2007 and U+202F; {@code trim} strips every control
 * character up to U+0020 and no other space). Strings are taken as code points, as Python's are.
 */
public final class PythonText {
  /** Python's {@code string.punctuation}: the 32 ASCII punctuation characters. */
  public static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private PythonText() {}

  /**
   * Python's {@code str.isspace}: Unicode space separators and the characters of bidirectional
   * class WS, B or S, which includes the ASCII separators U+001C to U+001F.
   */
  public static boolean isSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680 -> true;
      case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** {@code text.split()}: the runs of non-space characters. */
  public static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** {@code " ".join(text.split())}: whitespace collapsed to single spaces, ends stripped. */
  public static String collapseSpaces(String text) {
    return String.join(" ", split(text));
  }

  /** {@code text.strip()}. */
  public static String strip(String text) {
    return strip(text, null);
  }

  /** {@code text.rstrip()}. */
  public static String rstrip(String text) {
    return rstrip(text, null);
  }

  /** {@code text.strip(chars)}; {@code chars == null} strips whitespace. */
  public static String strip(String text, String chars) {
    return rstrip(lstrip(text, chars), chars);
  }

  /** {@code text.lstrip(chars)}; {@code chars == null} strips whitespace. */
  public static String lstrip(String text, String chars) {
    int start = 0;
    while (start < text.length() && stripped(text.codePointAt(start), chars)) {
      start += Character.charCount(text.codePointAt(start));
    }
    return text.substring(start);
  }

  /** {@code text.rstrip(chars)}; {@code chars == null} strips whitespace. */
  public static String rstrip(String text, String chars) {
    int end = text.length();
    while (end > 0 && stripped(text.codePointBefore(end), chars)) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(0, end);
  }

  private static boolean stripped(int cp, String chars) {
    return chars == null ? isSpace(cp) : chars.codePoints().anyMatch(c -> c == cp);
  }

  /** {@code text.capitalize()}: the first character in title case, the rest in lower case. */
  public static String capitalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    int rest = Character.charCount(first);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text.substring(rest).toLowerCase(Locale.ROOT))
        .toString();
  }

  /** {@code text.lower()}. */
  public static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** {@code text} without the characters of {@code string.punctuation}. */
  public static String removePunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (PUNCTUATION.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code len(text)}: code points, not UTF-16 units. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** {@code len(text.encode("utf-8"))}; a lone surrogate counts three bytes. */
  public static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    return bytes;
  }

  /** The code points of {@code text} as one string each, as Python indexes a {@code str}. */
  public static String[] characters(String text) {
    return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }
}
