package io.aieval.core.score;

import io.aieval.api.run.CorpusInput;
import io.aieval.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * One saved model output to score without calling a model: a line of an {@code aieval score} input.
 * Which fields a metric reads depends on the metric; a metric that misses one throws {@link
 * PredictionException} naming it.
 *
 * @param id names the line in reports; not blank
 * @param predictions the generated answers: one for most metrics, n samples for {@code pass@k}
 * @param references the gold answers; each is a list of spans, one span for every metric but
 *     DROP's, which reads multi-span answers
 * @param choices the continuations whose log-likelihoods were measured
 * @param loglikelihoods the summed token log-probability of each choice (for perplexities: of each
 *     window of the document); finite
 * @param isGreedy per choice, whether greedy decoding would have produced it
 * @param target the index of the correct choice, or {@code null}
 * @param correct per prediction, whether it passed (unit tests for code); empty when correctness is
 *     to be judged by matching the references
 * @param labels per choice, 1 for a true answer and 0 for a false one (TruthfulQA MC2); empty when
 *     not given
 */
public record SavedPrediction(
    String id,
    List<String> predictions,
    List<List<String>> references,
    List<String> choices,
    List<Double> loglikelihoods,
    List<Boolean> isGreedy,
    Integer target,
    List<Boolean> correct,
    List<Integer> labels) {

  public SavedPrediction {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a saved prediction needs an id");
    }
    predictions = copy(predictions);
    references = references == null ? List.of() : references.stream().map(r -> copy(r)).toList();
    choices = copy(choices);
    loglikelihoods = copy(loglikelihoods);
    isGreedy = copy(isGreedy);
    correct = copy(correct);
    labels = copy(labels);
    for (Double ll : loglikelihoods) {
      if (ll.isNaN() || ll.isInfinite()) {
        throw new IllegalArgumentException("log-likelihoods must be finite, not " + ll);
      }
    }
    if (target != null && target < 0) {
      throw new IllegalArgumentException("target must not be negative, not " + target);
    }
    for (Integer label : labels) {
      if (label != 0 && label != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1, not " + label);
      }
    }
  }

  /** A line with one prediction and single-span references, as most text metrics read. */
  public static SavedPrediction of(String id, String prediction, String... references) {
    return ofAnswers(id, List.of(prediction), List.of(references).stream().map(List::of).toList());
  }

  /** A line of answers and references (each a list of spans), as text metrics read them. */
  public static SavedPrediction ofAnswers(
      String id, List<String> predictions, List<List<String>> references) {
    return new SavedPrediction(id, predictions, references, null, null, null, null, null, null);
  }

  /**
   * A sample's recorded corpus-metric input as the line a corpus metric reads, as a run built it.
   */
  public static SavedPrediction ofCorpus(String id, CorpusInput input) {
    return ofAnswers(
        id, List.of(input.prediction()), input.references().stream().map(List::of).toList());
  }

  /** A multiple-choice line: the log-likelihood of each choice and the index of the right one. */
  public static SavedPrediction ofChoices(
      String id, List<String> choices, List<Double> loglikelihoods, Integer target) {
    return new SavedPrediction(id, null, null, choices, loglikelihoods, null, target, null, null);
  }

  /**
   * The one prediction of this line.
   *
   * @throws PredictionException when there is none or more than one
   */
  public String prediction() {
    if (predictions.size() != 1) {
      throw new PredictionException(
          "predictions", Messages.get("score.input.onePrediction", predictions.size()));
    }
    return predictions.get(0);
  }

  /**
   * The references as texts, each a single span.
   *
   * @throws PredictionException when there is none, or one has several spans
   */
  public List<String> referenceTexts() {
    if (references.isEmpty()) {
      throw new PredictionException("references", Messages.get("score.input.noReference"));
    }
    for (int i = 0; i < references.size(); i++) {
      if (references.get(i).size() != 1) {
        throw new PredictionException(
            "references", Messages.get("score.input.multiSpan", i, references.get(i).size()));
      }
    }
    return references.stream().map(r -> r.get(0)).toList();
  }

  /** The one reference of this line, as a text. */
  public String reference() {
    List<String> texts = referenceTexts();
    if (texts.size() != 1) {
      throw new PredictionException(
          "references", Messages.get("score.input.oneReference", texts.size()));
    }
    return texts.get(0);
  }

  private static <T> List<T> copy(List<T> list) {
    if (list == null) {
      return List.of();
    }
    if (list.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a saved prediction's lists must not hold null");
    }
    return List.copyOf(list);
  }
}
