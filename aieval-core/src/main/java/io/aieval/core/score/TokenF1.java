package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Token-overlap scores of an answer against its references, after the answer normalisation of the
 * official SQuAD script (lowercase, remove ASCII punctuation, replace the articles a/an/the by a
 * space, collapse whitespace), with the maximum taken over references:
 *
 * <ul>
 *   <li>{@code squad_exact}, {@code squad_f1}: the SQuAD v2.0 evaluation script. References that
 *       normalise to nothing are dropped and a question without any (or a line without references:
 *       a question without answers) is scored against the empty answer; F1 counts shared tokens as
 *       a multiset, and is 1 when both sides have no token and 0 when only one has none.
 *   <li>{@code helm_f1}: HELM's {@code f1_score}: the same normalisation, but tokens compared as
 *       sets (NLTK's {@code f_measure}), and 0 when either side has no token.
 * </ul>
 */
final class TokenF1 implements SampleMetric {
  private static final Pattern ARTICLES =
      Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  enum Kind {
    SQUAD_EXACT("squad_exact"),
    SQUAD_F1("squad_f1"),
    HELM_F1("helm_f1");

    final String metricName;

    Kind(String metricName) {
      this.metricName = metricName;
    }
  }

  private final Kind kind;

  TokenF1(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return kind.metricName;
  }

  @Override
  public double score(SavedPrediction p) {
    String prediction = p.prediction();
    List<String> references =
        kind != Kind.HELM_F1 && p.references().isEmpty() ? List.of() : p.referenceTexts();
    if (kind != Kind.HELM_F1) {
      references = references.stream().filter(r -> !normalize(r).isEmpty()).toList();
      if (references.isEmpty()) {
        references = List.of("");
      }
    }
    double best = 0;
    for (String reference : references) {
      best = Math.max(best, score(reference, prediction));
    }
    return best;
  }

  private double score(String gold, String prediction) {
    return switch (kind) {
      case SQUAD_EXACT -> normalize(gold).equals(normalize(prediction)) ? 1 : 0;
      case SQUAD_F1 -> squadF1(gold, prediction);
      case HELM_F1 -> helmF1(gold, prediction);
    };
  }

  /** SQuAD's {@code normalize_answer}. */
  static String normalize(String text) {
    String out = PythonText.removePunctuation(PythonText.lower(text));
    out = ARTICLES.matcher(out).replaceAll(" ");
    return PythonText.collapseSpaces(out);
  }

  private static double squadF1(String gold, String prediction) {
    List<String> goldTokens = PythonText.split(normalize(gold));
    List<String> predTokens = PythonText.split(normalize(prediction));
    if (goldTokens.isEmpty() || predTokens.isEmpty()) {
      return goldTokens.equals(predTokens) ? 1 : 0;
    }
    Map<String, Integer> goldCounts = new HashMap<>();
    goldTokens.forEach(t -> goldCounts.merge(t, 1, Integer::sum));
    int same = 0;
    for (String t : predTokens) {
      Integer left = goldCounts.get(t);
      if (left != null && left > 0) {
        same++;
        goldCounts.put(t, left - 1);
      }
    }
    if (same == 0) {
      return 0;
    }
    double precision = 1.0 * same / predTokens.size();
    double recall = 1.0 * same / goldTokens.size();
    return (2 * precision * recall) / (precision + recall);
  }

  private static double helmF1(String gold, String prediction) {
    Set<String> reference = new HashSet<>(PythonText.split(normalize(gold)));
    Set<String> test = new HashSet<>(PythonText.split(normalize(prediction)));
    if (reference.isEmpty() || test.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(reference);
    common.retainAll(test);
    double precision = (double) common.size() / test.size();
    double recall = (double) common.size() / reference.size();
    if (precision == 0 || recall == 0) {
      return 0;
    }
    // NLTK's f_measure with alpha = 0.5, in its own arithmetic.
    return 1.0 / (0.5 / precision + 0.5 / recall);
  }
}
