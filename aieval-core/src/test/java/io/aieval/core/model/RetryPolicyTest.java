package io.aieval.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2));

  @Test
  void backoffDoublesWithJitterInTheUpperHalfAndIsCapped() {
    assertThat(policy.delay(1, null, 0.0)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.delay(1, null, 0.999))
        .isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
    assertThat(policy.delay(3, null, 0.0)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.delay(30, null, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterIsHonouredButCapped() {
    assertThat(policy.delay(1, Duration.ofMillis(700), 0.0)).isEqualTo(Duration.ofMillis(700));
    assertThat(policy.delay(1, Duration.ofHours(1), 0.0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void pacerSpacesRequestsAndNoLimitMeansNoWait() {
    RequestPacer none = new RequestPacer(0);
    assertThat(none.reserveNanos()).isZero();
    RequestPacer sixtyPerMinute = new RequestPacer(60);
    assertThat(sixtyPerMinute.reserveNanos()).isZero();
    assertThat(sixtyPerMinute.reserveNanos()).isBetween(900_000_000L, 1_000_000_000L);
    assertThat(sixtyPerMinute.reserveNanos()).isBetween(1_900_000_000L, 2_000_000_000L);
  }
}
