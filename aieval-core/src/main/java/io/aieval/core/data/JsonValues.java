package io.aieval.core.data;

import java.util.Locale;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** How JSON values of a row are parsed and turned into sample text. */
final class JsonValues {
  private static final int SHOWN_CHARS = 60;

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          // Decimals as BigDecimal with their scale, so 0.50 and 42.0 keep the digits of the file.
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          // A repeated field would otherwise silently keep the last value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonValues() {}

  static boolean isScalar(JsonNode value) {
    return value.isString() || value.isNumber() || value.isBoolean();
  }

  /** A string as is, a number with its digits, a boolean as {@code true}/{@code false}. */
  static String scalarText(JsonNode value) {
    return value.isString() ? value.stringValue() : value.toString();
  }

  /** Scalars as text, arrays and objects as compact JSON. */
  static String anyText(JsonNode value) {
    return isScalar(value) ? scalarText(value) : value.toString();
  }

  /** A value for an error message: a short quoted string, or the JSON type. */
  static String describe(JsonNode value) {
    return value.isString()
        ? "\"" + abbreviate(value.stringValue()) + "\""
        : value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  static String abbreviate(String text) {
    return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
  }
}
