package io.aieval.core.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Feeds {@link Utf8Lines} to the CSV parser as text and remembers which lines held bytes that are
 * not UTF-8 (given to the parser as U+FFFD), so that the record containing them becomes a bad row
 * while parsing goes on.
 */
final class CsvLinesReader extends Reader {

  /** A line with bad bytes, numbered as the CSV parser numbers lines. */
  record Invalid(long line, int invalidByte) {}

  private final Utf8Lines lines;
  private final ArrayDeque<Invalid> invalid = new ArrayDeque<>();
  private String pending = "";
  private int offset;
  private long linesFed;

  CsvLinesReader(Utf8Lines lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (offset == pending.length()) {
      Utf8Lines.Line line = lines.next();
      if (line == null) {
        return -1;
      }
      if (!line.valid()) {
        invalid.add(new Invalid(linesFed + 1, line.invalidByte()));
      }
      // commons-csv also ends a line at a lone CR; count those too so the numbers agree.
      linesFed += 1 + line.text().chars().filter(c -> c == '\r').count();
      pending = line.text() + line.ending();
      offset = 0;
    }
    int count = Math.min(len, pending.length() - offset);
    pending.getChars(offset, offset + count, buffer, off);
    offset += count;
    return count;
  }

  /**
   * The first line with bad bytes up to {@code lastLine}, or {@code null}; forgets every such line
   * up to there, as the records holding them have been read.
   */
  Invalid takeInvalidThrough(long lastLine) {
    Invalid first = null;
    while (!invalid.isEmpty() && invalid.peek().line() <= lastLine) {
      Invalid next = invalid.poll();
      first = first == null ? next : first;
    }
    return first;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
