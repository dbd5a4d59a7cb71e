package io.aieval.core.step;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.LogprobsRequest;
import io.aieval.api.model.ModelCallException;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.Prompt;
import io.aieval.api.model.TokenLogprobs;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.i18n.Messages;
import io.aieval.core.score.ChoiceDecision;
import io.aieval.core.score.ContinuationLoglikelihood;
import io.aieval.core.score.Loglikelihoods;
import io.aieval.core.score.SavedPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Multiple choice by log-likelihood, as lm-evaluation-harness scores {@code multiple_choice} tasks:
 * one completions request per choice for the prompt {@code context + continuation} of its {@link
 * ChoiceRequests} (usually {@code context + target_delimiter + choice}), echoed with its logprobs,
 * and the choice whose continuation is most likely is the answer ({@code acc}; per character of the
 * choice {@code acc_norm}, per UTF-8 byte {@code acc_bytes}).
 *
 * <p>The request is lm-evaluation-harness's: {@code temperature: 0}, {@code max_tokens: 1} (some
 * servers refuse 0; the generated token lies past the continuation and is left out), {@code
 * logprobs: 1}, {@code echo: true}. The output recorded is a {@link LoglikelihoodOutput}, from
 * which the scores are computed and recomputed.
 */
final class LoglikelihoodTask implements SampleTask {
  static final String DEFAULT_TEMPLATE = "{input}\nAnswer:";

  private final Function<Sample, ChoiceRequests> requests;
  private final Long seed;

  /**
   * @param requests the requests of a sample; called again for its output and its score, so it must
   *     give the same requests each time
   * @param seed the sampling seed sent, or {@code null}
   */
  LoglikelihoodTask(Function<Sample, ChoiceRequests> requests, Long seed) {
    this.requests = requests;
    this.seed = seed;
  }

  /**
   * The accuracy step's task: the sample's choices after a context rendered from it.
   *
   * @param template renders the context
   * @param system text put before every context with a blank line, or {@code null}
   * @param delimiter put between context and choice ({@code target_delimiter})
   * @param seed the sampling seed sent, or {@code null}
   */
  LoglikelihoodTask(PromptTemplate template, String system, String delimiter, Long seed) {
    this(sample -> sharedContext(sample, template, system, delimiter), seed);
  }

  @Override
  public Calls calls(Sample sample) {
    ChoiceRequests r = requests.apply(sample);
    GenerationParams params = new GenerationParams(0.0, 1, null, List.of(), seed);
    List<ModelRequest> out = new ArrayList<>();
    for (int i = 0; i < r.choices().size(); i++) {
      out.add(
          new ModelRequest(
              new Prompt.Text(r.contexts().get(i) + r.continuations().get(i)),
              params,
              LogprobsRequest.echoPrompt()));
    }
    return new Calls(new Prompt.Text(r.prompt()), out);
  }

  @Override
  public String output(Sample sample, List<ModelResponse> responses) {
    ChoiceRequests r = requests.apply(sample);
    List<Double> lls = new ArrayList<>();
    List<Boolean> greedy = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      TokenLogprobs lp = responses.get(i).logprobs();
      if (lp == null) {
        throw badResponse(Messages.get("step.ll.noLogprobs"));
      }
      ContinuationLoglikelihood c;
      try {
        c = Loglikelihoods.continuation(lp, r.contexts().get(i), r.continuations().get(i));
      } catch (IllegalArgumentException e) {
        throw badResponse(e.getMessage());
      }
      lls.add(c.loglikelihood());
      greedy.add(c.greedy());
    }
    ChoiceDecision d = Loglikelihoods.decide(prediction(sample.id(), r, lls));
    return new LoglikelihoodOutput(letter(d.chosen().get("acc")), lls, greedy).json();
  }

  @Override
  public SampleOutcome.Scored score(Sample sample, String output) {
    ChoiceRequests r = requests.apply(sample);
    List<Double> lls = LoglikelihoodOutput.parse(output, r.choices().size()).loglikelihoods();
    ChoiceDecision d = Loglikelihoods.decide(prediction(sample.id(), r, lls));
    Map<String, Integer> chosen = d.chosen();
    String acc = letter(chosen.get("acc"));
    String norm = letter(chosen.get("acc_norm"));
    String bytes = letter(chosen.get("acc_bytes"));
    String reason =
        acc.equals(norm) && acc.equals(bytes)
            ? null
            : Messages.get("step.ll.normChose", norm, bytes);
    return new SampleOutcome.Scored(d.scores().get("acc"), acc, reason, d.scores());
  }

  /** The requests of a sample whose choices follow one context, with its target letter checked. */
  private static ChoiceRequests sharedContext(
      Sample sample, PromptTemplate template, String system, String delimiter) {
    if (!sample.isMultipleChoice()) {
      throw new IllegalArgumentException(Messages.get("step.ll.noChoices", sample.id()));
    }
    int n = sample.choices().size();
    String t = sample.target().strip().toUpperCase(Locale.ROOT);
    if (t.length() != 1 || t.charAt(0) < 'A' || t.charAt(0) >= 'A' + n) {
      throw new IllegalArgumentException(
          Messages.get(
              "score.choice.badTarget", sample.id(), sample.target(), letter(Math.max(0, n - 1))));
    }
    String body = template.render(sample);
    String context = system == null ? body : system + "\n\n" + body;
    return ChoiceRequests.sharedContext(context, sample.choices(), delimiter, t.charAt(0) - 'A');
  }

  /** The sample as a saved prediction: its choices, their log-likelihoods, its target index. */
  private static SavedPrediction prediction(String id, ChoiceRequests r, List<Double> lls) {
    return SavedPrediction.ofChoices(id, r.choices(), lls, r.target());
  }

  private static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  private static ModelCallException badResponse(String message) {
    return new ModelCallException(ModelCallException.Kind.BAD_RESPONSE, message);
  }
}
