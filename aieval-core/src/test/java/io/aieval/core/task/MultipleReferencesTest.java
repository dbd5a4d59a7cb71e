package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.score.PredictionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generation task whose {@code doc_to_target} gives a list: every metric is scored against all
 * the references, few-shot examples show the first, corpus metrics read them all.
 */
class MultipleReferencesTest {
  private static final String ALIASES =
      "task: t\n"
          + "doc_to_text: \"Q: {{question}}\\nA:\"\n"
          + "doc_to_target: \"{{aliases}}\"\n"
          + "metric_list:\n"
          + "  - metric: exact_match\n"
          + "    ignore_case: true\n"
          + "  - metric: rougeL\n"
          + "  - metric: bleu\n";

  private static Sample doc(String id, String question, String answer, String field, String json) {
    return new Sample(id, question, List.of(), answer, Map.of(field, json));
  }

  private static final Sample PARIS =
      doc("p", "capital of France?", "Paris", "aliases", "[\"Paris\", \"City of Light\"]");
  private static final Sample ROME =
      doc("r", "capital of Italy?", "Rome", "aliases", "[\"Rome\", \"Eternal City\"]");

  private static GenerateUntilTask task(String yaml, List<Sample> examples) {
    TaskDefinition def = Tasks.parse(yaml, "t.yaml", null);
    TaskPrompt prompt =
        new TaskPrompt(
            def,
            new Templates(Map.of()),
            new FewshotSampler(
                examples,
                new TaskDefinition.Fewshot(examples.size(), "first_n", 1, null, null, null),
                false,
                Map.of()));
    return new GenerateUntilTask(
        def, prompt, new GenerationParams(0.0, null, null, List.of(), null), false);
  }

  private static String context(GenerateUntilTask task, Sample doc) {
    return ((Prompt.Text) task.calls(doc).prompt()).text();
  }

  @Test
  void everyMetricTakesTheBestReferenceAndCorpusMetricsReadThemAll() {
    GenerateUntilTask task = task(ALIASES, List.of());
    SampleOutcome.Scored hit = task.score(PARIS, "the city of light");
    // exact_match: 1 when any reference matches; here none does ("the city of light")
    assertThat(hit.scores().get("exact_match,none")).isEqualTo(0.0);
    // rougeL: [the, city, of, light] against [city, of, light]: LCS 3, P 3/4, R 1, F 6/7;
    // against [paris]: 0. The best is 6/7.
    assertThat(hit.scores().get("rougeL,none")).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(hit.corpus().get("bleu,none"))
        .isEqualTo(new CorpusInput("the city of light", List.of("Paris", "City of Light")));
    assertThat(task.score(PARIS, "City of light").scores().get("exact_match,none")).isEqualTo(1.0);
    assertThat(task.score(PARIS, "PARIS").scores().get("exact_match,none")).isEqualTo(1.0);
    assertThat(task.score(PARIS, "Lyon").scores().get("exact_match,none")).isEqualTo(0.0);
  }

  @Test
  void anExampleShowsItsFirstReference() {
    assertThat(context(task(ALIASES, List.of(ROME)), PARIS))
        .isEqualTo("Q: capital of Italy?\nA: Rome\n\nQ: capital of France?\nA:");
  }

  @Test
  void aFunctionMayGiveTheReferences() {
    String yaml =
        "task: t\ndoc_to_text: \"{{question}}\"\ndoc_to_target: !function synonyms\n"
            + "metric_list:\n  - metric: exact_match\n";
    Sample cat = new Sample("c", "pet that purrs?", List.of(), "cat", Map.of());
    Sample dog = new Sample("d", "pet that barks?", List.of(), "dog", Map.of());
    GenerateUntilTask task = task(yaml, List.of(dog));
    assertThat(task.score(cat, "cats").value()).isEqualTo(1.0);
    assertThat(task.score(cat, "cat").value()).isEqualTo(1.0);
    assertThat(task.score(cat, "kitten").value()).isEqualTo(0.0);
    assertThat(context(task, cat)).isEqualTo("pet that barks? dog\n\npet that purrs?");
  }

  @Test
  void aReferenceThatIsAListIsOneAnswerOfSeveralSpans() {
    String yaml =
        "task: t\ndoc_to_text: \"{{question}}\"\ndoc_to_target: \"{{spans}}\"\n"
            + "metric_list:\n  - metric: drop_em\n  - metric: drop_f1\n";
    Sample who = doc("w", "who ran?", "", "spans", "[[\"Ann\", \"Bo\"], [\"Cy\"]]");
    Sample example = doc("e", "who sang?", "", "spans", "[[\"Di\", \"Ed\"]]");
    GenerateUntilTask task = task(yaml, List.of(example));
    // the second answer, one span, matches; the first has two spans, so one span cannot
    assertThat(task.score(who, "Cy").scores())
        .containsExactly(Map.entry("drop_em,none", 1.0), Map.entry("drop_f1,none", 1.0));
    // "Ann" against (Ann, Bo): one of two gold spans matched, F1 (1 + 0) / 2 = 0.5
    assertThat(task.score(who, "Ann").scores())
        .containsExactly(Map.entry("drop_em,none", 0.0), Map.entry("drop_f1,none", 0.5));
    // an example shows its first answer's spans joined by commas
    assertThat(context(task, who)).isEqualTo("who sang? Di,Ed\n\nwho ran?");
  }

  @Test
  void anEmptyListShowsNothingAndLeavesMetricsThatNeedAReferenceUnscored() {
    String yaml =
        "task: t\ndoc_to_text: \"{{question}}\"\ndoc_to_target: \"{{aliases}}\"\n"
            + "metric_list:\n  - metric: exact_match\n";
    Sample none = doc("n", "capital of Atlantis?", "", "aliases", "[]");
    assertThat(context(task(yaml, List.of(none)), PARIS))
        .isEqualTo("capital of Atlantis? \n\ncapital of France?");
    assertThatThrownBy(() -> task(yaml, List.of()).score(none, "none"))
        .isInstanceOf(PredictionException.class);
  }
}
