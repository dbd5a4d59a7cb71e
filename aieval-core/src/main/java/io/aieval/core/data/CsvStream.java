package io.aieval.core.data;

import io.aieval.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSV and TSV with a header row. A record's line is where it starts: the line after the one where
 * the previous record ended, as counted by the parser.
 */
final class CsvStream extends LookaheadStream {
  /**
   * RFC 4180. Empty lines come through as records so that they are counted like any line; we skip
   * them ourselves. The header is checked here, for messages that name the column.
   */
  static final CSVFormat CSV =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(false)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setAllowMissingColumnNames(true)
          .get();

  /** Tabs without quote processing: GLUE-style TSV files hold stray quotes inside fields. */
  static final CSVFormat TSV = CSV.builder().setDelimiter('\t').setQuote(null).get();

  private final CsvLinesReader text;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns;
  private final RowMapper mapper;
  private long linesRead;
  private long record;

  private CsvStream(CsvLinesReader text, CSVParser parser, RowMapper mapper) {
    this.text = text;
    this.parser = parser;
    this.records = parser.iterator();
    this.columns = parser.getHeaderNames();
    this.mapper = mapper;
    this.linesRead = parser.getCurrentLineNumber();
  }

  /** Reads and checks the header; a bad header fails the whole file. */
  static CsvStream open(InputStream in, CSVFormat format, RowMapper mapper) throws IOException {
    CsvLinesReader text = new CsvLinesReader(new Utf8Lines(in));
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(text).setFormat(format).get();
    } catch (CSVException e) {
      throw mapper.error(1, null, Messages.get("data.csvSyntax", e.getMessage()));
    }
    CsvStream stream = new CsvStream(text, parser, mapper);
    stream.checkHeader();
    return stream;
  }

  @Override
  DataRow read() {
    while (true) {
      long start = linesRead + 1;
      CSVRecord row;
      try {
        if (!records.hasNext()) {
          return null;
        }
        row = records.next();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CSVException syntax) {
          throw mapper.error(start, null, Messages.get("data.csvSyntax", syntax.getMessage()));
        }
        throw e;
      }
      linesRead = Math.max(start, parser.getCurrentLineNumber());
      CsvLinesReader.Invalid invalid = text.takeInvalidThrough(linesRead);
      if (invalid == null && row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      record++;
      return invalid == null ? toRow(row, start) : invalidRow(start, invalid);
    }
  }

  @Override
  void release() throws IOException {
    parser.close();
  }

  private DataRow toRow(CSVRecord row, long start) {
    if (row.size() != columns.size()) {
      String problem =
          Messages.get(
              "data.columnCount", String.valueOf(columns.size()), String.valueOf(row.size()));
      return mapper.bad(start, null, problem);
    }
    ObjectNode object = JsonValues.MAPPER.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      object.put(columns.get(i), row.get(i));
    }
    return mapper.map(object, start, record);
  }

  private DataRow invalidRow(long start, CsvLinesReader.Invalid invalid) {
    String problem =
        Messages.get(
            "data.invalidUtf8",
            String.valueOf(invalid.line()),
            String.valueOf(invalid.invalidByte()));
    return mapper.bad(start, null, problem);
  }

  private void checkHeader() throws IOException {
    try {
      CsvLinesReader.Invalid invalid = text.takeInvalidThrough(linesRead);
      if (invalid != null) {
        throw mapper.error(
            invalid.line(),
            null,
            Messages.get(
                "data.invalidUtf8",
                String.valueOf(invalid.line()),
                String.valueOf(invalid.invalidByte())));
      }
      if (columns.isEmpty() || columns.size() == 1 && columns.get(0).isBlank()) {
        throw mapper.error(1, null, Messages.get("data.noHeader"));
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < columns.size(); i++) {
        String name = columns.get(i);
        if (name.isBlank()) {
          throw mapper.error(1, null, Messages.get("data.blankColumnName", String.valueOf(i + 1)));
        }
        if (!seen.add(name)) {
          throw mapper.error(1, name, Messages.get("data.duplicateColumn"));
        }
      }
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
  }
}
