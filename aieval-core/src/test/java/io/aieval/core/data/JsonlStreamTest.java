package io.aieval.core.data;

import static io.aieval.core.data.Rows.error;
import static io.aieval.core.data.Rows.readAll;
import static io.aieval.core.data.Rows.sample;
import static io.aieval.core.data.Rows.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class JsonlStreamTest {
  @TempDir Path dir;

  @Test
  void defaultMappingFallsBackToQuestionAndAnswerAndKeepsOtherFieldsAsMetadata() throws Exception {
    Path file =
        write(
            dir.resolve("qa.jsonl"),
            """
            {"id":"q1","input":"2+2?","target":4,"score":0.50,"tags":["a",1],"ok":true,"gone":null}
            {"question":"Capital of France?","answer":"Paris","input_note":"x"}
            """);

    List<DataRow> rows = readAll(file);

    assertThat(rows).extracting(DataRow::line).containsExactly(1L, 2L);
    assertThat(sample(rows.get(0)))
        .isEqualTo(
            new Sample(
                "q1",
                "2+2?",
                List.of(),
                "4",
                Map.of("score", "0.50", "tags", "[\"a\",1]", "ok", "true")));
    assertThat(sample(rows.get(1)))
        .isEqualTo(
            new Sample(
                "row-2", "Capital of France?", List.of(), "Paris", Map.of("input_note", "x")));
  }

  @Test
  void explicitMappingReadsOnlyTheNamedFields() throws Exception {
    Path file =
        write(
            dir.resolve("mc.jsonl"),
            """
            {"qid":7,"prompt":"Pick","opts":["x","y","z"],"gold":2,"input":"not the prompt"}
            """);
    FieldMapping mapping = new FieldMapping("qid", "prompt", List.of("opts"), "gold");

    Sample sample = sample(readAll(DatasetSource.of(file).withMapping(mapping)).get(0));

    assertThat(sample)
        .isEqualTo(
            new Sample(
                "7", "Pick", List.of("x", "y", "z"), "C", Map.of("input", "not the prompt")));
  }

  @Test
  void choicesCanComeFromSeveralFieldsAndTrailingEmptyOnesAreDropped() throws Exception {
    Path file =
        write(
            dir.resolve("cols.jsonl"),
            """
            {"input":"Q","a":"one","b":"two","c":"","target":"b"}
            """);
    FieldMapping mapping = new FieldMapping(null, null, List.of("a", "b", "c"), null);

    Sample sample = sample(readAll(DatasetSource.of(file).withMapping(mapping)).get(0));

    assertThat(sample.choices()).containsExactly("one", "two");
    assertThat(sample.target()).isEqualTo("B");
    assertThat(sample.metadata()).isEmpty();
  }

  @Test
  void blankLinesAreSkippedButKeepTheirLineNumbersAndDoNotShiftDefaultIds() throws Exception {
    Path file =
        write(
            dir.resolve("gaps.jsonl"),
            "\n{\"input\":\"a\",\"target\":\"1\"}\n   \n\n{\"input\":\"b\",\"target\":\"2\"}");

    List<DataRow> rows = readAll(file);

    assertThat(rows).extracting(DataRow::line).containsExactly(2L, 5L);
    assertThat(rows).extracting(row -> sample(row).id()).containsExactly("row-1", "row-2");
  }

  @Test
  void crlfLineEndingsAndALeadingBomAreInvisible() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text =
        "{\"id\":\"a\",\"input\":\"x\",\"target\":\"y\"}\r\n\r\n{\"input\":\"z\",\"target\":\"w\"}\r\n";
    Path file =
        write(dir.resolve("crlf.jsonl"), concat(bom, text.getBytes(StandardCharsets.UTF_8)));

    List<DataRow> rows = readAll(file);

    assertThat(rows).extracting(DataRow::line).containsExactly(1L, 3L);
    assertThat(sample(rows.get(0))).isEqualTo(new Sample("a", "x", List.of(), "y", Map.of()));
    assertThat(sample(rows.get(1)).target()).isEqualTo("w");
  }

  @Test
  void chineseTextSurvivesEndToEnd() throws Exception {
    String line =
        "{\"id\":\"题1\",\"input\":\"中国的首都是哪里？\",\"choices\":[\"北京\",\"上海\"],"
            + "\"target\":\"北京\",\"来源\":\"《地理》第一章\"}\n";
    Path file = write(dir.resolve("中文.jsonl"), line);

    Sample sample = sample(readAll(file).get(0));

    assertThat(sample)
        .isEqualTo(
            new Sample("题1", "中国的首都是哪里？", List.of("北京", "上海"), "A", Map.of("来源", "《地理》第一章")));
  }

  @Test
  void everyKindOfBadRowNamesFileLineAndFieldAndReadingGoesOn() throws Exception {
    Path file =
        write(
            dir.resolve("bad.jsonl"),
            """
            {"input":"fine","target":"ok"}
            {"input": "unterminated
            [1, 2]
            {"target":"t"}
            {"input":"q"}
            {"input":"   ","target":"t"}
            {"input":["a"],"target":"t"}
            {"input":"q","target":"t","input":"again"}
            {"id":"","input":"q","target":"t"}
            {"input":"q","target":{"a":1}}
            {"input":"last","target":"ok"}
            """);
    DatasetSource source = DatasetSource.of(file).withDisplayName("data/bad.jsonl");

    List<DataRow> rows = readAll(source);

    assertThat(rows).hasSize(11);
    assertThat(sample(rows.get(0)).input()).isEqualTo("fine");
    assertThat(error(rows.get(1)).getMessage()).startsWith("data/bad.jsonl:2: not valid JSON: ");
    assertThat(error(rows.get(2)).getMessage())
        .isEqualTo("data/bad.jsonl:3: not a JSON object: [1, 2]");
    assertThat(error(rows.get(3)).getMessage())
        .isEqualTo("data/bad.jsonl:4:input: missing (looked for input, question)");
    assertThat(error(rows.get(4)).getMessage())
        .isEqualTo("data/bad.jsonl:5:target: missing (looked for target, answer)");
    assertThat(error(rows.get(5)).getMessage()).isEqualTo("data/bad.jsonl:6:input: empty");
    assertThat(error(rows.get(6)).getMessage())
        .isEqualTo("data/bad.jsonl:7:input: expected text, found array");
    assertThat(error(rows.get(7)).getMessage())
        .startsWith("data/bad.jsonl:8: not valid JSON: Duplicate Object property \"input\"");
    assertThat(error(rows.get(8)).getMessage()).isEqualTo("data/bad.jsonl:9:id: empty");
    assertThat(error(rows.get(9)).getMessage())
        .isEqualTo("data/bad.jsonl:10:target: expected text, found object");
    assertThat(sample(rows.get(10)).id()).isEqualTo("row-11");
  }

  @Test
  void badRowCarriesFileLineFieldAndProblemSeparately() throws Exception {
    Path file = write(dir.resolve("one.jsonl"), "\n{\"input\":\"q\"}\n");

    DataFormatException error = error(readAll(file).get(0));

    assertThat(error.file()).isEqualTo(file.toString());
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.field()).isEqualTo("target");
    assertThat(error.problem()).isEqualTo("missing (looked for target, answer)");
  }

  @Test
  void explicitlyMappedFieldThatIsMissingIsNamed() throws Exception {
    Path file = write(dir.resolve("ids.jsonl"), "{\"input\":\"q\",\"target\":\"t\"}\n");
    FieldMapping mapping = new FieldMapping("uid", null, List.of(), null);

    DataFormatException error = error(readAll(DatasetSource.of(file).withMapping(mapping)).get(0));

    assertThat(error.field()).isEqualTo("uid");
    assertThat(error.problem()).isEqualTo("missing (looked for uid)");
  }

  @Test
  void invalidUtf8MakesOneBadRowAndTheNextLineIsReadIntact() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"input\":\"ok\",\"target\":\"1\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"input\":\"".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xE4, (byte) 0xB8});
    bytes.writeBytes("\",\"target\":\"1\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"input\":\"好\",\"target\":\"2\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = write(dir.resolve("latin.jsonl"), bytes.toByteArray());

    List<DataRow> rows = readAll(file);

    assertThat(error(rows.get(1)).getMessage())
        .isEqualTo(file + ":2: invalid UTF-8 at byte 11 of line 2");
    assertThat(sample(rows.get(2)).input()).isEqualTo("好");
  }

  @Test
  void problemsAreWrittenInChineseWhenTheLocaleIsChinese() throws Exception {
    Path file = write(dir.resolve("zh.jsonl"), "{\"target\":\"t\"}\n");
    Messages.setLocale(Locale.SIMPLIFIED_CHINESE);

    DataFormatException error = error(readAll(file).get(0));

    assertThat(error.problem()).isEqualTo("缺少该字段（查找过：input, question）");
  }

  @Test
  void closedStreamHasNoMoreRows() throws Exception {
    Path file = write(dir.resolve("c.jsonl"), "{\"input\":\"q\",\"target\":\"t\"}\n");
    SampleStream stream = Datasets.open(DatasetSource.of(file));

    stream.close();
    stream.close();

    assertThat(stream.hasNext()).isFalse();
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
