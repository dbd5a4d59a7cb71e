package io.aieval.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.Prompt;
import io.aieval.api.model.TokenUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
  private static ModelRequest ask(String q, double temperature) {
    return new ModelRequest(
        new Prompt.Chat(List.of(ChatMessage.user(q))),
        new GenerationParams(temperature, 8, null, List.of(), null));
  }

  @Test
  void answersSurviveReopeningAndKeysSeparateRequestsAndEndpoints(@TempDir Path dir) {
    Path file = dir.resolve("cache.mv.db");
    String key = ResponseCache.key("openai", "http://a/v1", "m", ask("北京？", 0));
    try (ResponseCache cache = ResponseCache.open(file)) {
      assertThat(cache.get(key)).isNull();
      cache.put(key, ModelResponse.of("是的", new TokenUsage(4, 2), "stop", Duration.ofMillis(40)));
    }
    try (ResponseCache cache = ResponseCache.open(file)) {
      ModelResponse hit = cache.get(key);
      assertThat(hit.text()).isEqualTo("是的");
      assertThat(hit.cached()).isTrue();
      assertThat(hit.usage()).isEqualTo(new TokenUsage(4, 2));
      assertThat(cache.hits()).isEqualTo(1);
    }
    assertThat(ResponseCache.key("openai", "http://a/v1", "m", ask("北京？", 0.7))).isNotEqualTo(key);
    assertThat(ResponseCache.key("openai", "http://b/v1", "m", ask("北京？", 0))).isNotEqualTo(key);
    assertThat(ResponseCache.key("openai", "http://a/v1", "m2", ask("北京？", 0))).isNotEqualTo(key);
    assertThat(ResponseCache.key("openai", "http://a/v1", "m", ask("北京？", 0))).isEqualTo(key);
  }
}
