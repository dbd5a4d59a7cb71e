package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DROP's official exact match ({@code drop_em}) and F1 ({@code drop_f1}), as lm-evaluation-harness
 * runs them. An answer is a bag of spans; each span is normalised token by token (tokens split at
 * spaces and hyphens; lowercased; punctuation removed unless the token is a number; numbers written
 * as Python writes floats, so "1,000", "1000" and "1e3" all read 1000.0; articles dropped). Exact
 * match: the same set of normalised spans, as many of them. F1: spans paired one to one to maximise
 * the summed token-set F1 (a pair whose gold span has numbers scores 0 unless it shares one), the
 * mean over the larger side rounded to 2 decimals as NumPy rounds. The maximum is taken over gold
 * answers whose first span is not blank. The predicted answer is the line's predictions, one span
 * each.
 */
final class DropScore implements SampleMetric {
  private static final Pattern ARTICLES =
      Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPAN_SEPARATOR = Pattern.compile("[ -]");

  private final boolean exact;

  DropScore(boolean exact) {
    this.exact = exact;
  }

  @Override
  public String name() {
    return exact ? "drop_em" : "drop_f1";
  }

  @Override
  public double score(SavedPrediction p) {
    if (p.predictions().isEmpty()) {
      throw new PredictionException("predictions", Messages.get("data.missing", "prediction"));
    }
    if (p.references().isEmpty()) {
      throw new PredictionException("references", Messages.get("score.input.noReference"));
    }
    double best = 0;
    for (List<String> gold : p.references()) {
      if (!gold.isEmpty() && !gold.get(0).isBlank()) {
        best =
            Math.max(best, exact ? exactMatch(p.predictions(), gold) : f1(p.predictions(), gold));
      }
    }
    return best;
  }

  static double exactMatch(List<String> predicted, List<String> gold) {
    List<String> p = predicted.stream().map(DropScore::normalize).toList();
    List<String> g = gold.stream().map(DropScore::normalize).toList();
    return p.size() == g.size() && new HashSet<>(p).equals(new HashSet<>(g)) ? 1 : 0;
  }

  static double f1(List<String> predicted, List<String> gold) {
    List<Set<String>> p = bags(predicted);
    List<Set<String>> g = bags(gold);
    double[][] scores = new double[g.size()][p.size()];
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        if (numbersMatch(g.get(i), p.get(j))) {
          scores[i][j] = bagF1(p.get(j), g.get(i));
        }
      }
    }
    double[] rowScores = Assignment.bestRowScores(scores);
    double sum = 0;
    for (double s : rowScores) {
      sum += s;
    }
    double mean = sum / Math.max(g.size(), p.size());
    // NumPy's round of the float64 mean: half to even on mean × 100 as computed, then ÷ 100; it
    // differs from rounding the exact decimal value (0.025 gives 0.02 here, 0.03 there)
    return Math.rint(mean * 100) / 100;
  }

  private static List<Set<String>> bags(List<String> spans) {
    List<Set<String>> bags = new ArrayList<>();
    for (String span : spans) {
      bags.add(new HashSet<>(PythonText.split(normalize(span))));
    }
    return bags;
  }

  private static double bagF1(Set<String> predicted, Set<String> gold) {
    Set<String> common = new HashSet<>(gold);
    common.retainAll(predicted);
    double precision = predicted.isEmpty() ? 1.0 : (double) common.size() / predicted.size();
    double recall = gold.isEmpty() ? 1.0 : (double) common.size() / gold.size();
    return precision == 0 && recall == 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }

  /** Whether the predicted bag shares a number with the gold bag, when the gold bag has one. */
  private static boolean numbersMatch(Set<String> gold, Set<String> predicted) {
    Set<String> goldNumbers = new HashSet<>();
    for (String word : gold) {
      if (PythonFloat.parse(word) != null) {
        goldNumbers.add(word);
      }
    }
    if (goldNumbers.isEmpty()) {
      return true;
    }
    for (String word : predicted) {
      if (goldNumbers.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** DROP's {@code _normalize} of one span. */
  static String normalize(String span) {
    List<String> tokens = new ArrayList<>();
    for (String raw : SPAN_SEPARATOR.split(span, -1)) {
      String token = PythonText.lower(raw);
      Double number = PythonFloat.parse(token);
      if (number == null) {
        token = PythonText.removePunctuation(token);
        number = PythonFloat.parse(token);
      }
      if (number != null) {
        token = PythonFloat.repr(number);
      }
      token = PythonText.collapseSpaces(ARTICLES.matcher(token).replaceAll(" "));
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return String.join(" ", tokens);
  }
}
