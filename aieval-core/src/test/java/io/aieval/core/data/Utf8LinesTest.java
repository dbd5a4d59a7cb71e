package io.aieval.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

  @Test
  void splitsOnLfAndCrlfAndKeepsTheEnding() throws IOException {
    assertThat(lines("a\r\nb\n\nc"))
        .containsExactly(
            new Utf8Lines.Line(1, "a", "\r\n", 0),
            new Utf8Lines.Line(2, "b", "\n", 0),
            new Utf8Lines.Line(3, "", "\n", 0),
            new Utf8Lines.Line(4, "c", "", 0));
  }

  @Test
  void emptyInputHasNoLinesAndAFinalNewlineEndsTheLastOne() throws IOException {
    assertThat(lines("")).isEmpty();
    assertThat(lines("only\n")).extracting(Utf8Lines.Line::text).containsExactly("only");
  }

  @Test
  void stripsAByteOrderMarkOnlyAtTheStart() throws IOException {
    assertThat(lines("\uFEFFa\n\uFEFFb\n"))
        .extracting(Utf8Lines.Line::text)
        .containsExactly("a", "\uFEFFb");
  }

  @Test
  void linesLongerThanTheReadBufferStayWhole() throws IOException {
    String longLine = "长".repeat(50_000);

    assertThat(lines(longLine + "\n" + longLine))
        .extracting(Utf8Lines.Line::text)
        .containsExactly(longLine, longLine);
  }

  @Test
  void reportsThePositionOfTheFirstBadByteAndReplacesIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("中a".getBytes(StandardCharsets.UTF_8));
    bytes.write(0x80);
    bytes.writeBytes("b\nok\n".getBytes(StandardCharsets.UTF_8));

    List<Utf8Lines.Line> lines = read(bytes.toByteArray());

    assertThat(lines.get(0)).isEqualTo(new Utf8Lines.Line(1, "中a\uFFFDb", "\n", 5));
    assertThat(lines.get(0).valid()).isFalse();
    assertThat(lines.get(1).valid()).isTrue();
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsValid() throws IOException {
    assertThat(lines("keep \uFFFD as is\n"))
        .containsExactly(new Utf8Lines.Line(1, "keep \uFFFD as is", "\n", 0));
  }

  private static List<Utf8Lines.Line> lines(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Utf8Lines.Line> read(byte[] bytes) throws IOException {
    List<Utf8Lines.Line> lines = new ArrayList<>();
    try (Utf8Lines reader = new Utf8Lines(new ByteArrayInputStream(bytes))) {
      for (Utf8Lines.Line line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
