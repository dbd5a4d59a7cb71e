package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * lm-evaluation-harness's multiple-choice metrics over the log-likelihood of each choice: the
 * choice with the greatest log-likelihood is the prediction ({@code acc}), or the greatest once
 * divided by the choice's length in characters ({@code acc_norm}, Python {@code len}, so code
 * points) or in UTF-8 bytes ({@code acc_bytes}); {@code is_greedy} is whether greedy decoding would
 * have produced the target. Ties go to the lowest index, as {@code numpy.argmax} breaks them.
 */
record LoglikelihoodMetric(String name, ToDoubleFunction<String> length, boolean greedy)
    implements SampleMetric {
  static final LoglikelihoodMetric ACC = new LoglikelihoodMetric("acc", null, false);
  static final LoglikelihoodMetric ACC_NORM =
      new LoglikelihoodMetric("acc_norm", PythonText::length, false);
  static final LoglikelihoodMetric ACC_BYTES =
      new LoglikelihoodMetric("acc_bytes", PythonText::utf8Length, false);
  static final LoglikelihoodMetric IS_GREEDY = new LoglikelihoodMetric("is_greedy", null, true);

  @Override
  public double score(SavedPrediction p) {
    List<Double> lls = p.loglikelihoods();
    if (lls.isEmpty()) {
      throw missing("loglikelihoods");
    }
    int target = target(p, lls.size());
    if (greedy) {
      if (p.isGreedy().size() != lls.size()) {
        throw p.isGreedy().isEmpty() ? missing("is_greedy") : mismatch("is_greedy", p);
      }
      return p.isGreedy().get(target) ? 1 : 0;
    }
    return argmax(p, lls) == target ? 1 : 0;
  }

  /** The index of the greatest (normalised) log-likelihood; the first of equals. */
  int argmax(SavedPrediction p, List<Double> lls) {
    if (length != null && p.choices().size() != lls.size()) {
      throw p.choices().isEmpty() ? missing("choices") : mismatch("choices", p);
    }
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < lls.size(); i++) {
      double v = lls.get(i);
      if (length != null) {
        double n = length.applyAsDouble(p.choices().get(i));
        if (n == 0) {
          throw new PredictionException("choices", Messages.get("score.input.emptyChoice", i));
        }
        v /= n;
      }
      if (i == 0 || v > bestValue) {
        best = i;
        bestValue = v;
      }
    }
    return best;
  }

  /** The target index; a line with one continuation needs none (lm-eval's loglikelihood tasks). */
  static int target(SavedPrediction p, int count) {
    Integer target = p.target();
    if (target == null) {
      if (count == 1) {
        return 0;
      }
      throw missing("target");
    }
    if (target >= count) {
      throw new PredictionException(
          "target", Messages.get("score.input.targetRange", target, count - 1));
    }
    return target;
  }

  private static PredictionException missing(String field) {
    return new PredictionException(field, Messages.get("data.missing", field));
  }

  private static PredictionException mismatch(String field, SavedPrediction p) {
    int size = "choices".equals(field) ? p.choices().size() : p.isGreedy().size();
    return new PredictionException(
        field, Messages.get("score.input.lengthMismatch", size, p.loglikelihoods().size()));
  }
}
