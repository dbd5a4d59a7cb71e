package io.aieval.core.sim;

import io.aieval.core.data.DatasetSource;
import io.aieval.core.i18n.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the OpenAI-compatible model simulator. Immutable; every component is validated, and
 * an invalid value fails with an {@link IllegalArgumentException} naming the snake_case setting.
 *
 * @param host interface to bind ({@code host}, default {@code 127.0.0.1})
 * @param port port to bind, 0 for an ephemeral one ({@code port}, default 0)
 * @param models names listed by {@code /v1/models} ({@code model}/{@code models}, default {@code
 *     sim}); requests may name any model and get that name back
 * @param seed seed of every random choice ({@code seed}, default 0)
 * @param latency delay before the first token, or of the whole answer when {@code itlMillis} is 0
 *     ({@code latency_ms}, {@code latency_min_ms}/{@code latency_max_ms} or {@code
 *     latency_median_ms}/{@code latency_p99_ms}; default none)
 * @param itlMillis inter-token latency: the delay between streamed tokens; a non-streaming response
 *     waits {@code latency + itl × (tokens − 1)} so both modes take as long ({@code itl_ms})
 * @param outputTokens answers are padded with filler words up to this many tokens, and a prompt
 *     missing from the answer key gets this many filler words; 0 means no padding and 16 filler
 *     words ({@code output_tokens}, default 0)
 * @param accuracy probability of answering a known question correctly ({@code accuracy}, default 1)
 * @param answers the answer key: a data set read like any other ({@code answers}, {@code
 *     answers_format}, {@code answers_fields}), or {@code null} for none
 * @param faults how often to fail on purpose
 */
public record SimConfig(
    String host,
    int port,
    List<String> models,
    long seed,
    LatencyModel latency,
    long itlMillis,
    int outputTokens,
    double accuracy,
    DatasetSource answers,
    Faults faults) {

  public SimConfig {
    host = requireText("host", host);
    requireRange("port", port, 0, 65_535);
    models = List.copyOf(models);
    if (models.isEmpty()) {
      throw new IllegalArgumentException(Messages.get("sim.config.blank", "models"));
    }
    models.forEach(name -> requireText("models", name));
    Objects.requireNonNull(latency, "latency");
    requireRange("itl_ms", itlMillis, 0, Integer.MAX_VALUE);
    requireRange("output_tokens", outputTokens, 0, 1_000_000);
    requireRange("accuracy", accuracy, 0, 1);
    Objects.requireNonNull(faults, "faults");
  }

  /** Loopback, ephemeral port, model {@code sim}, no delay, always right, never failing. */
  public static SimConfig defaults() {
    return new SimConfig(
        "127.0.0.1", 0, List.of("sim"), 0, LatencyModel.none(), 0, 0, 1.0, null, Faults.none());
  }

  /**
   * Reads settings as parsed from a YAML or JSON spec: snake_case keys, numbers as {@code Integer},
   * {@code Long}, {@code Double} or {@code String}. Missing keys keep their defaults.
   *
   * @throws IllegalArgumentException for an unknown key (naming it) or an invalid value
   */
  public static SimConfig fromMap(Map<String, Object> settings) {
    return SimConfigReader.read(settings);
  }

  public SimConfig withHost(String host) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withPort(int port) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withModels(List<String> models) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withSeed(long seed) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withLatency(LatencyModel latency) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withItlMillis(long itlMillis) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withOutputTokens(int outputTokens) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withAccuracy(double accuracy) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  public SimConfig withAnswers(DatasetSource answers) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  /** The answer key at {@code path}, format by extension, default field mapping. */
  public SimConfig withAnswers(Path path) {
    return withAnswers(DatasetSource.of(path));
  }

  public SimConfig withFaults(Faults faults) {
    return new SimConfig(
        host, port, models, seed, latency, itlMillis, outputTokens, accuracy, answers, faults);
  }

  /**
   * Probabilities of failing a completion request on purpose, decided per request (so a retry can
   * succeed). They add up to at most 1.
   *
   * @param rate429 answer 429 with a {@code Retry-After} header ({@code rate_429})
   * @param retryAfterSeconds value of that header ({@code retry_after_s}, default 1)
   * @param rate500 answer 500 with an error body ({@code rate_500})
   * @param rateDrop close the connection without a response ({@code rate_drop})
   * @param rateTruncate stop half-way through the body or stream, then close ({@code
   *     rate_truncate})
   */
  public record Faults(
      double rate429, int retryAfterSeconds, double rate500, double rateDrop, double rateTruncate) {
    public Faults {
      requireRange("rate_429", rate429, 0, 1);
      requireRange("retry_after_s", retryAfterSeconds, 0, 86_400);
      requireRange("rate_500", rate500, 0, 1);
      requireRange("rate_drop", rateDrop, 0, 1);
      requireRange("rate_truncate", rateTruncate, 0, 1);
      double sum = rate429 + rate500 + rateDrop + rateTruncate;
      if (sum > 1 + 1e-9) {
        throw new IllegalArgumentException(Messages.get("sim.config.faultRatesSum", plain(sum)));
      }
    }

    public static Faults none() {
      return new Faults(0, 1, 0, 0, 0);
    }

    public Faults withRate429(double rate429) {
      return new Faults(rate429, retryAfterSeconds, rate500, rateDrop, rateTruncate);
    }

    public Faults withRetryAfterSeconds(int retryAfterSeconds) {
      return new Faults(rate429, retryAfterSeconds, rate500, rateDrop, rateTruncate);
    }

    public Faults withRate500(double rate500) {
      return new Faults(rate429, retryAfterSeconds, rate500, rateDrop, rateTruncate);
    }

    public Faults withRateDrop(double rateDrop) {
      return new Faults(rate429, retryAfterSeconds, rate500, rateDrop, rateTruncate);
    }

    public Faults withRateTruncate(double rateTruncate) {
      return new Faults(rate429, retryAfterSeconds, rate500, rateDrop, rateTruncate);
    }
  }

  static String requireText(String setting, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(Messages.get("sim.config.blank", setting));
    }
    return value.strip();
  }

  static void requireRange(String setting, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          Messages.get("sim.config.outOfRange", setting, plain(min), plain(max), plain(value)));
    }
  }

  /** A number as a user wrote it: no grouping, no exponent, no trailing {@code .0}. */
  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
