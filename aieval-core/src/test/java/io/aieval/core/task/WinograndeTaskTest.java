package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.Sample;
import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.i18n.Messages;
import io.aieval.core.step.SampleTask;
import io.aieval.core.step.StepPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in {@code winogrande} on made-up records in AI2's layout: lm-evaluation-harness's
 * multiple-input requests, derived by hand from its preprocess_winogrande.py (doc_to_choice: the
 * sentence up to the blank + each option; doc_to_target: the rest after the blank, stripped;
 * doc_to_text: the answer's index) and its samplers.py (an example is {@code
 * doc_to_choice[doc_to_text] + " " + doc_to_target + "\n\n"}); the context of a multiple-input
 * document is the examples only (task.py's fewshot_context).
 */
class WinograndeTaskTest {
  private static final String EXAMPLE = "Anna thanked Bea because Bea had helped her.\n\n";
  private static final String CUP = "The cup fell off the table because the cup";
  private static final String TABLE = "The cup fell off the table because the table";

  @TempDir Path dir;

  @BeforeEach
  void data() throws Exception {
    Messages.setLocale(Locale.ENGLISH);
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(
        data.resolve("dev.jsonl"),
        "{\"qID\": \"d1\", \"sentence\": \"The cup fell off the table because _ was wobbly.\","
            + " \"option1\": \"the cup\", \"option2\": \"the table\", \"answer\": \"2\"}\n");
    Files.writeString(
        data.resolve("train_xl.jsonl"),
        // lm-eval draws both rows (one more than one shot); Random(1234).sample gives [1, 0]
        "{\"qID\": \"t0\", \"sentence\": \"Cal hugged Dee because _ was sad.\","
            + " \"option1\": \"Cal\", \"option2\": \"Dee\", \"answer\": \"2\"}\n"
            + "{\"qID\": \"t1\", \"sentence\": \"Anna thanked Bea because _ had helped her.\","
            + " \"option1\": \"Anna\", \"option2\": \"Bea\", \"answer\": \"2\"}\n");
  }

  @AfterEach
  void reset() {
    Messages.setLocale(Locale.getDefault());
  }

  private static List<String> texts(SampleTask.Calls calls) {
    return calls.requests().stream().map(r -> ((Prompt.Text) r.prompt()).text()).toList();
  }

  @Test
  void eachChoiceIsAContextAndTheRestOfTheSentenceTheContinuation() {
    StepPlan zero = BuiltInTaskPlans.plan(dir, "winogrande", 0, "completions");
    assertThat(zero.scorerName()).isEqualTo("loglikelihood");
    Sample doc = BuiltInTaskPlans.samples(zero).get(0);
    assertThat(doc.id()).isEqualTo("d1");
    SampleTask.Calls calls = zero.task().calls(doc);
    // lm-eval's requests (ctx + choice, " " + target): the prompt sent is their concatenation
    assertThat(texts(calls)).containsExactly(CUP + " was wobbly.", TABLE + " was wobbly.");
    assertThat(calls.prompt()).isEqualTo(new Prompt.Text(""));

    SampleTask.Calls oneShot =
        BuiltInTaskPlans.plan(dir, "winogrande", 1, "completions").task().calls(doc);
    assertThat(texts(oneShot))
        .containsExactly(EXAMPLE + CUP + " was wobbly.", EXAMPLE + TABLE + " was wobbly.");
    assertThat(oneShot.prompt()).isEqualTo(new Prompt.Text(EXAMPLE));
  }

  @Test
  void theGoldIsTheAnswersIndexAndAccNormDividesByTheChoicesLength() {
    StepPlan plan = BuiltInTaskPlans.plan(dir, "winogrande", 1, "completions");
    Sample doc = BuiltInTaskPlans.samples(plan).get(0);
    // answer "2": gold index 1. acc: argmax(-4.2, -4.3) = 0; acc_norm divides by len(choice),
    // 42 and 44 characters: -0.1 < -0.0977…, so 1 (numpy on the same values agrees)
    SampleOutcome.Scored scored =
        plan.task()
            .score(
                doc,
                "{\"choice\":\"A\",\"loglikelihoods\":[-4.2,-4.3],\"is_greedy\":[false,false]}");
    assertThat(scored.extracted()).isEqualTo("A");
    assertThat(scored.scores()).containsEntry("acc", 0.0).containsEntry("acc_norm", 1.0);
    SampleOutcome.Scored tie =
        plan.task()
            .score(
                doc,
                "{\"choice\":\"A\",\"loglikelihoods\":[-3.0,-3.0],\"is_greedy\":[false,false]}");
    assertThat(tie.extracted()).as("a tie goes to the lowest index").isEqualTo("A");
    assertThat(tie.value()).isZero();
  }

  @Test
  void chatEndpointsChooseTheLetterOfTheFilledInSentence() {
    StepPlan plan = BuiltInTaskPlans.plan(dir, "winogrande", 1, "chat");
    assertThat(plan.scorerName()).isEqualTo("choice_letter");
    assertThat(plan.metrics()).containsExactly("acc");
    Sample doc = BuiltInTaskPlans.samples(plan).get(0);
    Prompt prompt = plan.task().calls(doc).prompt();
    assertThat(prompt)
        .isEqualTo(
            new Prompt.Chat(
                List.of(
                    ChatMessage.user(
                        EXAMPLE
                            + "A. "
                            + CUP
                            + " was wobbly.\nB. "
                            + TABLE
                            + " was wobbly.\n\nAnswer with the letter of the correct option."))));
    assertThat(plan.task().score(doc, "B").value()).isEqualTo(1.0);
    assertThat(plan.task().score(doc, "A").value()).isZero();
    assertThat(plan.provenance()).containsEntry("method", "choice_letter");
  }

  @Test
  void aTemplateIndexIsTextNotAMultipleInput() {
    // only a function's integer makes a task multiple-input; a template's digits stay text
    TaskDefinition def =
        Tasks.parse(
            "task: f\noutput_type: multiple_choice\ndoc_to_text: \"{{label}}\"\n"
                + "doc_to_choice: [\"x\", \"y\"]\ndoc_to_target: \"1\"\n",
            "f.yaml",
            null);
    TaskPrompt p = new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none());
    Sample s = new Sample("1", "q", List.of(), "", Map.of("label", "1"));
    assertThat(p.inputIndex(s)).isNull();
    assertThat(p.context(s)).isEqualTo("1");
  }
}
