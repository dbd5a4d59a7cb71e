package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.FieldMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer key is read by the data set readers; these check the key built from their rows. */
class AnswerKeyLoaderTest {
  @TempDir Path dir;

  private static String answerTo(AnswerKey key, String question) {
    return key.find(question).orElseThrow().answer();
  }

  @Test
  void targetsBecomeLettersWhetherGivenAsLetterIndexOrChoiceText() {
    Path path =
        SimCalls.write(
            dir.resolve("key.jsonl"),
            List.of(
                "{\"question\": \"q1\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": \"c\"}",
                "{\"question\": \"q2\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": 1}",
                "{\"question\": \"q3\", \"choices\": [\"x\", \"y\", \"z\"], \"answer\": \"z\"}",
                "{\"question\": \"q4\", \"answer\": \"free text\"}"));
    AnswerKey key = AnswerKeyLoader.load(DatasetSource.of(path));
    assertThat(answerTo(key, "q1")).isEqualTo("C");
    assertThat(answerTo(key, "q2")).isEqualTo("B");
    assertThat(answerTo(key, "q3")).isEqualTo("C");
    assertThat(key.find("q4").orElseThrow().isMultipleChoice()).isFalse();
    assertThat(answerTo(key, "q4")).isEqualTo("free text");
  }

  @Test
  void csvWithLetterColumnsAndACustomMappingIsRead() {
    Path path =
        SimCalls.write(
            dir.resolve("key.csv"), List.of("ask,A,B,C,D,key", "北京是哪国的首都？,日本,中国,韩国,越南,B"));
    FieldMapping mapping =
        FieldMapping.fromMap(
            Map.of("input", "ask", "choices", List.of("A", "B", "C", "D"), "target", "key"));
    AnswerKey key = AnswerKeyLoader.load(DatasetSource.of(path).withMapping(mapping));
    assertThat(answerTo(key, "北京是哪国的首都？")).isEqualTo("B");
    assertThat(key.find("北京是哪国的首都？").orElseThrow().choiceText('B')).isEqualTo("中国");
  }

  @Test
  void badRowsAreLeftOutOfTheKeyAndTheRestIsKept() {
    Path path =
        SimCalls.write(
            dir.resolve("key.jsonl"),
            List.of(
                "{\"question\": \"q1\", \"choices\": [\"x\", \"y\"], \"answer\": \"A\"}",
                "{\"question\": \"q2\", \"choices\": [\"x\", \"y\"], \"answer\": \"Q\"}",
                "not json",
                "{\"question\": \"q4\", \"choices\": [\"x\", \"y\"], \"answer\": 1}"));
    AnswerKey key = AnswerKeyLoader.load(DatasetSource.of(path));
    assertThat(answerTo(key, "q1")).isEqualTo("A");
    assertThat(key.find("q2")).isEmpty();
    assertThat(answerTo(key, "q4")).isEqualTo("B");
  }

  @Test
  void noSourceMeansTheEmptyKey() {
    assertThat(AnswerKeyLoader.load(null)).isSameAs(AnswerKey.EMPTY);
  }
}
