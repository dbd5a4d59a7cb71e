package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in {@code stsb} task on made-up rows in the GLUE STS-B layout: its prompt, the number
 * its regex takes from an answer, and an answer without a number left out of the correlations with
 * a reason rather than counted.
 */
class StsbTaskTest {
  private static final String HEADER =
      "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n";

  @TempDir static Path dir;

  private static PlannedTask task;

  @BeforeAll
  static void data() {
    PlannedTask.write(
        dir,
        "STS-B/dev.tsv",
        HEADER
            + "0\tmain-captions\tMSRvid\t2012test\t0001\tnone\tnone\tA man plays a flute.\t"
            + "A man is playing a flute.\t4.800\n");
    task = PlannedTask.of(dir, "stsb", 0);
  }

  @Test
  void thePromptAsksForAScoreFromZeroToFive() {
    assertThat(task.prompt("0"))
        .isEqualTo(
            "Sentence 1: A man plays a flute.\nSentence 2: A man is playing a flute.\n"
                + "Question: On a scale from 0 (the two sentences mean completely different"
                + " things) to 5 (they mean exactly the same thing), how similar in meaning are"
                + " they? Answer with one number.\nAnswer:");
    assertThat(task.plan().metrics())
        .containsExactly("pearson,first-number", "spearman,first-number");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "' 4.5' | 4.5",
        "I would say 3/5. | 3",
        "'.5, since they differ' | .5",
        "The score is 4.80 out of 5 | 4.80",
      })
  void theFirstNumberIsCorrelatedWithTheGoldScore(String completion, String number) {
    SampleOutcome.Scored s = task.score("0", completion);
    CorpusInput input = new CorpusInput(number, List.of("4.800"));
    assertThat(s.corpus())
        .containsExactly(
            Map.entry("pearson,first-number", input), Map.entry("spearman,first-number", input));
    assertThat(s.extracted()).isEqualTo(number);
    assertThat(s.reason()).isNull();
    // a correlation of one pair says nothing: no per-sample score
    assertThat(s.scores()).isEmpty();
  }

  @Test
  void anAnswerWithoutANumberIsLeftOutOfTheCorrelationsWithAReason() {
    SampleOutcome.Scored s = task.score("0", "They are about the same.");
    assertThat(s.corpus()).isEmpty();
    assertThat(s.scores()).isEmpty();
    assertThat(s.extracted()).isEqualTo("[invalid]");
    String why = Messages.get("score.input.notNumeric", "[invalid]");
    assertThat(s.reason())
        .isEqualTo(
            Messages.get("task.corpusLeftOut", "pearson,first-number", why)
                + "; "
                + Messages.get("task.corpusLeftOut", "spearman,first-number", why));
  }
}
