package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.run.SampleOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in {@code squadv2} task on made-up records in the SQuAD 2.0 layout, one question
 * impossible. Prompts are lm-eval's SQuAD2 {@code doc_to_text} (and {@code doc_to_target} for an
 * example) rendered by hand; scores are worked out by hand from the official script's {@code
 * normalize_answer}, {@code compute_exact} and {@code compute_f1} (best over the answers that do
 * not normalise to nothing, else [""]), and checked with it retyped in Python 3.
 */
class SquadV2TaskTest {
  private static final String DEV =
      """
      {"version": "v2.0", "data": [
        {"title": "Made_Up_Lake", "paragraphs": [
          {"context": "Lake Vell is 4 km wide. In the winter it freezes.",
           "qas": [
             {"question": "How wide is Lake Vell?", "id": "s1", "is_impossible": false,
              "answers": [{"text": "4 km", "answer_start": 13},
                          {"text": "4 km wide", "answer_start": 13}]},
             {"question": "Who named the lake in 1800?", "id": "s2", "is_impossible": true,
              "answers": [], "plausible_answers": [{"text": "Vell", "answer_start": 5}]},
             {"question": "When does it freeze?", "id": "s3", "is_impossible": false,
              "answers": [{"text": "In the winter", "answer_start": 24},
                          {"text": "winter", "answer_start": 31}]},
             {"question": "What is on the lake?", "id": "s4", "is_impossible": false,
              "answers": [{"text": "A", "answer_start": 0}, {"text": "ice", "answer_start": 0}]}
           ]}]}]}
      """;
  private static final String TRAIN =
      """
      {"version": "v2.0", "data": [{"title": "Made_Up_Hill", "paragraphs": [
        {"context": "The hill is 80 m high.", "qas": [
          {"question": "Who built the hill?", "id": "t1", "is_impossible": true, "answers": [],
           "plausible_answers": [{"text": "hill", "answer_start": 4}]}]}]}]}
      """;

  @TempDir static Path dir;

  private static PlannedTask zeroShot;

  @BeforeAll
  static void data() {
    PlannedTask.write(dir, "dev-v2.0.json", DEV);
    PlannedTask.write(dir, "train-v2.0.json", TRAIN);
    zeroShot = PlannedTask.of(dir, "squadv2", 0);
  }

  @Test
  void promptsAreLmEvalsAndAnExampleWithoutAnswerShowsUnanswerable() {
    String doc =
        "Title: Made_Up_Lake\n\nBackground: Lake Vell is 4 km wide. In the winter it freezes."
            + "\n\nQuestion: How wide is Lake Vell?\n\nAnswer:";
    assertThat(zeroShot.prompt("s1")).isEqualTo(doc);
    assertThat(PlannedTask.of(dir, "squadv2", 1).prompt("s1"))
        .isEqualTo(
            "Title: Made_Up_Hill\n\nBackground: The hill is 80 m high.\n\n"
                + "Question: Who built the hill?\n\nAnswer: unanswerable\n\n"
                + doc);
    assertThat(zeroShot.plan().metrics())
        .containsExactly(
            "exact,none",
            "f1,none",
            "HasAns_exact,none",
            "HasAns_f1,none",
            "NoAns_exact,none",
            "NoAns_f1,none");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s1 | ' 4 km' | 1 | 1",
        // "about 4 km": vs "4 km" 2 shared of 3 predicted, F1 2 · 2/3 · 1 / (5/3) = 0.8
        "s1 | About 4 km. | 0 | 0.8",
        // "lake is 4 km wide": vs "4 km wide" P 3/5, R 1, F1 0.75; vs "4 km" 4/7
        "s1 | The lake is 4 km wide | 0 | 0.75",
        // a multiset: "winter winter" shares one "winter" with "winter", P 1/2, R 1, F1 2/3
        "s3 | winter winter | 0 | 0.6666666666666666",
        // "A" normalises to nothing, so only "ice" is a gold answer
        "s4 | a | 0 | 0",
        "s4 | The ice. | 1 | 1",
      })
  void answeredQuestionsScoreTheBestGoldAnswer(
      String id, String completion, double exact, double f1) {
    SampleOutcome.Scored s = zeroShot.score(id, completion);
    assertThat(s.scores().keySet())
        .containsExactly("exact,none", "f1,none", "HasAns_exact,none", "HasAns_f1,none");
    assertThat(s.scores().get("exact,none")).isEqualTo(exact);
    assertThat(s.scores().get("HasAns_exact,none")).isEqualTo(exact);
    assertThat(s.scores().get("f1,none")).isCloseTo(f1, within(1e-15));
    assertThat(s.scores().get("HasAns_f1,none")).isCloseTo(f1, within(1e-15));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the gold is the empty answer: only an answer normalising to nothing matches
        "'' | 1",
        "' The.' | 1",
        "unanswerable | 0",
        "Vell | 0",
      })
  void aQuestionWithoutAnswersIsScoredAgainstTheEmptyAnswer(String completion, double score) {
    SampleOutcome.Scored s = zeroShot.score("s2", completion);
    assertThat(s.scores())
        .containsExactly(
            Map.entry("exact,none", score),
            Map.entry("f1,none", score),
            Map.entry("NoAns_exact,none", score),
            Map.entry("NoAns_f1,none", score));
  }
}
