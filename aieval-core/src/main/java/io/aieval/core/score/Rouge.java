package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Google's {@code rouge-score} F-measure with its default tokenizer (lowercase; every run of
 * characters other than a–z and 0–9 is a separator; no stemming): {@code rouge1} and {@code rouge2}
 * from clipped n-gram overlap, {@code rougeL} from the longest common subsequence, {@code
 * rougeLsum} from the summary-level union LCS over newline-separated sentences, each token counted
 * at most as often as it occurs on both sides. With several references the best F-measure is taken,
 * as {@code score_multi} does.
 */
final class Rouge implements SampleMetric {
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private final String type;

  /**
   * @param type {@code rouge1}, {@code rouge2}, {@code rougeL} or {@code rougeLsum}
   */
  Rouge(String type) {
    this.type = type;
  }

  @Override
  public String name() {
    return type;
  }

  @Override
  public double score(SavedPrediction p) {
    String prediction = p.prediction();
    double best = 0;
    for (String reference : p.referenceTexts()) {
      best = Math.max(best, fMeasure(reference, prediction));
    }
    return best;
  }

  double fMeasure(String target, String prediction) {
    return switch (type) {
      case "rouge1" -> ngramF(tokens(target), tokens(prediction), 1);
      case "rouge2" -> ngramF(tokens(target), tokens(prediction), 2);
      case "rougeL" -> lcsF(tokens(target), tokens(prediction));
      default -> summaryLcsF(sentences(target), sentences(prediction));
    };
  }

  /** rouge-score's default tokenizer without a stemmer. */
  static List<String> tokens(String text) {
    String s = NON_ALPHANUMERIC.matcher(PythonText.lower(text)).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String t : s.split(" ")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.add(tokens(line));
      }
    }
    return out;
  }

  private static double ngramF(List<String> target, List<String> prediction, int n) {
    Map<List<String>, Integer> t = ngrams(target, n);
    Map<List<String>, Integer> p = ngrams(prediction, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
    }
    int tCount = Math.max(0, target.size() - n + 1);
    int pCount = Math.max(0, prediction.size() - n + 1);
    return f((double) overlap / Math.max(pCount, 1), (double) overlap / Math.max(tCount, 1));
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
    }
    return counts;
  }

  private static double lcsF(List<String> target, List<String> prediction) {
    if (target.isEmpty() || prediction.isEmpty()) {
      return 0;
    }
    int lcs = table(target, prediction)[target.size()][prediction.size()];
    return f((double) lcs / prediction.size(), (double) lcs / target.size());
  }

  private static double summaryLcsF(List<List<String>> refs, List<List<String>> cands) {
    int m = refs.stream().mapToInt(List::size).sum();
    int n = cands.stream().mapToInt(List::size).sum();
    if (refs.isEmpty() || cands.isEmpty() || m == 0 || n == 0) {
      return 0;
    }
    Map<String, Integer> refCounts = new HashMap<>();
    Map<String, Integer> candCounts = new HashMap<>();
    refs.forEach(s -> s.forEach(t -> refCounts.merge(t, 1, Integer::sum)));
    cands.forEach(s -> s.forEach(t -> candCounts.merge(t, 1, Integer::sum)));
    int hits = 0;
    for (List<String> ref : refs) {
      TreeSet<Integer> union = new TreeSet<>();
      for (List<String> cand : cands) {
        union.addAll(lcsIndices(ref, cand));
      }
      for (int i : union) {
        String token = ref.get(i);
        if (candCounts.getOrDefault(token, 0) > 0 && refCounts.getOrDefault(token, 0) > 0) {
          hits++;
          candCounts.merge(token, -1, Integer::sum);
          refCounts.merge(token, -1, Integer::sum);
        }
      }
    }
    return f((double) hits / n, (double) hits / m);
  }

  /** The reference indices of one LCS, read back as rouge-score does (a tie moves up a row). */
  private static List<Integer> lcsIndices(List<String> ref, List<String> cand) {
    int[][] t = table(ref, cand);
    List<Integer> out = new ArrayList<>();
    int i = ref.size();
    int j = cand.size();
    while (i > 0 && j > 0) {
      if (ref.get(i - 1).equals(cand.get(j - 1))) {
        out.add(0, i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out;
  }

  private static int[][] table(List<String> ref, List<String> cand) {
    int[][] t = new int[ref.size() + 1][cand.size() + 1];
    for (int i = 1; i <= ref.size(); i++) {
      for (int j = 1; j <= cand.size(); j++) {
        t[i][j] =
            ref.get(i - 1).equals(cand.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t;
  }

  private static double f(double precision, double recall) {
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  }
}
