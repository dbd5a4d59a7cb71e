package io.aieval.core.data;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a {@link FieldMapping} to one parsed row. Both formats hand rows over as JSON objects (a
 * CSV row as an object of strings), so the mapping rules exist once.
 */
final class RowMapper {
  private final FieldMapping mapping;
  private final String file;

  /** A field of a row that is present and not {@code null}. */
  record Field(String name, JsonNode value) {}

  RowMapper(FieldMapping mapping, String file) {
    this.mapping = mapping;
    this.file = file;
  }

  /**
   * @param line the 1-based line where the row starts
   * @param record the 1-based record number, for the default id
   */
  DataRow map(ObjectNode row, long line, long record) {
    try {
      return new DataRow.Good(line, sample(row, record));
    } catch (RowProblem problem) {
      return bad(line, problem.field(), problem.getMessage());
    }
  }

  DataRow.Bad bad(long line, String field, String problem) {
    return new DataRow.Bad(line, error(line, field, problem));
  }

  DataFormatException error(long line, String field, String problem) {
    return new DataFormatException(file, line, field, problem);
  }

  /** The text of a scalar field; arrays and objects are a problem of that field. */
  static String text(Field field) {
    if (!JsonValues.isScalar(field.value())) {
      throw new RowProblem(
          field.name(), Messages.get("data.notText", JsonValues.describe(field.value())));
    }
    return JsonValues.scalarText(field.value());
  }

  private Sample sample(ObjectNode row, long record) {
    Set<String> used = new HashSet<>();
    String id = id(row, record, used);
    String input = notBlank(required(row, names(mapping.input(), "input", "question"), used));
    List<String> choices = choices(row, used);
    Field target = required(row, names(mapping.target(), "target", "answer"), used);
    String answer = choices.isEmpty() ? text(target) : TargetLetter.of(target, choices);
    return new Sample(id, input, choices, answer, metadata(row, used));
  }

  private String id(ObjectNode row, long record, Set<String> used) {
    List<String> names = names(mapping.id(), "id");
    Optional<Field> id = find(row, names, used);
    if (id.isEmpty() && mapping.id() == null) {
      return "row-" + record;
    }
    return notBlank(id.orElseThrow(() -> missing(names)));
  }

  private List<String> choices(ObjectNode row, Set<String> used) {
    List<String> names = mapping.choices();
    List<String> choices;
    if (names.isEmpty()) {
      choices = find(row, List.of("choices"), used).map(this::choiceList).orElse(List.of());
    } else if (names.size() == 1) {
      choices = choiceList(required(row, names, used));
    } else {
      choices = new ArrayList<>(names.size());
      for (String name : names) {
        choices.add(text(required(row, List.of(name), used)));
      }
    }
    // Rows with fewer options than the mapped columns leave the last ones empty.
    int size = choices.size();
    while (size > 0 && choices.get(size - 1).isBlank()) {
      size--;
    }
    if (size > TargetLetter.MAX_CHOICES) {
      String field = names.isEmpty() ? "choices" : names.get(0);
      throw new RowProblem(field, Messages.get("data.tooManyChoices", String.valueOf(size)));
    }
    return choices.subList(0, size);
  }

  private List<String> choiceList(Field field) {
    JsonNode value = field.value();
    if (value.isString() && value.stringValue().strip().startsWith("[")) {
      // CSV cells can only hold a list as JSON text.
      try {
        value = JsonValues.MAPPER.readTree(value.stringValue());
      } catch (JacksonException e) {
        throw notList(field.name(), field.value());
      }
    }
    if (!value.isArray()) {
      throw notList(field.name(), value);
    }
    List<String> choices = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode choice = value.get(i);
      if (!JsonValues.isScalar(choice)) {
        throw new RowProblem(
            field.name(),
            Messages.get("data.choiceNotText", String.valueOf(i + 1), JsonValues.describe(choice)));
      }
      choices.add(JsonValues.scalarText(choice));
    }
    return choices;
  }

  private static Map<String, String> metadata(ObjectNode row, Set<String> used) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : row.properties()) {
      if (!used.contains(field.getKey()) && !field.getValue().isNull()) {
        metadata.put(field.getKey(), JsonValues.anyText(field.getValue()));
      }
    }
    return metadata;
  }

  private static List<String> names(String mapped, String... defaults) {
    return mapped == null ? List.of(defaults) : List.of(mapped);
  }

  private static Optional<Field> find(ObjectNode row, List<String> names, Set<String> used) {
    for (String name : names) {
      JsonNode value = row.get(name);
      if (value != null && !value.isNull()) {
        used.add(name);
        return Optional.of(new Field(name, value));
      }
    }
    return Optional.empty();
  }

  private static Field required(ObjectNode row, List<String> names, Set<String> used) {
    return find(row, names, used).orElseThrow(() -> missing(names));
  }

  private static String notBlank(Field field) {
    String text = text(field);
    if (text.isBlank()) {
      throw new RowProblem(field.name(), Messages.get("data.empty"));
    }
    return text;
  }

  private static RowProblem missing(List<String> names) {
    return new RowProblem(names.get(0), Messages.get("data.missing", String.join(", ", names)));
  }

  private static RowProblem notList(String field, JsonNode value) {
    return new RowProblem(field, Messages.get("data.notList", JsonValues.describe(value)));
  }
}
