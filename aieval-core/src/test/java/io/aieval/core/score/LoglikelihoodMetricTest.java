package io.aieval.core.score;

import static io.aieval.core.score.Predictions.choices;
import static io.aieval.core.score.Predictions.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * acc, acc_norm, acc_bytes and is_greedy as lm-evaluation-harness's multiple_choice computes them.
 */
class LoglikelihoodMetricTest {

  @Test
  void lengthNormalisationFlipsTheDecision() {
    // acc: argmax(-2, -4) = 0. acc_norm divides by len(choice): -2/1 = -2 < -4/4 = -1, so 1.
    SavedPrediction line = choices(List.of("a", "bbbb"), List.of(-2.0, -4.0), 1);
    assertThat(score("acc", line)).isEqualTo(0.0);
    assertThat(score("acc_norm", line)).isEqualTo(1.0);
    assertThat(score("acc_bytes", line)).isEqualTo(1.0);
  }

  @Test
  void accNormCountsCodePointsAndAccBytesCountsUtf8Bytes() {
    // "😀" is 1 code point (Python len), 2 UTF-16 units and 4 UTF-8 bytes; "ab" is 2 of each.
    // acc_norm: -1.5/1 = -1.5 < -2/2 = -1, so choice 1 (UTF-16 units would give -0.75: choice 0).
    // acc_bytes: -1.5/4 = -0.375 > -2/2 = -1, so choice 0.
    SavedPrediction line = choices(List.of("😀", "ab"), List.of(-1.5, -2.0), 1);
    assertThat(score("acc_norm", line)).isEqualTo(1.0);
    assertThat(score("acc_bytes", line)).isEqualTo(0.0);
    // "é" is 1 character but 2 bytes: -3/1 = -3 < -4/2 = -2 (acc_norm picks 1); -3/2 = -1.5 > -2.
    SavedPrediction accented = choices(List.of("é", "ab"), List.of(-3.0, -4.0), 0);
    assertThat(score("acc_norm", accented)).isEqualTo(0.0);
    assertThat(score("acc_bytes", accented)).isEqualTo(1.0);
  }

  @Test
  void tiesGoToTheLowestIndexAsNumpyArgmax() {
    List<Double> lls = List.of(-1.0, -1.0, -2.0);
    assertThat(score("acc", choices(List.of("x", "y", "z"), lls, 0))).isEqualTo(1.0);
    assertThat(score("acc", choices(List.of("x", "y", "z"), lls, 1))).isEqualTo(0.0);
  }

  @Test
  void isGreedyReadsTheTargetsFlagAndOneContinuationNeedsNoTarget() {
    SavedPrediction line =
        new SavedPrediction(
            "x", null, null, null, List.of(-1.0, -2.0), List.of(false, true), 1, null, null);
    assertThat(score("is_greedy", line)).isEqualTo(1.0);
    SavedPrediction lambada =
        new SavedPrediction("x", null, null, null, List.of(-0.5), List.of(false), null, null, null);
    assertThat(score("is_greedy", lambada)).isEqualTo(0.0);
  }

  @Test
  void problemsNameTheField() {
    assertThatThrownBy(() -> score("acc", choices(List.of("a", "b"), List.of(-1.0, -2.0), 2)))
        .isInstanceOf(PredictionException.class)
        .extracting("field")
        .isEqualTo("target");
    assertThatThrownBy(() -> score("acc_norm", choices(List.of("a"), List.of(-1.0, -2.0), 0)))
        .extracting("field")
        .isEqualTo("choices");
    assertThatThrownBy(() -> score("acc_norm", choices(List.of("", "b"), List.of(-1.0, -2.0), 0)))
        .extracting("field")
        .isEqualTo("choices");
    assertThatThrownBy(() -> score("acc", choices(List.of("a", "b"), List.of(-1.0, -2.0), null)))
        .extracting("field")
        .isEqualTo("target");
  }
}
