package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sacreBLEU's corpus BLEU with its defaults ({@code corpus_bleu}: tokenizer {@code 13a}, case kept,
 * smoothing {@code exp}, no effective order), on its 0–100 scale, as lm-evaluation-harness reports
 * {@code bleu}. Each line contributes its hypothesis length, the reference length closest to it
 * (the shorter on a tie), and the clipped and total n-gram counts for n = 1..4 (clipped by the
 * largest count in any one reference); the corpus score is the geometric mean of the summed
 * precisions times the brevity penalty exp(1 − r/c) when c &lt; r. A line's own score is
 * sacreBLEU's {@code sentence_bleu}, which uses the effective order.
 */
final class Bleu implements CorpusMetric<int[]> {
  static final List<String> OPTIONS = List.of("lowercase", "tokenize");
  private static final int MAX_ORDER = 4;
  // sacreBLEU's log of a zero precision.
  private static final double LOG_ZERO = -9999999999.0;

  private final boolean lowercase;
  private final boolean tokenize;

  Bleu(boolean lowercase, boolean tokenize) {
    this.lowercase = lowercase;
    this.tokenize = tokenize;
  }

  static Bleu of(MetricOptions options) {
    return new Bleu(
        options.flag("lowercase", false),
        "13a".equals(options.choice("tokenize", "13a", List.of("13a", "none"))));
  }

  @Override
  public String name() {
    return "bleu";
  }

  @Override
  public Range range() {
    return Range.PERCENT;
  }

  /** [hypothesis length, reference length, matches for n = 1..4, totals for n = 1..4]. */
  @Override
  public int[] item(SavedPrediction p) {
    List<String> hypothesis = words(p.prediction());
    List<String> references = nonEmpty(p.referenceTexts());
    Map<String, Integer> refCounts = new HashMap<>();
    int refLength = -1;
    for (String reference : references) {
      List<String> words = words(reference);
      refLength = closer(hypothesis.size(), refLength, words.size());
      ngrams(words).forEach((gram, count) -> refCounts.merge(gram, count, Math::max));
    }
    int[] stats = new int[2 + 2 * MAX_ORDER];
    stats[0] = hypothesis.size();
    stats[1] = refLength;
    ngrams(hypothesis)
        .forEach(
            (gram, count) -> {
              int n = order(gram);
              stats[2 + MAX_ORDER + n - 1] += count;
              stats[2 + n - 1] += Math.min(count, refCounts.getOrDefault(gram, 0));
            });
    return stats;
  }

  @Override
  public double aggregate(List<int[]> items) {
    return score(sum(items), false);
  }

  @Override
  public double lineScore(int[] item) {
    return score(item, true);
  }

  /** sacreBLEU's {@code compute_bleu} with {@code exp} smoothing. */
  static double score(int[] stats, boolean effectiveOrder) {
    int sysLength = stats[0];
    int refLength = stats[1];
    double bp =
        sysLength >= refLength
            ? 1.0
            : sysLength > 0 ? Math.exp(1 - (double) refLength / sysLength) : 0.0;
    boolean anyMatch = false;
    for (int n = 0; n < MAX_ORDER; n++) {
      anyMatch |= stats[2 + n] > 0;
    }
    if (!anyMatch) {
      return 0;
    }
    double[] precisions = new double[MAX_ORDER];
    double smooth = 1;
    int order = MAX_ORDER;
    for (int n = 1; n <= MAX_ORDER; n++) {
      int correct = stats[2 + n - 1];
      int total = stats[2 + MAX_ORDER + n - 1];
      if (total == 0) {
        break;
      }
      if (effectiveOrder) {
        order = n;
      }
      if (correct == 0) {
        smooth *= 2;
        precisions[n - 1] = 100.0 / (smooth * total);
      } else {
        precisions[n - 1] = 100.0 * correct / total;
      }
    }
    double logSum = 0;
    for (int n = 0; n < order; n++) {
      logSum += precisions[n] == 0 ? LOG_ZERO : Math.log(precisions[n]);
    }
    return bp * Math.exp(logSum / order);
  }

  private List<String> words(String text) {
    String s = PythonText.rstrip(lowercase ? PythonText.lower(text) : text);
    return PythonText.split(tokenize ? Tokenizer13a.tokenize(s) : s);
  }

  /** The empty references left out, as sacreBLEU leaves them; at least one must remain. */
  static List<String> nonEmpty(List<String> references) {
    List<String> kept = references.stream().filter(r -> !r.isEmpty()).toList();
    if (kept.isEmpty()) {
      throw new PredictionException("references", Messages.get("score.input.noReference"));
    }
    return kept;
  }

  /** The reference length closest to the hypothesis length, the shorter one on a tie. */
  private static int closer(int hypLength, int best, int candidate) {
    if (best < 0) {
      return candidate;
    }
    int d = Math.abs(hypLength - candidate);
    int bestD = Math.abs(hypLength - best);
    return d < bestD || (d == bestD && candidate < best) ? candidate : best;
  }

  /** Counts of the n-grams, n = 1..4, as space-joined words (words hold no spaces). */
  private static Map<String, Integer> ngrams(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (int n = 1; n <= MAX_ORDER; n++) {
      for (int i = 0; i + n <= words.size(); i++) {
        counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int order(String gram) {
    int spaces = 0;
    for (int i = 0; i < gram.length(); i++) {
      if (gram.charAt(i) == ' ') {
        spaces++;
      }
    }
    return spaces + 1;
  }

  static int[] sum(List<int[]> items) {
    int[] total = new int[items.get(0).length];
    for (int[] item : items) {
      for (int i = 0; i < total.length; i++) {
        total[i] += item[i];
      }
    }
    return total;
  }
}
