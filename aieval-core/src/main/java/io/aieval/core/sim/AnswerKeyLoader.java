package io.aieval.core.sim;

import io.aieval.api.data.DataFormatException;
import io.aieval.core.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an answer key from a JSONL or CSV file (chosen by extension). A CSV row becomes a JSON
 * object of strings, so both formats share one reading of the fields; in CSV the choices column
 * holds a JSON array.
 */
final class AnswerKeyLoader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LETTER = Pattern.compile("^\\(?([A-Za-z])\\)?\\.?$");
  private static final Pattern INDEX = Pattern.compile("^\\d{1,3}$");

  private final SimConfig.Answers spec;
  private final String file;

  private AnswerKeyLoader(SimConfig.Answers spec) {
    this.spec = spec;
    this.file = spec.path().toString();
  }

  /**
   * Loads the key named by {@code spec}, or the empty key when it names no file.
   *
   * @throws DataFormatException for a row that cannot be used, with its line and field
   * @throws UncheckedIOException when the file cannot be read
   */
  static AnswerKey load(SimConfig.Answers spec) {
    if (spec.path() == null) {
      return AnswerKey.EMPTY;
    }
    return new AnswerKeyLoader(spec).read();
  }

  private AnswerKey read() {
    Path path = spec.path();
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      throw new IllegalArgumentException(Messages.get("sim.key.unsupportedFormat", file));
    }
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      skipByteOrderMark(reader);
      return new AnswerKey(csv ? readCsv(reader) : readJsonLines(reader));
    } catch (IOException e) {
      throw unreadable(e);
    } catch (UncheckedIOException e) {
      // Commons CSV reports a malformed record this way while iterating.
      throw unreadable(e.getCause());
    }
  }

  private UncheckedIOException unreadable(IOException cause) {
    return new UncheckedIOException(
        Messages.get("sim.key.unreadable", file, cause.getMessage()), cause);
  }

  private List<AnswerKey.Entry> readJsonLines(BufferedReader reader) throws IOException {
    List<AnswerKey.Entry> entries = new ArrayList<>();
    long line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode row;
      try {
        row = JSON.readTree(text);
      } catch (JacksonException e) {
        throw new DataFormatException(
            file, line, null, Messages.get("sim.key.badJson", e.getOriginalMessage()));
      }
      if (!row.isObject()) {
        throw new DataFormatException(file, line, null, Messages.get("sim.key.badJson", text));
      }
      entries.add(entry(row, line));
    }
    return entries;
  }

  private List<AnswerKey.Entry> readCsv(BufferedReader reader) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<AnswerKey.Entry> entries = new ArrayList<>();
    CSVParser parser;
    try {
      parser = format.parse(reader);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, 1, null, e.getMessage());
    }
    List<String> header = parser.getHeaderNames();
    for (String column : List.of(spec.questionField(), spec.answerField())) {
      if (!header.contains(column)) {
        throw new DataFormatException(
            file, 1, column, Messages.get("sim.key.missingColumn", column));
      }
    }
    long lastLine = parser.getCurrentLineNumber();
    for (CSVRecord record : parser) {
      ObjectNode row = JSON.createObjectNode();
      record.toMap().forEach(row::put);
      entries.add(entry(row, lastLine + 1));
      lastLine = parser.getCurrentLineNumber();
    }
    return entries;
  }

  private AnswerKey.Entry entry(JsonNode row, long line) {
    String question = required(row, spec.questionField(), line).asString();
    List<String> choices = choices(row, line);
    JsonNode answerNode = required(row, spec.answerField(), line);
    String answer =
        choices.isEmpty() ? answerNode.asString().strip() : letter(answerNode, choices, line);
    return new AnswerKey.Entry(question, choices, answer);
  }

  private JsonNode required(JsonNode row, String field, long line) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull() || value.isContainer() || value.asString().isBlank()) {
      throw new DataFormatException(file, line, field, Messages.get("sim.key.missingField"));
    }
    return value;
  }

  /** The choices field as a JSON array (or a string holding one), else columns A, B, C … */
  private List<String> choices(JsonNode row, long line) {
    JsonNode node = row.get(spec.choicesField());
    if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
      return letterColumns(row);
    }
    try {
      if (node.isString()) {
        node = JSON.readTree(node.stringValue());
      }
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null || !node.isArray()) {
      throw new DataFormatException(
          file, line, spec.choicesField(), Messages.get("sim.key.badChoices"));
    }
    List<String> choices = new ArrayList<>();
    for (JsonNode choice : node) {
      if (!choice.isValueNode()) {
        throw new DataFormatException(
            file, line, spec.choicesField(), Messages.get("sim.key.badChoices"));
      }
      choices.add(choice.asString());
    }
    return choices;
  }

  private static List<String> letterColumns(JsonNode row) {
    List<String> choices = new ArrayList<>();
    for (char letter = 'A'; letter <= 'Z'; letter++) {
      JsonNode value = row.get(String.valueOf(letter));
      if (value == null || !value.isValueNode() || value.isNull()) {
        break;
      }
      choices.add(value.asString());
    }
    return choices;
  }

  /**
   * The answer as a letter. A JSON number is a 0-based index. A string is tried as the text of a
   * choice first (so a choice that reads "2" or "a" wins), then as a letter, then as an index.
   */
  private String letter(JsonNode answer, List<String> choices, long line) {
    String raw = answer.asString().strip();
    if (answer.isIntegralNumber()) {
      return index(answer.asInt(), raw, choices, line);
    }
    String wanted = AnswerKey.normalise(raw);
    for (int i = 0; i < choices.size(); i++) {
      if (AnswerKey.normalise(choices.get(i)).equals(wanted)) {
        return String.valueOf((char) ('A' + i));
      }
    }
    Matcher letter = LETTER.matcher(raw);
    if (letter.matches()) {
      return index(Character.toUpperCase(letter.group(1).charAt(0)) - 'A', raw, choices, line);
    }
    if (INDEX.matcher(raw).matches()) {
      return index(Integer.parseInt(raw), raw, choices, line);
    }
    throw badAnswer(raw, choices, line);
  }

  private String index(int index, String raw, List<String> choices, long line) {
    if (index < 0 || index >= choices.size()) {
      throw badAnswer(raw, choices, line);
    }
    return String.valueOf((char) ('A' + index));
  }

  private DataFormatException badAnswer(String raw, List<String> choices, long line) {
    return new DataFormatException(
        file,
        line,
        spec.answerField(),
        Messages.get("sim.key.badAnswer", raw, String.valueOf(choices.size())));
  }

  /** Spreadsheet programs start UTF-8 files with a BOM, which would spoil the first header. */
  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }
}
