package io.aieval.core.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of the OpenAI API that the simulator sends, as records. Component names are
 * camelCase and written snake_case by {@link #MAPPER}; {@code null} is written as {@code null} (as
 * OpenAI does for {@code finish_reason} while streaming) unless a component says otherwise.
 */
final class OpenAiWire {
  static final JsonMapper MAPPER =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private OpenAiWire() {}

  record Usage(long promptTokens, long completionTokens, long totalTokens) {
    static Usage of(long promptTokens, long completionTokens) {
      return new Usage(promptTokens, completionTokens, promptTokens + completionTokens);
    }
  }

  record ModelList(String object, List<ModelCard> data) {}

  record ModelCard(String id, String object, long created, String ownedBy) {}

  record ErrorBody(ErrorDetail error) {
    static ErrorBody of(String message, String type, String param, String code) {
      return new ErrorBody(new ErrorDetail(message, type, param, code));
    }
  }

  record ErrorDetail(String message, String type, String param, String code) {}

  record Message(String role, String content) {}

  record ChatChoice(int index, Message message, Object logprobs, String finishReason) {}

  record ChatCompletion(
      String id,
      String object,
      long created,
      String model,
      List<ChatChoice> choices,
      Usage usage) {}

  @JsonInclude(Include.NON_NULL)
  record Delta(String role, String content) {}

  record ChunkChoice(int index, Delta delta, Object logprobs, String finishReason) {}

  record ChatChunk(
      String id,
      String object,
      long created,
      String model,
      List<ChunkChoice> choices,
      @JsonInclude(Include.NON_NULL) Usage usage) {}

  record TextChoice(String text, int index, Logprobs logprobs, String finishReason) {}

  /** A completions response, or one chunk of a streamed one (which has no usage). */
  record TextCompletion(
      String id,
      String object,
      long created,
      String model,
      List<TextChoice> choices,
      @JsonInclude(Include.NON_NULL) Usage usage) {}

  /**
   * Legacy completions logprobs: one entry per token in each list. {@code tokenLogprobs} holds
   * {@code null} for the first echoed token, which has no context to be predicted from.
   */
  record Logprobs(
      List<String> tokens,
      List<Double> tokenLogprobs,
      List<Map<String, Double>> topLogprobs,
      List<Integer> textOffset) {}
}
