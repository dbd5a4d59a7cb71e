package io.aieval.core.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's stand-in for a tokenizer. It needs no vocabulary, so counts are approximate but
 * stable: a generated token is a word (with the whitespace before it) or a single CJK ideograph,
 * and a prompt counts one token per four UTF-8 bytes, rounded up, at least one.
 */
final class SimTokens {
  private SimTokens() {}

  /**
   * Splits {@code text} into tokens whose concatenation is exactly {@code text}, so streaming them
   * one by one rebuilds the whole answer. Empty text has no tokens.
   */
  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    int spaceStart = -1;
    boolean inWord = false;
    boolean afterIdeograph = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        spaceStart = spaceStart < 0 ? i : spaceStart;
      } else {
        boolean ideograph = Character.isIdeographic(cp);
        // A token starts with the whitespace before it, as in GPT vocabularies (" answer").
        int cut = spaceStart >= 0 ? spaceStart : (ideograph || afterIdeograph) ? i : -1;
        if (inWord && cut > start) {
          tokens.add(text.substring(start, cut));
          start = cut;
        }
        inWord = true;
        spaceStart = -1;
        afterIdeograph = ideograph;
      }
      i += Character.charCount(cp);
    }
    if (start < text.length()) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /**
   * Prompt tokens: {@code ceil(utf8Bytes / 4)}, at least 1. Four bytes is about one token of
   * English for GPT-style tokenizers, and three bytes (one Chinese character) comes out near the
   * 0.7–1 tokens per character they give Chinese.
   */
  static long countPrompt(String text) {
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    return Math.max(1, (bytes + 3) / 4);
  }

  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }
}
