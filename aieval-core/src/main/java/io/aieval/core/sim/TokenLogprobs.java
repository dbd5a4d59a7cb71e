package io.aieval.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up but consistent logprobs for legacy completions: a token's logprob depends only on the
 * seed and the token text, and the probabilities of a token and its listed alternatives add up to
 * less than 1, as real ones do.
 */
final class TokenLogprobs {
  private final long seed;
  private final int top;

  /**
   * @param seed the simulator's seed
   * @param top how many entries each {@code top_logprobs} map holds (0 to 5)
   */
  TokenLogprobs(long seed, int top) {
    this.seed = seed;
    this.top = top;
  }

  /**
   * Logprobs for {@code tokens}.
   *
   * @param firstOffset character offset of the first token in the returned text
   * @param firstUnscored whether the first token starts the echoed prompt, so that nothing
   *     predicted it and OpenAI reports {@code null} for it
   */
  OpenAiWire.Logprobs of(List<String> tokens, int firstOffset, boolean firstUnscored) {
    List<Double> logprobs = new ArrayList<>(tokens.size());
    List<Map<String, Double>> tops = new ArrayList<>(tokens.size());
    List<Integer> offsets = new ArrayList<>(tokens.size());
    int offset = firstOffset;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean unscored = firstUnscored && i == 0;
      logprobs.add(unscored ? null : logprob(token));
      tops.add(unscored ? null : alternatives(token));
      offsets.add(offset);
      offset += token.length();
    }
    return new OpenAiWire.Logprobs(tokens, logprobs, tops, offsets);
  }

  /** The log of a probability between 0.099 and 0.999, fixed per token text. */
  double logprob(String token) {
    return Math.log(probability(token));
  }

  private double probability(String token) {
    double unit = (Seeds.of(seed, token) >>> 11) * 0x1.0p-53;
    return 0.999 - 0.9 * unit;
  }

  /**
   * The token itself, then filler words sharing the rest of the probability: halves of it, so the
   * whole stays below 1. A likely token is thus the top one; an unlikely one may not be, which is
   * what makes {@code is_greedy} checks meaningful.
   */
  private Map<String, Double> alternatives(String token) {
    Map<String, Double> alternatives = new LinkedHashMap<>();
    if (top == 0) {
      return alternatives;
    }
    double p = probability(token);
    alternatives.put(token, Math.log(p));
    String leading = token.substring(0, token.length() - token.stripLeading().length());
    SplittableRandom random = new SplittableRandom(Seeds.mix(seed, token.hashCode()));
    double rest = 1 - p;
    while (alternatives.size() < top) {
      String word = leading + Answerer.FILLER.get(random.nextInt(Answerer.FILLER.size()));
      if (!alternatives.containsKey(word)) {
        rest /= 2;
        alternatives.put(word, Math.log(rest));
      }
    }
    return alternatives;
  }
}
