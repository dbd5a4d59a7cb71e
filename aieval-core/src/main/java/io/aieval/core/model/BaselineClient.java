package io.aieval.core.model;

import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.ModelSettings;
import io.aieval.api.model.Prompt;
import io.aieval.api.model.TokenUsage;
import io.aieval.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers without a model, as a floor to compare real models against. */
final class BaselineClient implements ModelClient {
  /**
   * A rendered option line: {@code A. text}, {@code (B) text}, {@code C) text}, {@code D: text}.
   */
  private static final Pattern OPTION = Pattern.compile("(?m)^\\s*\\(?([A-Z])[.):：]\\s");

  static final List<String> STRATEGIES = List.of("random", "constant", "majority");
  private static final List<String> OPTIONS = List.of("strategy", "answer", "seed");

  private final String strategy;
  private final String answer;
  private final long seed;

  BaselineClient(ModelSettings settings) {
    for (String key : settings.options().keySet()) {
      if (!OPTIONS.contains(key)) {
        throw new IllegalArgumentException(Messages.get("model.baseline.option", key, OPTIONS));
      }
    }
    this.strategy = settings.option("strategy", "random").toLowerCase(Locale.ROOT);
    if (!STRATEGIES.contains(strategy)) {
      throw new IllegalArgumentException(
          Messages.get("model.baseline.strategy", strategy, STRATEGIES));
    }
    this.answer = settings.option("answer", "");
    if ("constant".equals(strategy) && answer.isEmpty()) {
      throw new IllegalArgumentException(Messages.get("model.baseline.answer"));
    }
    this.seed = Long.parseLong(settings.option("seed", "1234"));
  }

  @Override
  public CompletableFuture<ModelResponse> generate(ModelRequest request) {
    String text = "random".equals(strategy) ? randomLetter(lastText(request.prompt())) : answer;
    return CompletableFuture.completedFuture(
        ModelResponse.of(text, TokenUsage.NONE, "stop", Duration.ZERO));
  }

  /** A letter drawn from the options in the prompt, seeded by the run seed and the prompt. */
  private String randomLetter(String prompt) {
    List<String> letters = new ArrayList<>();
    Matcher m = OPTION.matcher(prompt);
    while (m.find()) {
      if (!letters.contains(m.group(1))) {
        letters.add(m.group(1));
      }
    }
    if (letters.isEmpty()) {
      return "";
    }
    long h = seed;
    for (byte b : prompt.getBytes(StandardCharsets.UTF_8)) {
      h = h * 1_000_003 + b;
    }
    return letters.get(new SplittableRandom(h).nextInt(letters.size()));
  }

  private static String lastText(Prompt prompt) {
    if (prompt instanceof Prompt.Text t) {
      return t.text();
    }
    List<ChatMessage> messages = ((Prompt.Chat) prompt).messages();
    return messages.get(messages.size() - 1).content();
  }
}
