package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricValueTest {

  @Test
  void builtInMetricsUseLmEvalNames() {
    assertThat(Metrics.accuracy()).isEqualTo(new Metric("acc", true));
    assertThat(Metrics.exactMatch()).isEqualTo(new Metric("exact_match", true));
    assertThat(Metrics.mean("bleu").proportion()).isFalse();
    assertThat(Metrics.proportion("acc_norm").proportion()).isTrue();
  }

  @Test
  void intervalIsValuePlusMinusZTimesStderr() {
    MetricValue v = MetricValue.of(Metrics.mean("score"), 2.0, 0.5, 10);
    assertThat(v.ciLow()).isCloseTo(2.0 - 0.979981992270027, within(1e-15));
    assertThat(v.ciHigh()).isCloseTo(2.0 + 0.979981992270027, within(1e-15));
  }

  @Test
  void aProportionsLowerEndIsClampedAtZero() {
    MetricValue v = MetricValue.of(Metrics.accuracy(), 0.1, 0.1, 10);
    assertThat(v.ciLow()).isEqualTo(0.0);
    assertThat(v.ciHigh()).isCloseTo(0.2959963984540054, within(1e-15));
  }

  @Test
  void aProportionOutsideZeroOneIsRejected() {
    assertThatThrownBy(() -> MetricValue.of(Metrics.accuracy(), 1.5, 0.0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acc");
  }

  @Test
  void invariantsAreChecked() {
    assertThatThrownBy(() -> new MetricValue("acc", Double.NaN, 0, Double.NaN, Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricValue("acc", 0.0, 0, 0, 0, 0))
        .as("an empty mean must not read as zero")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricValue("acc", 0.5, -0.1, 0.4, 0.6, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricValue("acc", 0.5, 0.1, 0.6, 0.7, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricValue(" ", 0.5, 0.1, 0.4, 0.6, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Metric("exact match", true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
