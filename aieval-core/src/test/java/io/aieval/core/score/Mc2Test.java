package io.aieval.core.score;

import static io.aieval.core.score.Predictions.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aieval.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mc2} over saved predictions. Expected values come from lm-evaluation-harness's {@code
 * process_results_mc2} retyped in Python with numpy, on the same log-likelihoods and labels.
 */
class Mc2Test {
  @BeforeEach
  void english() {
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void reset() {
    Messages.setLocale(Locale.getDefault());
  }

  private static SavedPrediction line(List<Double> lls, List<Integer> labels) {
    return new SavedPrediction("x", null, null, null, lls, null, null, null, labels);
  }

  @Test
  void theTrueAnswersShareOfTheProbabilityMass() {
    // (e^-0.75 + e^-2.75) / (e^-0.75 + e^-2.75 + e^-1 + e^-3.5)
    assertThat(score("mc2", line(List.of(-0.75, -2.75, -1.0, -3.5), List.of(1, 1, 0, 0))))
        .isCloseTo(0.5739628873688972, within(1e-12));
    // two choices: 1 / (1 + e^-1)
    assertThat(score("mc2", line(List.of(-1.0, -2.0), List.of(1, 0))))
        .isCloseTo(0.7310585786300049, within(1e-12));
  }

  @Test
  void everyChoiceFromTheFirstFalseOneOnCountsAsFalse() {
    // labels [1, 0, 1]: lm-eval splits at index 1, so the last true answer is counted as false
    assertThat(score("mc2", line(List.of(-2.0, -0.5, -1.75), List.of(1, 0, 1))))
        .isCloseTo(0.14780404965619498, within(1e-12));
    assertThat(score("mc2", line(List.of(-1.0, -2.0), List.of(0, 1)))).isZero();
  }

  @Test
  void aMassWhoseExponentialsUnderflowIsStillDefined() {
    // every exp(ll) is 0 in doubles, where lm-eval's division gives NaN; shifted by the maximum
    // the mass is (1 + e^-1) / (1 + e^-1 + e^-2)
    assertThat(score("mc2", line(List.of(-800.0, -801.0, -802.0), List.of(1, 1, 0))))
        .isCloseTo(0.9099694268296195, within(1e-12));
  }

  @Test
  void problemsNameTheField() {
    assertThatThrownBy(() -> score("mc2", line(List.of(-1.0, -2.0), null)))
        .isInstanceOfSatisfying(
            PredictionException.class, e -> assertThat(e.field()).isEqualTo("labels"));
    assertThatThrownBy(() -> score("mc2", line(List.of(-1.0, -2.0), List.of(1, 1))))
        .isInstanceOfSatisfying(
            PredictionException.class, e -> assertThat(e.field()).isEqualTo("labels"))
        .hasMessageContaining("no label is 0");
    assertThatThrownBy(() -> score("mc2", line(List.of(-1.0), List.of(1, 0))))
        .isInstanceOfSatisfying(
            PredictionException.class, e -> assertThat(e.field()).isEqualTo("labels"))
        .hasMessageContaining("has 2 entries but loglikelihoods has 1");
    assertThatThrownBy(() -> score("mc2", line(List.of(), List.of(1, 0))))
        .isInstanceOfSatisfying(
            PredictionException.class, e -> assertThat(e.field()).isEqualTo("loglikelihoods"));
  }

  @Test
  void labelsAreReadFromALineAsZerosAndOnes() {
    SavedPrediction p =
        PredictionLines.parse(
            "{\"id\": \"q\", \"loglikelihoods\": [-1, -2], \"labels\": [1, 0]}", 1);
    assertThat(p.labels()).containsExactly(1, 0);
    assertThat(score("mc2", p)).isCloseTo(0.7310585786300049, within(1e-12));
    assertThatThrownBy(
            () -> PredictionLines.parse("{\"loglikelihoods\": [-1, -2], \"labels\": [1, 2]}", 1))
        .isInstanceOfSatisfying(
            PredictionException.class, e -> assertThat(e.field()).isEqualTo("labels[1]"))
        .hasMessageContaining("expected a label 0 (false answer) or 1 (true answer), found 2");
  }
}
