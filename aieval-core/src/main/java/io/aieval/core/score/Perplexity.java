package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;

/**
 * lm-evaluation-harness's perplexity aggregations over each line's log-likelihood (the sum of its
 * {@code loglikelihoods}, such as the rolling windows of one document): {@code perplexity} is
 * exp(−mean log-likelihood); {@code word_perplexity} and {@code byte_perplexity} are exp(−Σ ll / Σ
 * words) and exp(−Σ ll / Σ bytes); {@code bits_per_byte} is −Σ ll / Σ bytes / ln 2. Words and bytes
 * are counted in the line's reference, the document scored: words as the pieces of Python's {@code
 * re.split(r"\s+", doc)} (so leading or trailing whitespace adds one), bytes in UTF-8.
 */
final class Perplexity implements CorpusMetric<double[]> {
  enum Kind {
    PERPLEXITY("perplexity"),
    WORD_PERPLEXITY("word_perplexity"),
    BYTE_PERPLEXITY("byte_perplexity"),
    BITS_PER_BYTE("bits_per_byte");

    final String metricName;

    Kind(String metricName) {
      this.metricName = metricName;
    }
  }

  private final Kind kind;

  Perplexity(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return kind.metricName;
  }

  @Override
  public Range range() {
    return kind == Kind.BITS_PER_BYTE ? Range.NON_NEGATIVE : Range.PERPLEXITY;
  }

  /** [log-likelihood, weight]: the weight is 1, the word count or the byte count. */
  @Override
  public double[] item(SavedPrediction p) {
    if (p.loglikelihoods().isEmpty()) {
      throw new PredictionException(
          "loglikelihoods", Messages.get("data.missing", "loglikelihoods"));
    }
    double ll = 0;
    for (double v : p.loglikelihoods()) {
      ll += v;
    }
    double weight =
        switch (kind) {
          case PERPLEXITY -> 1;
          case WORD_PERPLEXITY -> words(p.reference());
          case BYTE_PERPLEXITY, BITS_PER_BYTE -> PythonText.utf8Length(p.reference());
        };
    if (weight == 0) {
      throw new PredictionException("references", Messages.get("score.input.emptyDocument"));
    }
    return new double[] {ll, weight};
  }

  @Override
  public double aggregate(List<double[]> items) {
    double ll = 0;
    double weight = 0;
    for (double[] item : items) {
      ll += item[0];
      weight += item[1];
    }
    double mean = ll / weight;
    return kind == Kind.BITS_PER_BYTE ? -mean / Math.log(2) : Math.exp(-mean);
  }

  /** {@code len(re.split(r"\s+", text))}: one more than the runs of whitespace. */
  static int words(String text) {
    int pieces = 1;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean space = PythonText.isSpace(cp);
      if (space && !inSpace) {
        pieces++;
      }
      inSpace = space;
      i += Character.charCount(cp);
    }
    return pieces;
  }
}
