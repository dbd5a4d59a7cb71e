package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MeanAccumulatorTest {
  private static final double TOLERANCE = 1e-12;

  private static MeanAccumulator of(double... values) {
    MeanAccumulator acc = new MeanAccumulator();
    for (double v : values) {
      acc.add(v);
    }
    return acc;
  }

  @Test
  void handComputedAccuracy() {
    MeanAccumulator acc = of(1, 1, 0, 1);
    assertThat(acc.count()).isEqualTo(4);
    assertThat(acc.mean()).isCloseTo(0.75, within(TOLERANCE));
    // Squared deviations .0625 * 3 + .5625 = .75; / (n - 1) = .25; sqrt = .5; / sqrt(4) = .25.
    assertThat(acc.sampleStdDev()).isCloseTo(0.5, within(TOLERANCE));
    assertThat(acc.standardError()).isCloseTo(0.25, within(TOLERANCE));
  }

  @Test
  void aProportionsIntervalIsClampedToZeroOne() {
    MetricValue acc = of(1, 1, 0, 1).summary(Metrics.accuracy());
    assertThat(acc.name()).isEqualTo("acc");
    assertThat(acc.value()).isCloseTo(0.75, within(TOLERANCE));
    assertThat(acc.stderr()).isCloseTo(0.25, within(TOLERANCE));
    // .75 - 1.959963984540054 * .25 = .2600090038649865; the upper end 1.2399… is clamped to 1.
    assertThat(acc.ciLow()).isCloseTo(0.2600090038649865, within(TOLERANCE));
    assertThat(acc.ciHigh()).isEqualTo(1.0);
    assertThat(acc.count()).isEqualTo(4);
  }

  @Test
  void aPlainMeansIntervalIsNotClamped() {
    MetricValue mean = of(1, 1, 0, 1).summary("score");
    assertThat(mean.name()).isEqualTo("score");
    assertThat(mean.ciLow()).isCloseTo(0.2600090038649865, within(TOLERANCE));
    assertThat(mean.ciHigh()).isCloseTo(1.2399909961350135, within(TOLERANCE));
  }

  @Test
  void emptyAccumulatorHasNoMean() {
    MeanAccumulator acc = new MeanAccumulator();
    assertThat(acc.count()).isZero();
    assertThat(acc.mean()).isNaN();
    assertThat(acc.standardError()).isZero();
    MetricValue value = acc.summary(Metrics.accuracy());
    assertThat(value.value()).isNaN();
    assertThat(value.ciLow()).isNaN();
    assertThat(value.ciHigh()).isNaN();
    assertThat(value.count()).isZero();
  }

  @Test
  void oneValueHasNoSpread() {
    MeanAccumulator acc = of(0.4);
    assertThat(acc.mean()).isEqualTo(0.4);
    assertThat(acc.sampleStdDev()).isZero();
    assertThat(acc.standardError()).isZero();
    MetricValue value = acc.summary("score");
    assertThat(value.ciLow()).isEqualTo(0.4);
    assertThat(value.ciHigh()).isEqualTo(0.4);
  }

  @Test
  void welfordAgreesWithTwoPassOnRandomData() {
    Random random = new Random(20_240_601L);
    double[] values = new double[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = 10 + 3 * random.nextGaussian();
    }
    assertMatchesTwoPass(of(values), values);
    double[] bits = new double[5_001];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = random.nextBoolean() ? 1 : 0;
    }
    assertMatchesTwoPass(of(bits), bits);
  }

  private static void assertMatchesTwoPass(MeanAccumulator acc, double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (values.length - 1));
    assertThat(acc.count()).isEqualTo(values.length);
    assertThat(acc.mean()).isCloseTo(mean, within(TOLERANCE));
    assertThat(acc.sampleStdDev()).isCloseTo(sd, within(TOLERANCE));
    assertThat(acc.standardError()).isCloseTo(sd / Math.sqrt(values.length), within(TOLERANCE));
  }

  @Test
  void mergeEqualsASinglePass() {
    Random random = new Random(7);
    double[] values = new double[3_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble() * 100 - 50;
    }
    MeanAccumulator single = of(values);
    MeanAccumulator[] parts = {new MeanAccumulator(), new MeanAccumulator(), new MeanAccumulator()};
    for (int i = 0; i < values.length; i++) {
      // Uneven parts, so the merge weights matter.
      parts[i % 7 == 0 ? 0 : i % 2 + 1].add(values[i]);
    }
    MeanAccumulator merged = new MeanAccumulator().merge(parts[0]).merge(parts[1]).merge(parts[2]);
    assertThat(merged.count()).isEqualTo(single.count());
    assertThat(merged.mean()).isCloseTo(single.mean(), within(TOLERANCE));
    assertThat(merged.sampleStdDev()).isCloseTo(single.sampleStdDev(), within(TOLERANCE));
    assertThat(parts[1].count()).as("the merged-in accumulator is unchanged").isLessThan(3_000);
  }

  @Test
  void mergingEmptyOrSelf() {
    MeanAccumulator acc = of(1, 0);
    acc.merge(new MeanAccumulator());
    assertThat(acc.count()).isEqualTo(2);
    assertThat(acc.mean()).isEqualTo(0.5);
    acc.merge(acc);
    MeanAccumulator doubled = of(1, 0, 1, 0);
    assertThat(acc.count()).isEqualTo(4);
    assertThat(acc.mean()).isCloseTo(doubled.mean(), within(TOLERANCE));
    assertThat(acc.sampleStdDev()).isCloseTo(doubled.sampleStdDev(), within(TOLERANCE));
  }

  @Test
  void rejectsNonFiniteScores() {
    MeanAccumulator acc = new MeanAccumulator();
    assertThatThrownBy(() -> acc.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> acc.add(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(acc.count()).isZero();
  }
}
