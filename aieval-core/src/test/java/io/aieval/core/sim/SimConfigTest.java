package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.data.FieldMapping;
import io.aieval.core.i18n.Messages;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimConfigTest {
  private Locale previous;

  @BeforeEach
  void english() {
    previous = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(previous);
  }

  @Test
  void defaultsServeModelSimOnAnEphemeralLoopbackPort() {
    SimConfig config = SimConfig.defaults();

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isZero();
    assertThat(config.models()).containsExactly("sim");
    assertThat(config.accuracy()).isEqualTo(1.0);
    assertThat(config.latency()).isEqualTo(LatencyModel.none());
    assertThat(config.answers()).isNull();
    assertThat(config.faults().retryAfterSeconds()).isEqualTo(1);
    assertThat(SimConfig.fromMap(Map.of())).isEqualTo(config);
  }

  @Test
  void readsEverySettingWhateverTypeTheNumbersArriveAs() {
    Map<String, Object> map = new HashMap<>();
    map.put("host", "0.0.0.0");
    map.put("port", "8089");
    map.put("models", "gpt-sim, claude-sim");
    map.put("seed", 42L);
    map.put("latency_ms", 50.0);
    map.put("itl_ms", 5);
    map.put("output_tokens", "32");
    map.put("accuracy", "0.75");
    map.put("answers", "data/key.jsonl");
    map.put("answers_format", "jsonl");
    map.put("answers_fields", Map.of("input", "q", "target", "a", "choices", "options"));
    map.put("rate_429", 0.1);
    map.put("retry_after_s", 0);
    map.put("rate_500", "0.05");
    map.put("rate_drop", 0.01f);
    map.put("rate_truncate", 0.02);

    SimConfig config = SimConfig.fromMap(map);

    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(8089);
    assertThat(config.models()).containsExactly("gpt-sim", "claude-sim");
    assertThat(config.seed()).isEqualTo(42);
    assertThat(config.latency()).isEqualTo(LatencyModel.fixed(50));
    assertThat(config.itlMillis()).isEqualTo(5);
    assertThat(config.outputTokens()).isEqualTo(32);
    assertThat(config.accuracy()).isEqualTo(0.75);
    assertThat(config.answers().path()).isEqualTo(Path.of("data/key.jsonl"));
    assertThat(config.answers().format()).isEqualTo("jsonl");
    assertThat(config.answers().mapping())
        .isEqualTo(FieldMapping.fromMap(Map.of("input", "q", "target", "a", "choices", "options")));
    assertThat(config.faults().rate429()).isEqualTo(0.1);
    assertThat(config.faults().retryAfterSeconds()).isZero();
    assertThat(config.faults().rate500()).isEqualTo(0.05);
    assertThat(config.faults().rateDrop())
        .isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(config.faults().rateTruncate()).isEqualTo(0.02);
  }

  @Test
  void latencyIsFixedUniformOrLogNormal() {
    assertThat(SimConfig.fromMap(Map.of("latency_min_ms", 10, "latency_max_ms", "30")).latency())
        .isEqualTo(LatencyModel.uniform(10, 30));
    assertThat(SimConfig.fromMap(Map.of("latency_median_ms", 40, "latency_p99_ms", 400)).latency())
        .isEqualTo(LatencyModel.logNormal(40, 400));
    assertThat(SimConfig.fromMap(Map.of("model", "only")).models()).containsExactly("only");
    assertThat(SimConfig.fromMap(Map.of("models", List.of("a", "b"))).models())
        .containsExactly("a", "b");
  }

  @Test
  void unknownKeyIsRejectedByNameWithASuggestion() {
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("rate_249", 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rate_249'")
        .hasMessageContaining("did you mean 'rate_429'")
        .hasMessageContaining("rate_truncate");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("temperature", 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'temperature'")
        .hasMessageNotContaining("did you mean");
  }

  @Test
  void unknownKeyMessageIsTranslated() {
    Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("colour", "red")))
        .hasMessageContaining("未知的模拟器设置")
        .hasMessageContaining("colour");
  }

  @Test
  void invalidValuesNameTheirSetting() {
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("accuracy", 1.5)))
        .hasMessageContaining("'accuracy'")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("port", "eighty")))
        .hasMessageContaining("'port'")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("latency_ms", 12.5)))
        .hasMessageContaining("'latency_ms'");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("latency_min_ms", 50, "latency_max_ms", 10)))
        .hasMessageContaining("'latency_max_ms'");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("rate_429", 0.6, "rate_500", 0.6)))
        .hasMessageContaining("1.2");
  }

  @Test
  void conflictingOrIncompleteSettingsAreRejected() {
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("latency_ms", 5, "latency_p99_ms", 50)))
        .hasMessageContaining("'latency_ms'")
        .hasMessageContaining("'latency_p99_ms'");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("latency_min_ms", 5)))
        .hasMessageContaining("'latency_max_ms'");
    assertThatThrownBy(() -> SimConfig.fromMap(Map.of("model", "a", "models", "b")))
        .hasMessageContaining("'model'");
  }

  @Test
  void withersChangeOneSettingAndKeepTheRest() {
    SimConfig config = SimConfig.defaults().withSeed(3).withAccuracy(0.25).withPort(9000);

    assertThat(config.seed()).isEqualTo(3);
    assertThat(config.accuracy()).isEqualTo(0.25);
    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.withHost("::1").seed()).isEqualTo(3);
  }
}
