package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyModelTest {
  private final SplittableRandom random = new SplittableRandom(1);

  @Test
  void uniformStaysWithinItsInclusiveBounds() {
    LatencyModel uniform = LatencyModel.uniform(10, 12);
    long[] samples = sample(uniform, 1000);

    assertThat(samples).containsOnly(10, 11, 12).contains(10, 12);
  }

  @Test
  void logNormalHasTheConfiguredMedianAndP99() {
    long[] samples = sample(LatencyModel.logNormal(50, 500), 20_000);
    Arrays.sort(samples);

    assertThat(samples[samples.length / 2]).isBetween(45L, 55L);
    assertThat(samples[samples.length * 99 / 100]).isBetween(400L, 620L);
  }

  @Test
  void negativeOrInvertedBoundsAreRejected() {
    assertThatThrownBy(() -> LatencyModel.fixed(-1)).hasMessageContaining("latency_ms");
    assertThatThrownBy(() -> LatencyModel.logNormal(100, 50))
        .hasMessageContaining("latency_p99_ms");
  }

  private long[] sample(LatencyModel model, int count) {
    long[] samples = new long[count];
    for (int i = 0; i < count; i++) {
      samples[i] = model.sampleMillis(random);
    }
    return samples;
  }
}
