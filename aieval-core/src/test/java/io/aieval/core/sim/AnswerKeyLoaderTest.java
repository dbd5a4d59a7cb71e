package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.DataFormatException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerKeyLoaderTest {
  @TempDir Path dir;

  private AnswerKey load(String file, String... lines) {
    Path path = SimCalls.write(dir.resolve(file), List.of(lines));
    return AnswerKeyLoader.load(SimConfig.Answers.none().withPath(path));
  }

  private static String answerTo(AnswerKey key, String question) {
    return key.find(question).orElseThrow().answer();
  }

  @Test
  void jsonlAnswersMayBeALetterAnIndexOrTheChoiceText() {
    AnswerKey key =
        load(
            "key.jsonl",
            "{\"question\": \"q1\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": \"c\"}",
            "",
            "{\"question\": \"q2\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": 1}",
            "{\"question\": \"q3\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": \"z\"}",
            "{\"question\": \"q4\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": \"(A)\"}",
            "{\"question\": \"q5\", \"answer\": \"free text\"}");

    assertThat(answerTo(key, "q1")).isEqualTo("C");
    assertThat(answerTo(key, "q2")).isEqualTo("B");
    assertThat(answerTo(key, "q3")).isEqualTo("C");
    assertThat(answerTo(key, "q4")).isEqualTo("A");
    assertThat(key.find("q5").orElseThrow().isMultipleChoice()).isFalse();
    assertThat(answerTo(key, "q5")).isEqualTo("free text");
  }

  @Test
  void aChoiceThatReadsLikeAnIndexWinsOverTheIndex() {
    AnswerKey key =
        load(
            "key.jsonl",
            "{\"question\": \"q\", \"choices\": [\"1\", \"2\", \"3\"], \"answer\": \"2\"}");

    assertThat(answerTo(key, "q")).isEqualTo("B");
  }

  @Test
  void csvReadsChoicesAsAJsonArrayOrFromLetterColumns() {
    AnswerKey withArray =
        load(
            "key.csv",
            "question,choices,answer",
            "\"Pick one, please\",\"[\"\"x\"\", \"\"y\"\"]\",y");
    AnswerKey withColumns =
        load("ceval.csv", "\uFEFFid,question,A,B,C,D,answer", "1,哪个是偶数？,1,3,4,5,C");

    assertThat(answerTo(withArray, "Pick one, please")).isEqualTo("B");
    assertThat(withColumns.find("哪个是偶数？").orElseThrow().choices())
        .containsExactly("1", "3", "4", "5");
    assertThat(answerTo(withColumns, "哪个是偶数？")).isEqualTo("C");
  }

  @Test
  void customFieldNamesAreRead() {
    Path path =
        SimCalls.write(
            dir.resolve("k.jsonl"),
            List.of("{\"q\": \"hi\", \"a\": 0, \"opts\": [\"yes\", \"no\"]}"));
    AnswerKey key = AnswerKeyLoader.load(new SimConfig.Answers(path, "q", "a", "opts"));

    assertThat(answerTo(key, "hi")).isEqualTo("A");
  }

  @Test
  void anUnusableAnswerNamesFileLineAndField() {
    assertThatThrownBy(
            () ->
                load(
                    "bad.jsonl",
                    "{\"question\": \"ok\", \"answer\": \"fine\"}",
                    "{\"question\": \"q\", \"choices\": [\"x\", \"y\"], \"answer\": \"E\"}"))
        .isInstanceOfSatisfying(
            DataFormatException.class,
            e -> {
              assertThat(e.file()).endsWith("bad.jsonl");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.field()).isEqualTo("answer");
            });
  }

  @Test
  void aMissingQuestionOrColumnOrBadJsonIsReported() {
    assertThatThrownBy(() -> load("a.jsonl", "{\"answer\": \"x\"}"))
        .isInstanceOfSatisfying(
            DataFormatException.class, e -> assertThat(e.field()).isEqualTo("question"));
    assertThatThrownBy(() -> load("b.csv", "prompt,answer", "x,y"))
        .isInstanceOfSatisfying(
            DataFormatException.class, e -> assertThat(e.field()).isEqualTo("question"));
    assertThatThrownBy(() -> load("c.jsonl", "{not json"))
        .isInstanceOfSatisfying(DataFormatException.class, e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void csvErrorsPointAtTheLineTheRecordStartsOn() {
    assertThatThrownBy(() -> load("d.csv", "question,answer", "\"two\nlines\",x", "bad,"))
        .isInstanceOfSatisfying(DataFormatException.class, e -> assertThat(e.line()).isEqualTo(4));
  }

  @Test
  void unsupportedExtensionOrMissingFileIsRejected() {
    assertThatThrownBy(() -> load("key.txt", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                AnswerKeyLoader.load(SimConfig.Answers.none().withPath(dir.resolve("none.jsonl"))))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("none.jsonl");
  }
}
