package io.aieval.core.data;

import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which source fields give a sample's id, input, choices and target. A {@code null} field (an empty
 * {@code choices} list) takes the default described in the {@linkplain io.aieval.core.data package
 * documentation}: {@code id}, {@code input} or {@code question}, {@code choices}, {@code target} or
 * {@code answer}. A named field is the only one looked at, and a row without it is bad.
 *
 * @param id the field holding the sample id, or {@code null}
 * @param input the field holding the prompt text, or {@code null}
 * @param choices one field holding a JSON array of choices, or several fields (CSV columns such as
 *     {@code [A, B, C, D]}) holding one choice each; empty for the default
 * @param target the field holding the reference answer, or {@code null}
 */
public record FieldMapping(String id, String input, List<String> choices, String target) {
  private static final List<String> KEYS = List.of("id", "input", "choices", "target");

  public FieldMapping {
    checkFieldName("id", id);
    checkFieldName("input", input);
    checkFieldName("target", target);
    choices = choices == null ? List.of() : List.copyOf(choices);
    choices.forEach(name -> checkFieldName("choices", name));
  }

  /** Every part read from its default field. */
  public static FieldMapping defaults() {
    return new FieldMapping(null, null, List.of(), null);
  }

  /**
   * Reads a mapping from a spec section: keys {@code id}, {@code input} and {@code target} with a
   * field name, {@code choices} with a field name or a list of them. Absent keys take defaults.
   *
   * @throws IllegalArgumentException for an unknown key or a value that is not a field name
   */
  public static FieldMapping fromMap(Map<String, ?> map) {
    for (String key : map.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            Messages.get("data.mapping.unknownKey", key, String.join(", ", KEYS)));
      }
    }
    return new FieldMapping(
        fieldName("id", map.get("id")),
        fieldName("input", map.get("input")),
        fieldNames(map.get("choices")),
        fieldName("target", map.get("target")));
  }

  private static String fieldName(String key, Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw notFieldName(key, value);
  }

  private static List<String> fieldNames(Object value) {
    if (value instanceof List<?> list) {
      List<String> names = new ArrayList<>(list.size());
      for (Object element : list) {
        if (!(element instanceof String name)) {
          throw notFieldName("choices", element);
        }
        names.add(name);
      }
      return names;
    }
    String single = fieldName("choices", value);
    return single == null ? List.of() : List.of(single);
  }

  private static void checkFieldName(String key, String name) {
    if (name != null && name.isBlank()) {
      throw notFieldName(key, "\"" + name + "\"");
    }
  }

  private static IllegalArgumentException notFieldName(String key, Object value) {
    return new IllegalArgumentException(
        Messages.get("data.mapping.notFieldName", key, String.valueOf(value)));
  }
}
