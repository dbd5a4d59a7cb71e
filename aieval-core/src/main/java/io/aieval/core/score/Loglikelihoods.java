package io.aieval.core.score;

import io.aieval.api.model.TokenLogprobs;
import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Log-likelihood scoring as lm-evaluation-harness does it for {@code multiple_choice} tasks: the
 * log-likelihood of each continuation read from the prompt logprobs a completions endpoint echoes,
 * and the decisions of {@code acc}, {@code acc_norm} and {@code acc_bytes} over them (the same
 * definitions {@link PredictionMetrics} applies to saved predictions).
 */
public final class Loglikelihoods {
  /** The metrics of a multiple-choice sample scored by log-likelihood, primary first. */
  public static final List<String> MULTIPLE_CHOICE_METRICS =
      List.of("acc", "acc_norm", "acc_bytes");

  private static final List<LoglikelihoodMetric> DECISIONS =
      List.of(LoglikelihoodMetric.ACC, LoglikelihoodMetric.ACC_NORM, LoglikelihoodMetric.ACC_BYTES);

  private Loglikelihoods() {}

  /**
   * The log-likelihood of {@code continuation} after {@code context}, from the logprobs of the
   * echoed prompt {@code context + continuation}: the sum over the tokens that start inside the
   * continuation. Trailing whitespace of the context counts as part of the continuation, as
   * lm-evaluation-harness moves it there before tokenising; a token that starts in the context and
   * runs into the continuation belongs to the context, as it does there. Tokens the server
   * generated after the prompt start past the continuation and are left out, so a server that
   * generates one token (lm-evaluation-harness sends {@code max_tokens: 1}) gives the same value as
   * one that generates none.
   *
   * @throws IllegalArgumentException when no token starts inside the continuation (the server did
   *     not echo the prompt) or one of them has no logprob
   */
  public static ContinuationLoglikelihood continuation(
      TokenLogprobs logprobs, String context, String continuation) {
    int start = PythonText.length(PythonText.rstrip(context));
    int end = PythonText.length(context) + PythonText.length(continuation);
    double sum = 0;
    boolean greedy = true;
    int tokens = 0;
    for (int i = 0; i < logprobs.size(); i++) {
      int offset = logprobs.textOffsets().get(i);
      if (offset < start || offset >= end) {
        continue;
      }
      Double lp = logprobs.logprobs().get(i);
      if (lp == null || !Double.isFinite(lp)) {
        throw new IllegalArgumentException(Messages.get("score.ll.noLogprob", i, offset));
      }
      sum += lp;
      tokens++;
      TokenLogprobs.Alternative top = logprobs.top().isEmpty() ? null : logprobs.top().get(i);
      // lm-evaluation-harness: greedy unless some token's logprob differs from the top one's
      greedy &= top != null && top.logprob() == lp;
    }
    if (tokens == 0) {
      throw new IllegalArgumentException(Messages.get("score.ll.noTokens", start, end));
    }
    return new ContinuationLoglikelihood(sum, greedy, tokens);
  }

  /**
   * TruthfulQA MC2's score of one document, as lm-evaluation-harness's {@code process_results_mc2}
   * and the {@code mc2} metric compute it: the normalised probability mass of the true answers,
   * those before the first label 0.
   *
   * @param loglikelihoods per choice; finite
   * @param labels per choice, 1 true and 0 false, as many as log-likelihoods
   * @throws IllegalArgumentException when no label is 0
   */
  public static double mc2(List<Double> loglikelihoods, List<Integer> labels) {
    return Mc2.mass(loglikelihoods, labels);
  }

  /**
   * The choice each of {@code acc}, {@code acc_norm} and {@code acc_bytes} picks, and its score
   * against the prediction's target.
   *
   * @param prediction the choices (their texts, which {@code acc_norm} and {@code acc_bytes} divide
   *     by), their log-likelihoods and the target index
   * @throws PredictionException when a field is missing or does not fit
   */
  public static ChoiceDecision decide(SavedPrediction prediction) {
    Map<String, Integer> chosen = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (LoglikelihoodMetric m : DECISIONS) {
      chosen.put(m.name(), m.argmax(prediction, prediction.loglikelihoods()));
      scores.put(m.name(), m.score(prediction));
    }
    return new ChoiceDecision(chosen, scores);
  }
}
