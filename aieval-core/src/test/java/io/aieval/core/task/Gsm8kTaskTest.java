package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.model.Prompt;
import io.aieval.core.run.Planner;
import io.aieval.core.spec.EvalSpec;
import io.aieval.core.spec.SpecException;
import io.aieval.core.step.StepPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in {@code gsm8k} task over made-up problems in OpenAI's layout ({@code
 * grade_school_math/data/{train,test}.jsonl} under the folder named): prompts as lm-eval's
 * gsm8k.yaml (version 3.0) renders them, few-shot examples drawn from train as its default sampler
 * draws them, and the worked answer as the reference.
 */
class Gsm8kTaskTest {
  private static final int TRAIN = 9;

  @TempDir static Path dir;

  private static String trainQuestion(int i) {
    return "Tom packs " + i + " boxes of 3 pens. How many pens does he pack?";
  }

  private static String trainAnswer(int i) {
    return "He packs "
        + i
        + " * 3 = <<"
        + i
        + "*3="
        + 3 * i
        + ">>"
        + 3 * i
        + " pens.\n#### "
        + 3 * i;
  }

  private static final String[] TEST_QUESTIONS = {
    "A shop sells 2 lamps at $600 each. How much does it take?",
    "Ria reads 12 pages a day for 5 days. How many pages does she read?",
    "A tank holds 40 liters and leaks 7. How many liters are left?"
  };
  private static final String[] TEST_ANSWERS = {
    "It takes 2 * 600 = <<2*600=1200>>1,200 dollars.\n#### 1,200",
    "She reads 12 * 5 = <<12*5=60>>60 pages.\n#### 60",
    "There are 40 - 7 = <<40-7=33>>33 liters left.\n#### 33"
  };

  private static String line(String question, String answer) {
    return "{\"question\": \""
        + question
        + "\", \"answer\": \""
        + answer.replace("\n", "\\n")
        + "\"}\n";
  }

  @BeforeAll
  static void data() {
    StringBuilder train = new StringBuilder();
    for (int i = 0; i < TRAIN; i++) {
      train.append(line(trainQuestion(i), trainAnswer(i)));
    }
    StringBuilder test = new StringBuilder();
    for (int i = 0; i < TEST_QUESTIONS.length; i++) {
      test.append(line(TEST_QUESTIONS[i], TEST_ANSWERS[i]));
    }
    PlannedTask.write(dir, "grade_school_math/data/train.jsonl", train.toString());
    PlannedTask.write(dir, "grade_school_math/data/test.jsonl", test.toString());
  }

  /** lm-eval's prompt: each example's question and full worked answer, then the question. */
  private static String prompt(int document, int... examples) {
    StringBuilder b = new StringBuilder();
    for (int i : examples) {
      b.append("Question: ")
          .append(trainQuestion(i))
          .append("\nAnswer: ")
          .append(trainAnswer(i))
          .append("\n\n");
    }
    return b.append("Question: ").append(TEST_QUESTIONS[document]).append("\nAnswer:").toString();
  }

  // python3 -c "import random; r = random.Random(1234); print([r.sample(range(9), 5) for _ in
  // range(3)])" -> [[7, 1, 0, 6, 4], [0, 1, 8, 2, 7], [0, 8, 6, 7, 2]]: exactly five per document,
  // as lm-eval draws when fewshot_split (train) is not test_split (test), in document order
  @Test
  void fiveExamplesPerDocumentAreLmEvalsDrawsFromTrainInDocumentOrder() {
    PlannedTask fiveShot = PlannedTask.of(dir, "gsm8k", 5);
    assertThat(fiveShot.prompt("2")).isEqualTo(prompt(2, 0, 8, 6, 7, 2));
    assertThat(fiveShot.prompt("0")).isEqualTo(prompt(0, 7, 1, 0, 6, 4));
    assertThat(fiveShot.prompt("1")).isEqualTo(prompt(1, 0, 1, 8, 2, 7));
    // no draw_extra: five come from train because it is not the evaluated split, as in lm-eval
    assertThat(Tasks.catalog(List.of()).get("gsm8k").fewshot())
        .isEqualTo(new TaskDefinition.Fewshot(5, "random", 1234, "train", null, null));
  }

  @Test
  void zeroShotIsTheQuestionAlone() {
    assertThat(PlannedTask.of(dir, "gsm8k", 0).prompt("0")).isEqualTo(prompt(0));
  }

  /**
   * Scored against the full worked answer, as lm-eval's doc_to_target gives it: exact_match removes
   * ",", "$", everything up to "#### " and a final "." from both sides, so the reference is the
   * final number (1,200 → 1200), whatever the layout's own target.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 lamps cost 1200.\\n#### 1200 | 1 | 1",
        "They take $1,200. | 0 | 1",
        "#### 1,200. | 1 | 1",
        "#### 1201 | 0 | 0",
      })
  void answersAreScoredAgainstTheWorkedAnswersFinalNumber(
      String completion, double strict, double flexible) {
    PlannedTask task = PlannedTask.of(dir, "gsm8k", 0);
    assertThat(task.score("0", completion.replace("\\n", "\n")).scores())
        .containsExactly(
            Map.entry("exact_match,strict-match", strict),
            Map.entry("exact_match,flexible-extract", flexible));
  }

  private static EvalSpec singleFile(String options) {
    return Planner.loader(k -> null)
        .parse(
            "model: {provider: sim, api: completions}\nsteps:\n  - {type: task, task: gsm8k"
                + options
                + ", dataset: {path: data/grade_school_math/data/test.jsonl}}\n",
            false,
            "t",
            dir);
  }

  @Test
  void aSingleFileRunsZeroShotAndIsRefusedWithExamplesItCannotHold() {
    assertThatThrownBy(() -> singleFile(""))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("steps[0].dataset.path")
        .hasMessageContaining(
            "gsm8k draws its 5 few-shot examples from split \"train\", but path"
                + " data/grade_school_math/data/test.jsonl is a single file")
        .hasMessageContaining("num_fewshot: 0");
    StepPlan plan = Planner.plan(singleFile(", num_fewshot: 0")).get(0);
    List<String> prompts = new ArrayList<>();
    BuiltInTaskPlans.samples(plan)
        .forEach(s -> prompts.add(((Prompt.Text) plan.task().calls(s).prompt()).text()));
    assertThat(prompts).containsExactly(prompt(0), prompt(1), prompt(2));
  }
}
