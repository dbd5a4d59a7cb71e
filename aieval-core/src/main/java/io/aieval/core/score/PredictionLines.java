package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSONL line of saved predictions into a {@link SavedPrediction}. Fields are checked for
 * shape only (a list where a list belongs, numbers where numbers do); whether a metric has what it
 * needs is the metric's to say. Unknown fields are ignored, so outputs can carry their metadata.
 */
final class PredictionLines {
  private static final int SHOWN_CHARS = 60;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // A repeated field would otherwise silently keep the last value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private PredictionLines() {}

  /**
   * @param number the 1-based line number, which names a line without an {@code id}
   * @throws PredictionException naming the field that is malformed
   */
  static SavedPrediction parse(String line, long number) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new PredictionException(null, Messages.get("data.notJson", e.getOriginalMessage()));
    }
    if (!(node instanceof ObjectNode object)) {
      throw new PredictionException(null, Messages.get("data.notObject", abbreviate(line.strip())));
    }
    return new SavedPrediction(
        id(object.get("id"), number),
        oneOrMany(object, "prediction", "predictions"),
        references(object),
        list(object, "choices", PredictionLines::text),
        list(object, "loglikelihoods", PredictionLines::number),
        list(object, "is_greedy", PredictionLines::bool),
        target(object.get("target")),
        list(object, "correct", PredictionLines::bool),
        list(object, "labels", PredictionLines::label));
  }

  /** The line's id; a line without one is named by its number. */
  private static String id(JsonNode value, long number) {
    if (present(value) == null) {
      return "line-" + number;
    }
    String id = text("id", value);
    if (id.isBlank()) {
      throw new PredictionException("id", Messages.get("data.empty"));
    }
    return id;
  }

  private static List<String> oneOrMany(ObjectNode object, String one, String many) {
    JsonNode single = present(object.get(one));
    if (single != null && present(object.get(many)) != null) {
      throw new PredictionException(one, Messages.get("score.input.both", one, many));
    }
    return single != null ? List.of(text(one, single)) : list(object, many, PredictionLines::text);
  }

  /** A reference is a text, or a list of texts: the spans of one multi-span answer. */
  private static List<List<String>> references(ObjectNode object) {
    JsonNode single = present(object.get("reference"));
    if (single == null) {
      return list(object, "references", PredictionLines::spans);
    }
    if (present(object.get("references")) != null) {
      throw new PredictionException(
          "reference", Messages.get("score.input.both", "reference", "references"));
    }
    return List.of(List.of(text("reference", single)));
  }

  private static List<String> spans(String field, JsonNode value) {
    return value.isArray()
        ? elements(field, value, PredictionLines::text)
        : List.of(text(field, value));
  }

  private static <T> List<T> list(ObjectNode object, String field, Reader<T> reader) {
    JsonNode value = present(object.get(field));
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new PredictionException(field, Messages.get("score.input.notList", describe(value)));
    }
    return elements(field, value, reader);
  }

  private static <T> List<T> elements(String field, JsonNode array, Reader<T> reader) {
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(reader.read(field + "[" + i + "]", array.get(i)));
    }
    return out;
  }

  private static Integer target(JsonNode value) {
    if (present(value) == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw new PredictionException("target", Messages.get("score.input.notIndex", shown(value)));
    }
    return value.intValue();
  }

  /** A choice's label: 1 for a true answer, 0 for a false one. */
  private static Integer label(String field, JsonNode value) {
    if (!value.isIntegralNumber()
        || !value.canConvertToInt()
        || value.intValue() > 1
        || value.intValue() < 0) {
      throw new PredictionException(field, Messages.get("score.input.notLabel", shown(value)));
    }
    return value.intValue();
  }

  private static String text(String field, JsonNode value) {
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.toString();
    }
    throw new PredictionException(field, Messages.get("data.notText", describe(value)));
  }

  private static Double number(String field, JsonNode value) {
    if (!value.isNumber()) {
      throw new PredictionException(field, Messages.get("score.input.notNumber", shown(value)));
    }
    return value.doubleValue();
  }

  private static Boolean bool(String field, JsonNode value) {
    if (!value.isBoolean()) {
      throw new PredictionException(field, Messages.get("score.input.notBoolean", shown(value)));
    }
    return value.booleanValue();
  }

  private static JsonNode present(JsonNode value) {
    return value == null || value.isNull() ? null : value;
  }

  private static String shown(JsonNode value) {
    return value.isString() ? describe(value) : abbreviate(value.toString());
  }

  private static String describe(JsonNode value) {
    return value.isString()
        ? "\"" + abbreviate(value.stringValue()) + "\""
        : value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String text) {
    return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
  }

  /** Reads one JSON value of a field, or throws a {@link PredictionException} naming it. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(String field, JsonNode value);
  }
}
