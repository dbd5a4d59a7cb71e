package io.aieval.core.score;

import static io.aieval.core.score.Predictions.EXACT;
import static io.aieval.core.score.Predictions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lm-evaluation-harness's perplexity aggregations, worked out by hand. */
class PerplexityTest {
  private static SavedPrediction doc(String text, double... lls) {
    List<Double> values = Arrays.stream(lls).boxed().toList();
    return new SavedPrediction(
        "x", null, List.of(List.of(text)), null, values, null, null, null, null);
  }

  // Document 1: "a b", log-likelihood −2 (two windows, −0.5 and −1.5), 2 words, 3 bytes.
  // Document 2: "c d é", log-likelihood −4, 3 words, 6 bytes (é is 2 bytes).
  private static final List<SavedPrediction> DOCS =
      List.of(doc("a b", -0.5, -1.5), doc("c d é", -4));

  @Test
  void perplexityIsExpOfTheNegativeMeanLogLikelihood() {
    // exp(−(−2 − 4) / 2) = e³.
    assertThat(value("perplexity", DOCS)).isCloseTo(Math.exp(3), within(EXACT));
  }

  @Test
  void wordAndBytePerplexityWeighByLength() {
    // exp(6 / 5) and exp(6 / 9); bits per byte = 6 / 9 / ln 2.
    assertThat(value("word_perplexity", DOCS)).isCloseTo(Math.exp(6.0 / 5), within(EXACT));
    assertThat(value("byte_perplexity", DOCS)).isCloseTo(Math.exp(6.0 / 9), within(EXACT));
    assertThat(value("bits_per_byte", DOCS)).isCloseTo(6.0 / 9 / Math.log(2), within(EXACT));
  }

  @Test
  void wordsAreCountedAsPythonsReSplitCountsThem() {
    // re.split(r"\s+", s) gives an empty piece for leading or trailing whitespace.
    assertThat(Perplexity.words("a b")).isEqualTo(2);
    assertThat(Perplexity.words(" a  b\n")).isEqualTo(4);
    assertThat(Perplexity.words("a\u3000b")).isEqualTo(2);
  }
}
