package io.aieval.core.step;

import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output a log-likelihood sample task records for a sample, {@code {"choice": "B",
 * "loglikelihoods": […], "is_greedy": […]}}: everything its scores are computed from, so that
 * {@code aieval rescore} recomputes them without a model.
 *
 * @param choice the letter of the choice {@code acc} picks
 * @param loglikelihoods per choice, the log-likelihood of its continuation
 * @param isGreedy per choice, whether greedy decoding would have produced its continuation
 */
public record LoglikelihoodOutput(
    String choice, List<Double> loglikelihoods, List<Boolean> isGreedy) {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public LoglikelihoodOutput {
    loglikelihoods = List.copyOf(loglikelihoods);
    isGreedy = List.copyOf(isGreedy);
  }

  /**
   * Reads an output back.
   *
   * @throws IllegalArgumentException when the output is not one a log-likelihood task wrote for
   *     {@code choices} choices (for example a generated answer re-scored as log-likelihood)
   */
  public static LoglikelihoodOutput parse(String output, int choices) {
    JsonNode node;
    try {
      node = output == null ? null : JSON.readTree(output);
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null) {
      throw bad(choices);
    }
    List<Double> lls = new ArrayList<>();
    for (JsonNode v : list(node.path("loglikelihoods"), choices)) {
      if (!v.isNumber()) {
        throw bad(choices);
      }
      lls.add(v.asDouble());
    }
    List<Boolean> greedy = new ArrayList<>();
    for (JsonNode v : list(node.path("is_greedy"), choices)) {
      if (!v.isBoolean()) {
        throw bad(choices);
      }
      greedy.add(v.asBoolean());
    }
    return new LoglikelihoodOutput(node.path("choice").asString(""), lls, greedy);
  }

  /** The output as recorded. */
  String json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("choice", choice);
    out.put("loglikelihoods", loglikelihoods);
    out.put("is_greedy", isGreedy);
    return JSON.writeValueAsString(out);
  }

  private static JsonNode list(JsonNode values, int choices) {
    if (!values.isArray() || values.size() != choices) {
      throw bad(choices);
    }
    return values;
  }

  private static IllegalArgumentException bad(int choices) {
    return new IllegalArgumentException(Messages.get("step.ll.badOutput", choices));
  }
}
