package io.aieval.core.step;

import io.aieval.core.i18n.Messages;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A multiple-choice sample as lm-evaluation-harness's log-likelihood requests: for each choice, a
 * context and the continuation whose log-likelihood is measured after it. Usually the context is
 * shared and each choice is a continuation; in lm-eval's multiple-input tasks (Winogrande) each
 * choice ends its own context and the continuation is shared.
 *
 * @param prompt what {@code samples.jsonl} records as the sample's prompt (lm-eval's context)
 * @param choices the choices as the task gives them, which {@code acc_norm} and {@code acc_bytes}
 *     divide by (lm-eval's {@code doc_to_choice})
 * @param contexts per choice, the text before the continuation
 * @param continuations per choice, the text whose log-likelihood is measured
 * @param target the index of the correct choice
 */
public record ChoiceRequests(
    String prompt,
    List<String> choices,
    List<String> contexts,
    List<String> continuations,
    int target) {
  public ChoiceRequests {
    Objects.requireNonNull(prompt, "prompt");
    choices = List.copyOf(choices);
    contexts = List.copyOf(contexts);
    continuations = List.copyOf(continuations);
    if (choices.isEmpty()
        || contexts.size() != choices.size()
        || continuations.size() != choices.size()) {
      throw new IllegalArgumentException("every choice needs one context and one continuation");
    }
    if (target < 0 || target >= choices.size()) {
      throw new IllegalArgumentException(
          Messages.get("score.input.targetRange", target, choices.size() - 1));
    }
  }

  /**
   * lm-eval's usual requests: {@code (context, delimiter + choice)} for each choice.
   *
   * @param delimiter {@code target_delimiter}
   */
  public static ChoiceRequests sharedContext(
      String context, List<String> choices, String delimiter, int target) {
    return new ChoiceRequests(
        context,
        choices,
        Collections.nCopies(choices.size(), context),
        choices.stream().map(c -> delimiter + c).toList(),
        target);
  }

  /**
   * lm-eval's multiple-input requests: {@code (prefix + choice, continuation)} for each choice.
   *
   * @param prefix the few-shot examples (and system prompt) before every choice, recorded as the
   *     prompt
   * @param continuation {@code target_delimiter} and the shared target
   */
  public static ChoiceRequests sharedContinuation(
      String prefix, List<String> choices, String continuation, int target) {
    return new ChoiceRequests(
        prefix,
        choices,
        choices.stream().map(c -> prefix + c).toList(),
        Collections.nCopies(choices.size(), continuation),
        target);
  }
}
