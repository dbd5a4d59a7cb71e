package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * lm-evaluation-harness's {@code exact_match} (its port of Hugging Face's): prediction and
 * reference are equal once both are normalised in this order: each regex to ignore removed, then
 * case folded, then the 32 ASCII punctuation characters removed, then the ASCII digits removed.
 * Whitespace is left as it is. With several references the line scores 1 when any matches, as
 * lm-evaluation-harness scores a list of gold answers. {@link Normalization} is not used: it also
 * removes Unicode punctuation and collapses whitespace, which lm-evaluation-harness does not.
 */
final class ExactMatch implements SampleMetric {
  static final String IGNORE_CASE = "ignore_case";
  static final String IGNORE_PUNCTUATION = "ignore_punctuation";
  static final String IGNORE_NUMBERS = "ignore_numbers";
  static final String REGEXES_TO_IGNORE = "regexes_to_ignore";
  static final List<String> OPTIONS =
      List.of(IGNORE_CASE, IGNORE_PUNCTUATION, IGNORE_NUMBERS, REGEXES_TO_IGNORE);

  private final boolean ignoreCase;
  private final boolean ignorePunctuation;
  private final boolean ignoreNumbers;
  private final List<Pattern> regexesToIgnore;

  ExactMatch(
      boolean ignoreCase, boolean ignorePunctuation, boolean ignoreNumbers, List<String> regexes) {
    this.ignoreCase = ignoreCase;
    this.ignorePunctuation = ignorePunctuation;
    this.ignoreNumbers = ignoreNumbers;
    this.regexesToIgnore = regexes.stream().map(ExactMatch::compile).toList();
  }

  static ExactMatch of(MetricOptions options) {
    return new ExactMatch(
        options.flag(IGNORE_CASE, false),
        options.flag(IGNORE_PUNCTUATION, false),
        options.flag(IGNORE_NUMBERS, false),
        options.texts(REGEXES_TO_IGNORE));
  }

  @Override
  public String name() {
    return "exact_match";
  }

  @Override
  public double score(SavedPrediction p) {
    String prediction = normalize(p.prediction());
    for (String reference : p.referenceTexts()) {
      if (normalize(reference).equals(prediction)) {
        return 1;
      }
    }
    return 0;
  }

  /** Whether {@code prediction} matches {@code reference} under these options. */
  boolean matches(String prediction, String reference) {
    return normalize(prediction).equals(normalize(reference));
  }

  String normalize(String text) {
    String out = text;
    for (Pattern p : regexesToIgnore) {
      out = p.matcher(out).replaceAll("");
    }
    if (ignoreCase) {
      out = PythonText.lower(out);
    }
    if (ignorePunctuation) {
      out = PythonText.removePunctuation(out);
    }
    if (ignoreNumbers) {
      out = out.replaceAll("[0-9]", "");
    }
    return out;
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          Messages.get("score.normalization.badRegex", regex, e.getDescription()), e);
    }
  }
}
