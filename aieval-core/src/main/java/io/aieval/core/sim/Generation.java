package io.aieval.core.sim;

import java.util.List;

/**
 * One generated answer, already cut into the tokens it is streamed and counted by.
 *
 * @param index position in the response's {@code choices}
 * @param prompt the prompt answered (repeated first when the request asks for {@code echo})
 * @param tokens the generated tokens, at most {@code max_tokens} of them
 * @param finishReason {@code stop}, or {@code length} when {@code max_tokens} cut the answer
 */
record Generation(int index, String prompt, List<String> tokens, String finishReason) {
  Generation {
    tokens = List.copyOf(tokens);
  }

  static Generation of(int index, String prompt, String answer, Integer maxTokens) {
    List<String> tokens = SimTokens.split(answer);
    if (maxTokens != null && tokens.size() > maxTokens) {
      return new Generation(index, prompt, tokens.subList(0, maxTokens), "length");
    }
    return new Generation(index, prompt, tokens, "stop");
  }

  String text() {
    return String.join("", tokens);
  }
}
