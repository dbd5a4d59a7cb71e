package io.aieval.core.data;

import io.aieval.core.i18n.Messages;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** JSONL: one JSON object per line; blank lines are skipped but keep their line numbers. */
final class JsonlStream extends LookaheadStream {
  private final Utf8Lines lines;
  private final RowMapper mapper;
  private long record;

  JsonlStream(Utf8Lines lines, RowMapper mapper) {
    this.lines = lines;
    this.mapper = mapper;
  }

  @Override
  DataRow read() throws IOException {
    Utf8Lines.Line line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.valid() && line.text().isBlank());
    record++;
    long number = line.number();
    if (!line.valid()) {
      String problem =
          Messages.get(
              "data.invalidUtf8", String.valueOf(number), String.valueOf(line.invalidByte()));
      return mapper.bad(number, null, problem);
    }
    JsonNode node;
    try {
      node = JsonValues.MAPPER.readTree(line.text());
    } catch (JacksonException e) {
      return mapper.bad(number, null, Messages.get("data.notJson", e.getOriginalMessage()));
    }
    if (!(node instanceof ObjectNode object)) {
      String shown = JsonValues.abbreviate(line.text().strip());
      return mapper.bad(number, null, Messages.get("data.notObject", shown));
    }
    return mapper.map(object, number, record);
  }

  @Override
  void release() throws IOException {
    lines.close();
  }
}
