package io.aieval.core.score;

import io.aieval.core.text.PythonText;
import java.util.List;

/**
 * sacreBLEU's corpus TER with its defaults (lowercased, no normalisation or punctuation removal,
 * words split at whitespace), on its 0–100 scale, as lm-evaluation-harness reports {@code ter}.
 * Each line contributes its fewest edits to any reference (insertions, deletions, substitutions and
 * block shifts, searched as Tercom does: {@link TerEdits}) and the mean length of its references;
 * the corpus score is total edits over total reference length (100 when the references are empty
 * but the hypotheses are not, 0 when both are empty).
 */
final class Ter implements CorpusMetric<double[]> {
  static final List<String> OPTIONS = List.of("case_sensitive");

  private final boolean caseSensitive;

  Ter(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  @Override
  public String name() {
    return "ter";
  }

  @Override
  public Range range() {
    return Range.NON_NEGATIVE;
  }

  /** [fewest edits, mean reference length]. */
  @Override
  public double[] item(SavedPrediction p) {
    List<String> hypothesis = words(p.prediction());
    List<String> references = Bleu.nonEmpty(p.referenceTexts());
    int best = Integer.MAX_VALUE;
    double lengths = 0;
    for (String reference : references) {
      List<String> words = words(reference);
      best = Math.min(best, TerEdits.count(hypothesis, words));
      lengths += words.size();
    }
    return new double[] {best, lengths / references.size()};
  }

  @Override
  public double aggregate(List<double[]> items) {
    double edits = 0;
    double length = 0;
    for (double[] item : items) {
      edits += item[0];
      length += item[1];
    }
    if (length > 0) {
      return 100 * (edits / length);
    }
    return edits > 0 ? 100 : 0;
  }

  private List<String> words(String text) {
    String s = PythonText.rstrip(text);
    return PythonText.split(caseSensitive ? s : PythonText.lower(s));
  }
}
