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

  /**
   * The answer as a server sends it: generated token by token until a stop sequence appears, where
   * the text is cut (the sequence left out, {@code finish_reason: stop}), or until {@code
   * max_tokens}, whichever comes first. A stop sequence the answer only completes after {@code
   * max_tokens} tokens is never seen, so that answer ends by length.
   *
   * @param stop the request's stop sequences; the one that starts first cuts the answer
   */
  static Generation of(
      int index, String prompt, String answer, Integer maxTokens, List<String> stop) {
    List<String> tokens = SimTokens.split(answer);
    int start = -1;
    int end = -1;
    for (String s : stop) {
      int at = answer.indexOf(s);
      if (at >= 0 && (start < 0 || at < start)) {
        start = at;
        end = at + s.length();
      }
    }
    if (start >= 0 && (maxTokens == null || tokensUpTo(tokens, end) <= maxTokens)) {
      return new Generation(index, prompt, SimTokens.split(answer.substring(0, start)), "stop");
    }
    if (maxTokens != null && tokens.size() > maxTokens) {
      return new Generation(index, prompt, tokens.subList(0, maxTokens), "length");
    }
    return new Generation(index, prompt, tokens, "stop");
  }

  /** How many of {@code tokens} are generated before the text holds its first {@code end} chars. */
  private static int tokensUpTo(List<String> tokens, int end) {
    int count = 0;
    for (int length = 0; length < end; count++) {
      length += tokens.get(count).length();
    }
    return count;
  }

  String text() {
    return String.join("", tokens);
  }
}
