package io.aieval.core.sim;

import static io.aieval.core.sim.SimCalls.chat;
import static io.aieval.core.sim.SimCalls.chatStream;
import static io.aieval.core.sim.SimCalls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.sim.SimCalls.Reply;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Faults on purpose and simulated latency, as a client sees them over real HTTP. */
class SimFaultsTest {

  private static SimServer start(SimConfig.Faults faults) {
    return SimServer.start(SimConfig.defaults().withFaults(faults));
  }

  @Test
  void rateLimitAnswers429WithRetryAfter() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRate429(1.0).withRetryAfterSeconds(3))) {
      Reply reply = post(sim, "/chat/completions", chat("hi"));

      assertThat(reply.status()).isEqualTo(429);
      assertThat(reply.header("retry-after")).isEqualTo("3");
      assertThat(reply.json().path("error").path("code").asString())
          .isEqualTo("rate_limit_exceeded");
      assertThat(sim.stats().rateLimited()).isEqualTo(1);
      assertThat(sim.stats().answered()).isZero();
    }
  }

  @Test
  void retryAfterMayBeZero() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRate429(1.0).withRetryAfterSeconds(0))) {
      assertThat(post(sim, "/completions", Map.of("prompt", "x")).header("retry-after"))
          .isEqualTo("0");
    }
  }

  @Test
  void serverErrorAnswers500WithAnErrorBody() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRate500(1.0))) {
      Reply reply = post(sim, "/completions", Map.of("prompt", "x"));

      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.json().path("error").path("type").asString()).isEqualTo("server_error");
      assertThat(reply.json().path("error").path("message").asString()).isNotBlank();
      assertThat(sim.stats().serverErrors()).isEqualTo(1);
    }
  }

  @Test
  void dropClosesTheConnectionWithoutAResponse() {
    try (SimServer sim = start(SimConfig.Faults.none().withRateDrop(1.0))) {
      assertThatThrownBy(() -> post(sim, "/chat/completions", chat("hi")))
          .isInstanceOf(IOException.class);
      assertThat(sim.stats().dropped()).isEqualTo(1);
    }
  }

  @Test
  void truncatedStreamStopsWithoutDone() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRateTruncate(1.0))) {
      String received = SimCalls.postAndReadUntilCut(sim, "/chat/completions", chatStream("hi"));

      assertThat(received).contains("data: {").doesNotContain("[DONE]");
      assertThat(received).doesNotContain("\"finish_reason\":\"stop\"");
      assertThat(sim.stats().truncated()).isEqualTo(1);
    }
  }

  @Test
  void truncatedBodyEndsEarlyAndTheClientNotices() {
    try (SimServer sim = start(SimConfig.Faults.none().withRateTruncate(1.0))) {
      assertThatThrownBy(() -> post(sim, "/chat/completions", chat("hi")))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void faultsAreDrawnPerRequestSoARetryCanSucceed() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRate500(0.5))) {
      Set<Integer> statuses = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        statuses.add(post(sim, "/chat/completions", chat("the same prompt")).status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 500);
    }
  }

  @Test
  void modelListIsNeverFaulted() throws Exception {
    try (SimServer sim = start(SimConfig.Faults.none().withRateDrop(1.0))) {
      assertThat(SimCalls.get(sim, "/models").status()).isEqualTo(200);
    }
  }

  @Test
  void fixedLatencyDelaysTheResponse() throws Exception {
    SimConfig config = SimConfig.defaults().withLatency(LatencyModel.fixed(100));
    try (SimServer sim = SimServer.start(config)) {
      Reply reply = post(sim, "/chat/completions", chat("hi"));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.millis()).isGreaterThanOrEqualTo(100);
    }
  }

  @Test
  void streamingTakesTheFirstTokenLatencyPlusTheInterTokenGaps() throws Exception {
    SimConfig config =
        SimConfig.defaults()
            .withLatency(LatencyModel.fixed(40))
            .withItlMillis(10)
            .withOutputTokens(8);
    try (SimServer sim = SimServer.start(config)) {
      Reply streamed = post(sim, "/chat/completions", chatStream("hi"));
      Reply whole = post(sim, "/chat/completions", chat("hi"));

      assertThat(streamed.events()).last().isEqualTo("[DONE]");
      // 40 ms to the first token, then 7 gaps of 10 ms; the whole answer waits as long.
      assertThat(streamed.millis()).isGreaterThanOrEqualTo(110);
      assertThat(whole.millis()).isGreaterThanOrEqualTo(110);
    }
  }
}
