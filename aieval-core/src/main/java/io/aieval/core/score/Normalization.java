package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How answer and target are normalised before they are compared, with lm-evaluation-harness's
 * {@code exact_match} options and in its order: regexes to ignore are removed first, then case is
 * folded, then punctuation removed, then whitespace collapsed. The order matters: a regex written
 * in capitals still matches before lowercasing, and punctuation removed can leave double spaces
 * that whitespace collapsing then joins.
 *
 * @param ignoreCase lowercase both texts ({@link Locale#ROOT} rules)
 * @param ignorePunctuation remove Unicode punctuation ({@code \p{P}}, including Chinese {@code
 *     ，。！？：；、“”}) and every ASCII punctuation character of Python's {@code string.punctuation}
 * @param ignoreWhitespace collapse every run of whitespace (including the ideographic space) to one
 *     space and strip both ends
 * @param regexesToIgnore Java regular expressions whose matches are removed, in order; never {@code
 *     null} (a {@code null} argument becomes the empty list)
 */
public record Normalization(
    boolean ignoreCase,
    boolean ignorePunctuation,
    boolean ignoreWhitespace,
    List<String> regexesToIgnore) {

  static final String IGNORE_CASE = "ignore_case";
  static final String IGNORE_PUNCTUATION = "ignore_punctuation";
  static final String IGNORE_WHITESPACE = "ignore_whitespace";
  static final String REGEXES_TO_IGNORE = "regexes_to_ignore";
  private static final List<String> KEYS =
      List.of(IGNORE_CASE, IGNORE_PUNCTUATION, IGNORE_WHITESPACE, REGEXES_TO_IGNORE);

  // \p{Punct} is ASCII-only and covers the symbols ($+<=>^`|~) that \p{P} leaves out.
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{Punct}]");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  public Normalization {
    regexesToIgnore = regexesToIgnore == null ? List.of() : List.copyOf(regexesToIgnore);
    for (String regex : regexesToIgnore) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            Messages.get("score.normalization.badRegex", regex, e.getDescription()), e);
      }
    }
  }

  /** Whitespace collapsed and stripped; case, punctuation and everything else kept. */
  public static Normalization defaults() {
    return new Normalization(false, false, true, List.of());
  }

  /**
   * Reads the snake_case options of a spec ({@code ignore_case}, {@code ignore_punctuation}, {@code
   * ignore_whitespace}: booleans or {@code "true"}/{@code "false"}; {@code regexes_to_ignore}: a
   * list of strings or one string). A missing option keeps its {@link #defaults()} value; a {@code
   * null} map is the defaults.
   *
   * @throws IllegalArgumentException naming an unknown option, a value of the wrong type or a regex
   *     that does not compile
   */
  public static Normalization fromMap(Map<String, ?> options) {
    Normalization d = defaults();
    if (options == null) {
      return d;
    }
    for (String key : options.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            Messages.get("score.normalization.unknownKey", key, String.join(", ", KEYS)));
      }
    }
    return new Normalization(
        flag(options, IGNORE_CASE, d.ignoreCase()),
        flag(options, IGNORE_PUNCTUATION, d.ignorePunctuation()),
        flag(options, IGNORE_WHITESPACE, d.ignoreWhitespace()),
        regexes(options.get(REGEXES_TO_IGNORE)));
  }

  /**
   * A function that normalises text with these options, its regexes compiled once; thread safe. A
   * {@code null} text is treated as empty.
   */
  public UnaryOperator<String> compile() {
    List<Pattern> ignored = regexesToIgnore.stream().map(Pattern::compile).toList();
    return text -> normalize(text == null ? "" : text, ignored);
  }

  private String normalize(String text, List<Pattern> ignored) {
    String out = text;
    for (Pattern p : ignored) {
      out = p.matcher(out).replaceAll("");
    }
    if (ignoreCase) {
      out = out.toLowerCase(Locale.ROOT);
    }
    if (ignorePunctuation) {
      out = PUNCTUATION.matcher(out).replaceAll("");
    }
    if (ignoreWhitespace) {
      out = WHITESPACE.matcher(out).replaceAll(" ").strip();
    }
    return out;
  }

  private static boolean flag(Map<String, ?> options, String key, boolean fallback) {
    Object value = options.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String s = value.toString().strip();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException(Messages.get("score.normalization.notBoolean", key, value));
  }

  private static List<String> regexes(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new IllegalArgumentException(
        Messages.get("score.normalization.notRegexList", REGEXES_TO_IGNORE));
  }
}
