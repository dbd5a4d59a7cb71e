package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.run.SampleOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in {@code drop} task on made-up records in AI2's layout, with number, date, multi-span
 * and blank answers. Prompts are lm-eval's drop/default.yaml rendered by hand; scores are worked
 * out by hand from lm-eval's drop/utils.py and checked with it retyped in Python 3.
 */
class DropTaskTest {
  private static final String DEV =
      """
      {"made_up_a": {
        "passage": "The Hawks kicked a 31-yard field goal and a 12-yard field goal. Sam Green \
      caught two passes on 3 October 2009.",
        "wiki_url": "https://example.org/hawks",
        "qa_pairs": [
          {"question": "How many field goals were kicked?", "query_id": "d1",
           "answer": {"number": "2", "date": {"day": "", "month": "", "year": ""}, "spans": []},
           "validated_answers": [
             {"number": "2", "date": {"day": "", "month": "", "year": ""}, "spans": []},
             {"number": "", "date": {"day": "", "month": "", "year": ""}, "spans": ["two"]}]},
          {"question": "When did Sam Green catch passes?", "query_id": "d2",
           "answer": {"number": "", "date": {"day": "3", "month": "October", "year": "2009"},
                      "spans": []},
           "validated_answers": []},
          {"question": "Which field goals were kicked?", "query_id": "d3",
           "answer": {"number": "", "date": {"day": "", "month": "", "year": ""},
                      "spans": ["31-yard", "12-yard"]},
           "validated_answers": [
             {"number": "", "date": {"day": "", "month": "", "year": ""},
              "spans": ["31", "12"]}]},
          {"question": "How many passes were dropped?", "query_id": "d4",
           "answer": {"number": "", "date": {"day": "", "month": "", "year": ""}, "spans": []},
           "validated_answers": [
             {"number": "5", "date": {"day": "", "month": "", "year": ""}, "spans": []}]}
        ]}}
      """;
  private static final String TRAIN =
      """
      {"made_up_s": {"passage": "Cy sat.", "qa_pairs": [
        {"question": "Who sat?", "query_id": "t0",
         "answer": {"number": "", "date": {"day": "", "month": "", "year": ""},
                    "spans": ["Cy"]}}]},
       "made_up_t": {"passage": "Ann and Bo ran.", "qa_pairs": [
        {"question": "Who ran?", "query_id": "t1",
         "answer": {"number": "", "date": {"day": "", "month": "", "year": ""},
                    "spans": ["Ann", "Bo"]}}]}}
      """; // lm-eval draws two of these two (one more than one shot): Random(1234) gives [1, 0]

  @TempDir static Path dir;

  private static PlannedTask zeroShot;

  @BeforeAll
  static void data() {
    PlannedTask.write(dir, "drop_dataset/drop_dataset_dev.json", DEV);
    PlannedTask.write(dir, "drop_dataset/drop_dataset_train.json", TRAIN);
    zeroShot = PlannedTask.of(dir, "drop", 0);
  }

  @Test
  void promptsArePassageSpaceQuestionAndExamplesShowTheFirstAnswerWithNoDelimiter() {
    String passage =
        "The Hawks kicked a 31-yard field goal and a 12-yard field goal. Sam Green caught two"
            + " passes on 3 October 2009.";
    assertThat(zeroShot.prompt("d1")).isEqualTo(passage + " How many field goals were kicked?");
    // the example's answer, its spans joined by commas, right after its question; d1 is the
    // first document, so it gets Random(1234)'s first draw [1, 0], d2 the second, [0, 1]
    PlannedTask oneShot = PlannedTask.of(dir, "drop", 1);
    assertThat(oneShot.prompt("d1"))
        .isEqualTo(
            "Ann and Bo ran. Who ran?Ann,Bo\n\n" + passage + " How many field goals were kicked?");
    assertThat(oneShot.prompt("d2"))
        .isEqualTo("Cy sat. Who sat?Cy\n\n" + passage + " When did Sam Green catch passes?");
    assertThat(zeroShot.plan().metrics()).containsExactly("em,none", "f1,none");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // golds ("2"), ("two"): the number matches either way it is written
        "d1 | 2 | 1 | 1",
        "d1 | Two. | 1 | 1",
        // bag {2.0, field, goals} vs {2.0}: P 1/3, R 1, F1 0.5; vs {two}: 0
        "d1 | ' 2 field goals' | 0 | 0.5",
        // the same bag as "3 October 2009" in another order: F1 1, spans differ
        "d2 | October 3, 2009 | 0 | 1",
        // {in, 2009.0} vs {3.0, october, 2009.0}: the number is shared, P 1/2, R 1/3, F1 0.4
        "d2 | in 2009 | 0 | 0.4",
        // golds (31-yard, 12-yard), (31, 12); one predicted span {31.0, yard, and, 12.0}: vs
        // {31.0, yard} F1 2/3, only one gold span matched, 2/3 / 2 = 0.33; vs {31.0}, {12.0}
        // F1 0.4 / 2 = 0.2
        "d3 | 31-yard and 12-yard | 0 | 0.33",
        // {31.0} vs the second gold: one span fully matched, (1 + 0) / 2 = 0.5; the first 0.33
        "d3 | 31 | 0 | 0.5",
        // the blank first gold answer is skipped; "5" is the other
        "d4 | 5 | 1 | 1",
        "d4 | '' | 0 | 0",
      })
  void scoresAreTheBestOfGetMetricsOverTheGoldAnswers(
      String id, String completion, double em, double f1) {
    SampleOutcome.Scored s = zeroShot.score(id, completion);
    assertThat(s.scores()).containsExactly(Map.entry("em,none", em), Map.entry("f1,none", f1));
    assertThat(s.value()).isEqualTo(em);
  }
}
