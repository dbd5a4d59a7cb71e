package io.aieval.core.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines and decodes each one strictly as UTF-8. Splitting on
 * bytes before decoding is what lets one line with bad bytes become one bad row: a {@code Reader}
 * over the whole stream cannot continue after a decoding error. Memory is one read buffer plus the
 * longest line.
 */
final class Utf8Lines implements Closeable {
  private static final int CHUNK = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * One line without its ending.
   *
   * @param number 1-based; LF ends a line, CRLF counts once
   * @param text the decoded text; when invalid, bad bytes are replaced by U+FFFD
   * @param ending {@code "\n"}, {@code "\r\n"}, or {@code ""} for a last line without one
   * @param invalidByte 1-based position of the first byte that is not UTF-8, or 0 when valid
   */
  record Line(long number, String text, String ending, int invalidByte) {
    boolean valid() {
      return invalidByte == 0;
    }
  }

  private final InputStream in;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  private long number;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    length = 0;
    while (true) {
      if (position == limit) {
        int read = in.read(chunk);
        if (read < 0) {
          return length == 0 ? null : finish("");
        }
        position = 0;
        limit = read;
      }
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      append(end - position);
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        boolean crlf = length > 0 && line[length - 1] == '\r';
        length -= crlf ? 1 : 0;
        return finish(crlf ? "\r\n" : "\n");
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, position, line, length, count);
    length += count;
  }

  private Line finish(String ending) {
    number++;
    int start = number == 1 && startsWithBom() ? BOM.length : 0;
    // The String constructor is the JDK's fastest decoder but replaces bad bytes with U+FFFD, so
    // only a line showing U+FFFD (bad bytes, or a genuine U+FFFD) needs the strict decoder.
    String text = new String(line, start, length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return new Line(number, text, ending, 0);
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
    try {
      strict.decode(bytes);
      return new Line(number, text, ending, 0);
    } catch (CharacterCodingException e) {
      // The decoder stops at the first bad byte, so the buffer position says where it is.
      return new Line(number, text, ending, bytes.position() + 1);
    }
  }

  private boolean startsWithBom() {
    return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
  }
}
