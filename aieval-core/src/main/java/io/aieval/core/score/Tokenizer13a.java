package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.util.regex.Pattern;

/**
 * sacreBLEU's default BLEU tokenizer {@code 13a}, the tokenisation of WMT's {@code mteval-v13a.pl}:
 * unescape a few XML entities, join lines, then put spaces around ASCII symbols, around periods and
 * commas not inside a number, and after a dash that follows a digit.
 */
final class Tokenizer13a {
  // The ASCII symbols {|}~ [\]^_` space!"#$%& ()*+ :;<=>?@ and slash, as 13a lists them.
  private static final Pattern SYMBOL =
      Pattern.compile("([\\x7B-\\x7E\\x5B-\\x60\\x20-\\x26\\x28-\\x2B\\x3A-\\x40/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private Tokenizer13a() {}

  /** The tokens of {@code line}, separated by single spaces. */
  static String tokenize(String line) {
    String s =
        line.replace("<skipped>", "")
            .replace("-\n", "")
            .replace("\n", " ")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    s = " " + s + " ";
    s = SYMBOL.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return PythonText.collapseSpaces(s);
  }
}
