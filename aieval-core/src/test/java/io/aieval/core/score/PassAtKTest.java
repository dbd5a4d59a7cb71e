package io.aieval.core.score;

import static io.aieval.core.score.Predictions.EXACT;
import static io.aieval.core.score.Predictions.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HumanEval's unbiased pass@k and τ-bench's pass^k, worked out by hand. */
class PassAtKTest {
  // n = 5 samples of which c = 2 passed their tests.
  private static final SavedPrediction FIVE_TWO =
      new SavedPrediction(
          "x", null, null, null, null, null, null, List.of(true, false, true, false, false), null);

  @Test
  void passAtKForFiveSamplesTwoCorrect() {
    // pass@k = 1 − C(3, k) / C(5, k): k=1: 1 − 3/5 = 0.4; k=2: 1 − 3/10 = 0.7; k=3: 1 − 1/10 = 0.9;
    // k=4, 5: n − c = 3 < k, so every draw of k holds a correct sample: 1.
    double[] expected = {0.4, 0.7, 0.9, 1.0, 1.0};
    for (int k = 1; k <= 5; k++) {
      assertThat(score("pass@" + k, FIVE_TWO))
          .as("pass@%d", k)
          .isCloseTo(expected[k - 1], within(EXACT));
    }
  }

  @Test
  void passHatKForFiveSamplesTwoCorrect() {
    // pass^k = C(2, k) / C(5, k): k=1: 2/5; k=2: 1/10; k ≥ 3: 0.
    double[] expected = {0.4, 0.1, 0, 0, 0};
    for (int k = 1; k <= 5; k++) {
      assertThat(score("pass^" + k, FIVE_TWO))
          .as("pass^%d", k)
          .isCloseTo(expected[k - 1], within(EXACT));
    }
  }

  @Test
  void theProductFormMatchesTheExactBinomialRatio() {
    // n = 160, c = 10, k = 10: 1 − C(150, 10) / C(160, 10), computed exactly with Python's
    // fractions and math.comb: 0.48569518239320186. The binomials themselves exceed 2^53.
    assertThat(PassAtK.passAny(160, 10, 10)).isCloseTo(0.48569518239320186, within(EXACT));
    // C(100, 50) / C(200, 50) = 2.2229697512078617e-19 (exact ratio, rounded once).
    assertThat(PassAtK.passAll(200, 100, 50)).isCloseTo(2.2229697512078617e-19, within(1e-30));
  }

  @Test
  void withoutACorrectListSamplesAreMatchedAgainstTheReferences() {
    SavedPrediction line =
        new SavedPrediction(
            "x",
            List.of("4", " 4", "5", "four"),
            List.of(List.of("4")),
            null,
            null,
            null,
            null,
            null,
            null);
    // Exactly one sample equals "4": pass@1 = 1/4.
    assertThat(score("pass@1", line)).isCloseTo(0.25, within(EXACT));
    assertThat(score("pass@k", line, "k=2")).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void fewerSamplesThanKIsAnError() {
    assertThatThrownBy(() -> score("pass@6", FIVE_TWO))
        .isInstanceOf(PredictionException.class)
        .hasMessageContaining("pass@6");
  }
}
