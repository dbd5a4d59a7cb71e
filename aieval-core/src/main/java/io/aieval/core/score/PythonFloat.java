package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Python's {@code float(text)} and {@code repr(float)}, which DROP's answer normalisation uses to
 * decide what is a number and to write every number the same way ({@code "1000"} and {@code "1e3"}
 * both become {@code "1000.0"}).
 */
final class PythonFloat {
  // Python's float literal: digits may be grouped by single underscores, a sign is optional.
  private static final String DIGITS = "[0-9](?:_?[0-9])*";
  private static final Pattern DECIMAL =
      Pattern.compile(
          "[+-]?(?:(?:"
              + DIGITS
              + ")?\\."
              + DIGITS
              + "|"
              + DIGITS
              + "\\.?)(?:[eE][+-]?"
              + DIGITS
              + ")?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)");

  private PythonFloat() {}

  /**
   * {@code float(text)}, or {@code null} where Python raises {@code ValueError}. Surrounding
   * whitespace is ignored and Unicode decimal digits count as their ASCII digits, as in Python.
   */
  static Double parse(String text) {
    String s = ascii(text).strip();
    if (DECIMAL.matcher(s).matches()) {
      return Double.parseDouble(s.replace("_", ""));
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (SPECIAL.matcher(lower).matches()) {
      boolean negative = lower.startsWith("-");
      if (lower.endsWith("nan")) {
        return Double.NaN;
      }
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return null;
  }

  /**
   * {@code repr(x)}: the shortest digits that read back as {@code x}, in fixed notation with at
   * least one decimal ({@code 1000.0}) for decimal exponents from -4 to 15, else in exponent
   * notation ({@code 1e+16}, {@code 1e-05}).
   */
  static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
    if (x == 0) {
      return sign + "0.0";
    }
    BigDecimal exact = new BigDecimal(Math.abs(x));
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == Math.abs(x)) {
        shortest = rounded;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    // x = 0.DIGITS × 10^point
    int point = digits.length() - shortest.scale();
    return sign + (point > -4 && point <= 16 ? fixed(digits, point) : exponent(digits, point));
  }

  private static String fixed(String digits, int point) {
    if (point <= 0) {
      return "0." + "0".repeat(-point) + digits;
    }
    if (point >= digits.length()) {
      return digits + "0".repeat(point - digits.length()) + ".0";
    }
    return digits.substring(0, point) + "." + digits.substring(point);
  }

  private static String exponent(String digits, int point) {
    int e = point - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + (e < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(e));
  }

  /** Unicode decimal digits as ASCII digits and Python whitespace as spaces, as Python reads. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
              } else if (PythonText.isSpace(cp)) {
                out.append(' ');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
