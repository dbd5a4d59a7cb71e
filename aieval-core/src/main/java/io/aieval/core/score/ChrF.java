package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sacreBLEU's corpus chrF with its defaults (character n-grams up to 6, no word n-grams, β = 2,
 * case kept, whitespace removed, effective-order rather than epsilon smoothing), on its 0–100
 * scale, as lm-evaluation-harness reports {@code chrf}; {@code word_order=2} gives chrF++. Each
 * line contributes, per n-gram order, the hypothesis, reference and matched n-gram counts against
 * the reference whose sentence score is best (the first of equals); the corpus score is the F-β of
 * the precisions and recalls averaged over the orders both sides have n-grams of.
 */
final class ChrF implements CorpusMetric<int[]> {
  static final List<String> OPTIONS =
      List.of("char_order", "word_order", "beta", "lowercase", "whitespace", "eps_smoothing");
  private static final String PUNCTUATION = PythonText.PUNCTUATION;

  private final int charOrder;
  private final int wordOrder;
  private final int beta;
  private final boolean lowercase;
  private final boolean whitespace;
  private final boolean epsSmoothing;

  ChrF(MetricOptions options) {
    this.charOrder = options.integer("char_order", 6, 1);
    this.wordOrder = options.integer("word_order", 0, 0);
    this.beta = options.integer("beta", 2, 0);
    this.lowercase = options.flag("lowercase", false);
    this.whitespace = options.flag("whitespace", false);
    this.epsSmoothing = options.flag("eps_smoothing", false);
  }

  @Override
  public String name() {
    return "chrf";
  }

  @Override
  public Range range() {
    return Range.PERCENT;
  }

  /** [hypothesis, reference, matched] n-gram counts for each order, characters then words. */
  @Override
  public int[] item(SavedPrediction p) {
    List<Map<String, Integer>> hypothesis = ngrams(p.prediction());
    int[] best = null;
    double bestScore = -1;
    for (String reference : Bleu.nonEmpty(p.referenceTexts())) {
      List<Map<String, Integer>> ref = ngrams(reference);
      int[] stats = new int[3 * hypothesis.size()];
      for (int n = 0; n < hypothesis.size(); n++) {
        matchStatistics(hypothesis.get(n), ref.get(n), stats, 3 * n);
      }
      double score = fScore(stats);
      if (score > bestScore) {
        best = stats;
        bestScore = score;
      }
    }
    return best;
  }

  @Override
  public double aggregate(List<int[]> items) {
    return fScore(Bleu.sum(items));
  }

  private List<Map<String, Integer>> ngrams(String text) {
    String s = lowercase ? PythonText.lower(text) : text;
    List<Map<String, Integer>> all = new ArrayList<>();
    String[] chars = PythonText.characters(whitespace ? s : String.join("", PythonText.split(s)));
    for (int n = 1; n <= charOrder; n++) {
      all.add(counts(chars, n, ""));
    }
    String[] words = words(s);
    for (int n = 1; n <= wordOrder; n++) {
      all.add(counts(words, n, " "));
    }
    return all;
  }

  private static Map<String, Integer> counts(String[] units, int n, String joiner) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= units.length; i++) {
      counts.merge(String.join(joiner, Arrays.copyOfRange(units, i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  /** chrF++'s words: a leading or trailing punctuation mark split off a longer word. */
  private static String[] words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : PythonText.split(text)) {
      String[] chars = PythonText.characters(w);
      if (chars.length == 1) {
        out.add(w);
      } else if (PUNCTUATION.contains(chars[chars.length - 1])) {
        out.add(w.substring(0, w.length() - chars[chars.length - 1].length()));
        out.add(chars[chars.length - 1]);
      } else if (PUNCTUATION.contains(chars[0])) {
        out.add(chars[0]);
        out.add(w.substring(chars[0].length()));
      } else {
        out.add(w);
      }
    }
    return out.toArray(String[]::new);
  }

  /** The hypothesis count is 0 when the reference has no n-gram of this order, as sacreBLEU. */
  private static void matchStatistics(
      Map<String, Integer> hyp, Map<String, Integer> ref, int[] stats, int at) {
    int hypCount = 0;
    int matched = 0;
    for (Map.Entry<String, Integer> e : hyp.entrySet()) {
      hypCount += e.getValue();
      matched += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    int refCount = ref.values().stream().mapToInt(Integer::intValue).sum();
    stats[at] = ref.isEmpty() ? 0 : hypCount;
    stats[at + 1] = refCount;
    stats[at + 2] = matched;
  }

  /** sacreBLEU's {@code _compute_f_score}, 0–100. */
  private double fScore(int[] stats) {
    double eps = 1e-16;
    double factor = (double) beta * beta;
    int orders = stats.length / 3;
    double score = 0;
    double precisionSum = 0;
    double recallSum = 0;
    int effective = 0;
    for (int i = 0; i < orders; i++) {
      int hyp = stats[3 * i];
      int ref = stats[3 * i + 1];
      int match = stats[3 * i + 2];
      double precision = hyp > 0 ? (double) match / hyp : eps;
      double recall = ref > 0 ? (double) match / ref : eps;
      double denominator = factor * precision + recall;
      score += denominator > 0 ? (1 + factor) * precision * recall / denominator : eps;
      if (hyp > 0 && ref > 0) {
        precisionSum += precision;
        recallSum += recall;
        effective++;
      }
    }
    if (epsSmoothing) {
      return 100 * score / orders;
    }
    if (effective == 0) {
      return 0;
    }
    double precision = precisionSum / effective;
    double recall = recallSum / effective;
    if (precision + recall == 0) {
      return 0;
    }
    return 100 * (((1 + factor) * precision * recall) / (factor * precision + recall));
  }
}
