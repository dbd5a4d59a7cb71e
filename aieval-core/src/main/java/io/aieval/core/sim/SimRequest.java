package io.aieval.core.sim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the simulator needs from a chat or completions request body.
 *
 * @param chat whether it came to {@code /v1/chat/completions}
 * @param model the requested model name, echoed back
 * @param prompts the texts to answer: the last user message of a chat, or each completion prompt
 * @param promptTokens approximate prompt size over all messages or prompts ({@link SimTokens})
 * @param stream whether to answer with server-sent events
 * @param includeUsage whether a stream ends with a usage chunk ({@code stream_options})
 * @param maxTokens most tokens to generate, or {@code null} for no limit
 * @param echo whether completions repeat the prompt before the answer
 * @param logprobs how many top logprobs completions report per token, or {@code null} for none
 * @param sampleSeed the request's {@code seed} when it also samples ({@code temperature} above 0),
 *     else {@code null}: the answer then depends on it, as a sampling model's does
 * @param stop the {@code stop} sequences, empty for none: an answer ends before the first of them
 */
record SimRequest(
    boolean chat,
    String model,
    List<String> prompts,
    long promptTokens,
    boolean stream,
    boolean includeUsage,
    Integer maxTokens,
    boolean echo,
    Integer logprobs,
    Long sampleSeed,
    List<String> stop) {

  SimRequest {
    prompts = List.copyOf(prompts);
    stop = List.copyOf(stop);
  }

  /** OpenAI accepts at most this many top logprobs on completions. */
  static final int MAX_LOGPROBS = 5;

  /** A request the simulator refuses with 400, in OpenAI's words where it has them. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String param;

    Invalid(String message, String param) {
      super(message, null, false, false);
      this.param = param;
    }

    String param() {
      return param;
    }
  }

  static SimRequest parse(boolean chat, JsonNode body, String defaultModel) {
    if (!body.isObject()) {
      throw new Invalid("The request body must be a JSON object.", null);
    }
    JsonNode modelNode = body.path("model");
    String model =
        modelNode.isString() && !modelNode.stringValue().isBlank()
            ? modelNode.stringValue()
            : defaultModel;
    boolean stream = body.path("stream").asBoolean(false);
    boolean includeUsage =
        stream && body.path("stream_options").path("include_usage").asBoolean(false);
    return chat
        ? parseChat(body, model, stream, includeUsage)
        : parseCompletion(body, model, stream, includeUsage);
  }

  private static SimRequest parseChat(
      JsonNode body, String model, boolean stream, boolean includeUsage) {
    // The newer name wins, as it does at OpenAI.
    String maxParam =
        body.hasNonNull("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    Conversation conversation = Conversation.of(body.get("messages"));
    return new SimRequest(
        true,
        model,
        List.of(conversation.question()),
        SimTokens.countPrompt(conversation.allText()),
        stream,
        includeUsage,
        count(body.get(maxParam), maxParam, Integer.MAX_VALUE),
        false,
        null,
        sampleSeed(body),
        stop(body.get("stop")));
  }

  private static SimRequest parseCompletion(
      JsonNode body, String model, boolean stream, boolean includeUsage) {
    List<String> prompts = completionPrompts(body.get("prompt"));
    return new SimRequest(
        false,
        model,
        prompts,
        prompts.stream().mapToLong(SimTokens::countPrompt).sum(),
        stream,
        includeUsage,
        count(body.get("max_tokens"), "max_tokens", Integer.MAX_VALUE),
        body.path("echo").asBoolean(false),
        count(body.get("logprobs"), "logprobs", MAX_LOGPROBS),
        sampleSeed(body),
        stop(body.get("stop")));
  }

  private static Long sampleSeed(JsonNode body) {
    JsonNode seed = body.get("seed");
    boolean sampling = body.path("temperature").asDouble(0) > 0;
    return sampling && seed != null && seed.isIntegralNumber() ? seed.asLong() : null;
  }

  /** {@code stop}: absent or null, one string, or an array of strings, as OpenAI takes it. */
  private static List<String> stop(JsonNode stop) {
    if (stop == null || stop.isNull()) {
      return List.of();
    }
    if (stop.isString()) {
      return List.of(stop.stringValue());
    }
    String message = "'stop' must be a string, an array of strings or null.";
    if (!stop.isArray()) {
      throw new Invalid(message, "stop");
    }
    List<String> sequences = new ArrayList<>();
    for (JsonNode item : stop) {
      if (!item.isString()) {
        throw new Invalid(message, "stop");
      }
      sequences.add(item.stringValue());
    }
    return sequences;
  }

  /**
   * A chat's messages, read for two purposes.
   *
   * @param allText every message's content, joined, for counting prompt tokens
   * @param question the last user message, or the last message when no user spoke
   */
  private record Conversation(String allText, String question) {
    static Conversation of(JsonNode messages) {
      if (messages == null || !messages.isArray() || messages.isEmpty()) {
        throw new Invalid("'messages' must be a non-empty array.", "messages");
      }
      StringBuilder all = new StringBuilder();
      String lastUser = null;
      String last = "";
      for (JsonNode message : messages) {
        if (!message.isObject()) {
          throw new Invalid("Each message must be a JSON object.", "messages");
        }
        last = content(message.get("content"));
        all.append(last).append('\n');
        JsonNode role = message.path("role");
        if (role.isString() && "user".equals(role.stringValue())) {
          lastUser = last;
        }
      }
      return new Conversation(all.toString(), lastUser == null ? last : lastUser);
    }
  }

  /** Message content: a string, or an array of parts whose text parts are joined by lines. */
  private static String content(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isString()) {
      return content.stringValue();
    }
    if (!content.isArray()) {
      throw new Invalid("Message content must be a string or an array of parts.", "messages");
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode part : content) {
      if (part.path("text").isString()) {
        texts.add(part.get("text").stringValue());
      }
    }
    return String.join("\n", texts);
  }

  private static List<String> completionPrompts(JsonNode prompt) {
    if (prompt != null && prompt.isString()) {
      return List.of(prompt.stringValue());
    }
    if (prompt != null && prompt.isArray() && !prompt.isEmpty()) {
      List<String> prompts = new ArrayList<>();
      for (JsonNode item : prompt) {
        if (!item.isString()) {
          throw new Invalid("The simulator accepts only text prompts, not token ids.", "prompt");
        }
        prompts.add(item.stringValue());
      }
      return prompts;
    }
    throw new Invalid("'prompt' must be a string or a non-empty array of strings.", "prompt");
  }

  private static Integer count(JsonNode value, String param, int max) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()
        || !value.canConvertToExactIntegral()
        || !value.canConvertToLong()
        || value.asLong() < 0
        || value.asLong() > max) {
      throw new Invalid(
          "'" + param + "' must be an integer from 0 to " + max + ", not " + value + ".", param);
    }
    return value.asInt();
  }
}
