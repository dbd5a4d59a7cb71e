package io.aieval.core.data;

import static io.aieval.core.data.Rows.error;
import static io.aieval.core.data.Rows.readAll;
import static io.aieval.core.data.Rows.sample;
import static io.aieval.core.data.Rows.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class CsvStreamTest {
  private static final FieldMapping ABCD =
      new FieldMapping(null, "question", List.of("A", "B", "C", "D"), "answer");

  @TempDir Path dir;

  @Test
  void choiceColumnsBecomeChoicesAndOtherColumnsMetadata() throws Exception {
    Path file =
        write(
            dir.resolve("mmlu.csv"),
            """
            id,question,A,B,C,D,answer,subject
            m1,Largest planet?,Mars,Jupiter,Venus,Earth,B,astronomy
            m2,"Two, with a comma?",1,2,,,b,math
            """);

    List<DataRow> rows = readAll(DatasetSource.of(file).withMapping(ABCD));

    assertThat(sample(rows.get(0)))
        .isEqualTo(
            new Sample(
                "m1",
                "Largest planet?",
                List.of("Mars", "Jupiter", "Venus", "Earth"),
                "B",
                Map.of("subject", "astronomy")));
    assertThat(sample(rows.get(1)).choices()).containsExactly("1", "2");
    assertThat(sample(rows.get(1)).target()).isEqualTo("B");
    assertThat(sample(rows.get(1)).input()).isEqualTo("Two, with a comma?");
    assertThat(rows).extracting(DataRow::line).containsExactly(2L, 3L);
  }

  @Test
  void defaultMappingReadsAChoicesColumnHoldingAJsonArray() throws Exception {
    Path file =
        write(
            dir.resolve("arr.csv"),
            """
            input,choices,target
            Capital?,"[""Paris"",""Rome""]",Rome
            """);

    Sample sample = sample(readAll(file).get(0));

    assertThat(sample.choices()).containsExactly("Paris", "Rome");
    assertThat(sample.target()).isEqualTo("B");
    assertThat(sample.id()).isEqualTo("row-1");
  }

  @Test
  void embeddedNewlinesKeepTheLineNumbersOfLaterRowsRight() throws Exception {
    Path file =
        write(
            dir.resolve("multi.csv"),
            "input,target\r\n"
                + "\"first\r\nsecond\",1\r\n"
                + "plain,2\r\n"
                + "\r\n"
                + "\"a\n\nb\",3\n"
                + "short\n"
                + "end,4");

    List<DataRow> rows = readAll(file);

    assertThat(rows).extracting(DataRow::line).containsExactly(2L, 4L, 6L, 9L, 10L);
    assertThat(sample(rows.get(0)).input()).isEqualTo("first\r\nsecond");
    assertThat(sample(rows.get(2)).input()).isEqualTo("a\n\nb");
    assertThat(error(rows.get(3)).getMessage())
        .isEqualTo(file + ":9: expected 2 columns as in the header, found 1");
    assertThat(sample(rows.get(4)).target()).isEqualTo("4");
  }

  @Test
  void badRowsNameTheirStartLineAndField() throws Exception {
    Path file =
        write(
            dir.resolve("bad.csv"),
            """
            id,question,A,B,C,D,answer
            1,Q,a,b,c,d,E
            2,Q,a,b,c,d
            3,,a,b,c,d,A
            4,Q,a,b,c,d,A,extra
            """);

    List<DataRow> rows = readAll(DatasetSource.of(file).withMapping(ABCD));

    assertThat(rows)
        .extracting(row -> error(row).getMessage())
        .containsExactly(
            file
                + ":2:answer: \"E\" is not a choice letter (A-D), an index (0-3) or the text of a choice",
            file + ":3: expected 7 columns as in the header, found 6",
            file + ":4:question: empty",
            file + ":5: expected 7 columns as in the header, found 8");
  }

  @Test
  void bomCrlfAndChineseAreReadIntact() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("id,input,target\r\n题一,\"你好，世界\",问候\r\n".getBytes(StandardCharsets.UTF_8));
    Path file = write(dir.resolve("zh.csv"), bytes.toByteArray());

    Sample sample = sample(readAll(file).get(0));

    assertThat(sample).isEqualTo(new Sample("题一", "你好，世界", List.of(), "问候", Map.of()));
  }

  @Test
  void invalidUtf8InsideAMultiLineRecordMakesThatRecordBad() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("input,target\n\"line one\nline ".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xFF});
    bytes.writeBytes(" two\",1\nnext,2\n".getBytes(StandardCharsets.UTF_8));
    Path file = write(dir.resolve("latin.csv"), bytes.toByteArray());

    List<DataRow> rows = readAll(file);

    assertThat(error(rows.get(0)).getMessage())
        .isEqualTo(file + ":2: invalid UTF-8 at byte 6 of line 3");
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(sample(rows.get(1)).input()).isEqualTo("next");
  }

  @Test
  void syntaxTheParserCannotStepOverEndsTheStreamWithItsLine() throws Exception {
    Path file = write(dir.resolve("broken.csv"), "input,target\nok,1\nbad,\"x\"y\nnever,2\n");

    try (SampleStream stream = Datasets.open(DatasetSource.of(file))) {
      assertThat(sample(stream.next()).input()).isEqualTo("ok");
      assertThatThrownBy(stream::hasNext)
          .isInstanceOfSatisfying(
              DataFormatException.class,
              e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.problem()).startsWith("malformed CSV: ");
              });
      assertThat(stream.hasNext()).isFalse();
    }
  }

  @Test
  void headerProblemsFailTheWholeFile() throws Exception {
    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(write(dir.resolve("e.csv"), ""))))
        .isInstanceOf(DataFormatException.class)
        .hasMessageEndingWith("e.csv:1: no header row");
    Path duplicate = write(dir.resolve("d.csv"), "input,target,input\n");
    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(duplicate)))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(duplicate + ":1:input: this column name appears more than once in the header");
    Path blank = write(dir.resolve("b.csv"), "input,,target\n");
    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(blank)))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(blank + ":1: column 2 of the header has no name");
  }

  @Test
  void tsvSplitsOnTabsAndKeepsStrayQuotes() throws Exception {
    Path file =
        write(
            dir.resolve("glue.tsv"),
            "index\tsentence\tlabel\n0\tHe said \"hi and left\t1\n1\t\"quoted\" start\t0\n");
    FieldMapping mapping = new FieldMapping("index", "sentence", List.of(), "label");

    List<DataRow> rows = readAll(DatasetSource.of(file).withMapping(mapping));

    assertThat(sample(rows.get(0)))
        .isEqualTo(new Sample("0", "He said \"hi and left", List.of(), "1", Map.of()));
    assertThat(sample(rows.get(1)).input()).isEqualTo("\"quoted\" start");
  }
}
