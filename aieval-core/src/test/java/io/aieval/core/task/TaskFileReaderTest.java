package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.spec.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskFileReaderTest {
  @Test
  void unknownKeysAreReportedAtTheirFileAndLineWithTheClosestKnownKey() {
    String yaml =
        "task: t\n"
            + "doc_to_txt: \"{{question}}\"\n"
            + "metric_list:\n"
            + "  - metric: exact_match\n"
            + "    ignore_cas: true\n"
            + "filter_list:\n"
            + "  - name: x\n"
            + "    filter:\n"
            + "      - function: regexp\n";
    assertThatThrownBy(() -> Tasks.parse(yaml, "my.yaml", null))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().stream().map(Object::toString).toList())
                    .contains(
                        "my.yaml:2: doc_to_txt: unknown key, did you mean \"doc_to_text\"?",
                        "my.yaml:9: filter_list[0].filter[0].function: unknown filter \"regexp\","
                            + " did you mean \"regex\"? (known: "
                            + String.join(", ", ResponseFilters.NAMES)
                            + ")")
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith("my.yaml:4: metric_list[0]")
                                .contains("\"ignore_cas\"", "ignore_case")));
  }

  @Test
  void builtInTasksReadAndDefaultAsLmEvaluationHarnessDoes() {
    TaskDefinition gsm8k = Tasks.catalog(List.of()).get("gsm8k");
    assertThat(gsm8k.version()).isEqualTo("3.0");
    assertThat(gsm8k.generation().until()).containsExactly("Question:", "</s>", "<|im_end|>");
    assertThat(gsm8k.filters())
        .extracting(FilterPipeline::name)
        .containsExactly("strict-match", "flexible-extract");
    assertThat(GenerateUntilTask.metricNames(gsm8k))
        .containsExactly("exact_match,strict-match", "exact_match,flexible-extract");
    TaskDefinition mc = Tasks.catalog(List.of()).get("mc_jsonl");
    assertThat(mc.outputType()).isEqualTo(OutputType.MULTIPLE_CHOICE);
    assertThat(mc.templates().targetDelimiter()).isEqualTo(" ");
    assertThat(mc.templates().fewshotDelimiter()).isEqualTo("\n\n");
  }

  @Test
  void includeLaysABuiltInTaskUnderTheFileThatOverridesSomeOfItsKeys() {
    String yaml =
        "include: mmlu\n"
            + "task: mmlu_terse\n"
            + "num_fewshot: 5\n"
            + "doc_to_text: \"{{input}}\\nA:\"\n";
    TaskDefinition mine = Tasks.parse(yaml, "mmlu_terse.yaml", null);
    TaskDefinition mmlu = Tasks.catalog(List.of()).get("mmlu");
    assertThat(mine.name()).isEqualTo("mmlu_terse");
    assertThat(mine.fewshot().count()).isEqualTo(5);
    assertThat(mine.templates().docToText()).isEqualTo(new DocTemplate.Jinja("{{input}}\nA:"));
    assertThat(mine.dataset()).isEqualTo(mmlu.dataset());
    assertThat(mine.templates().docToChoice()).isEqualTo(mmlu.templates().docToChoice());
    assertThat(mine.metrics()).extracting(TaskMetric::name).containsExactly("acc");
    assertThat(mine.fewshot().split()).isEqualTo(mmlu.fewshot().split());
  }

  @Test
  void includedFilesResolveTheirOwnPathsAndReportProblemsAtTheirOwnLines(@TempDir Path dir)
      throws IOException {
    Path common = Files.createDirectories(dir.resolve("common"));
    Files.writeString(
        common.resolve("base.yaml"),
        "task: base\n"
            + "dataset:\n"
            + "  path: data/qa.jsonl\n"
            + "output_type: generate_until\n"
            + "metric_list:\n"
            + "  - metric: exact_match\n");
    Path mine = Files.createDirectories(dir.resolve("mine")).resolve("child.yaml");
    Files.writeString(mine, "include: ../common/base.yaml\ntask: child\n");
    TaskDefinition child = Tasks.read(mine);
    assertThat(child.name()).isEqualTo("child");
    assertThat(child.dataset().get("path")).isEqualTo(common.resolve("data/qa.jsonl").toString());

    Files.writeString(
        common.resolve("bad.yaml"),
        "task: bad\noutput_type: generate_until\nmetric_list:\n  - metric: exact_mach\n");
    Files.writeString(mine, "include: ../common/bad.yaml\ntask: child\n");
    assertThatThrownBy(() -> Tasks.read(mine))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p ->
                            assertThat(p.toString())
                                .startsWith(common.resolve("bad.yaml") + ":4: metric_list[0]")
                                .contains("exact_match")));
  }

  @Test
  void anIncludeCycleOrAnUnknownTaskIsRefusedWithWhereItIs(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, "include: b.yaml\ntask: a\n");
    Files.writeString(b, "task: b\ninclude: [a.yaml]\n");
    assertThatThrownBy(() -> Tasks.read(a))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().stream().map(Object::toString).toList())
                    .contains(
                        b
                            + ":2: include[0]: include goes round in a circle: "
                            + a
                            + " → "
                            + b
                            + " → "
                            + a));
    assertThatThrownBy(() -> Tasks.parse("include: mmlo\ntask: x\n", "x.yaml", null))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().toString())
                    .contains("x.yaml:1: include", "\"mmlo\"", "did you mean \"mmlu\""));
  }

  @Test
  void fewshotConfigTakesLmEvalsSamplerNamesAndDefaults() {
    TaskDefinition.Fewshot none =
        Tasks.parse("task: t\nnum_fewshot: 3\n", "t.yaml", null).fewshot();
    assertThat(none)
        .as("lm-eval's default sampler is random, its fewshot_random_seed 1234")
        .isEqualTo(new TaskDefinition.Fewshot(3, "random", 1234, null, null, null));
    TaskDefinition.Fewshot lmEval =
        Tasks.parse(
                "task: t\nfewshot_config:\n  sampler: default\n  split: train\n"
                    + "  draw_extra: true\n  seed: 7\n",
                "t.yaml",
                null)
            .fewshot();
    assertThat(lmEval).isEqualTo(new TaskDefinition.Fewshot(0, "random", 7, "train", null, true));
    assertThatThrownBy(
            () ->
                Tasks.parse(
                    "task: t\nfewshot_config:\n  sampler: first\n  draw_extra: yes please\n",
                    "t.yaml",
                    null))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems().stream().map(Object::toString).toList())
                    .anySatisfy(p -> assertThat(p).startsWith("t.yaml:3:").contains("first_n"))
                    .anySatisfy(p -> assertThat(p).startsWith("t.yaml:4:").contains("boolean")));
  }

  @Test
  void builtInTasksSampleAsTheirLmEvalYamlsDo() {
    var catalog = Tasks.catalog(List.of());
    for (String name : List.of("mmlu", "ceval", "cmmlu")) {
      assertThat(catalog.get(name).fewshot().sampler()).as(name).isEqualTo("first_n");
      assertThat(catalog.get(name).fewshot().split()).as(name).isEqualTo("dev");
    }
    for (String name : List.of("arc_easy", "arc_challenge")) {
      assertThat(catalog.get(name).fewshot())
          .as(name)
          .extracting(f -> f.sampler(), f -> f.split(), f -> f.drawExtra())
          .containsExactly("random", "train", null);
    }
    for (String name :
        List.of(
            "hellaswag", "boolq", "sst2", "mrpc", "qqp", "cola", "mnli", "qnli", "rte", "drop")) {
      assertThat(catalog.get(name).fewshot())
          .as(name)
          .extracting(f -> f.sampler(), f -> f.split(), f -> f.drawExtra())
          .containsExactly("random", "train", true);
    }
    assertThat(catalog.get("winogrande").fewshot())
        .extracting(f -> f.sampler(), f -> f.split(), f -> f.drawExtra())
        .containsExactly("random", "train_xl", true);
    assertThat(catalog.get("squadv2").fewshot())
        .as("lm-eval's SQuAD2 is a Task class whose examples are rnd.sample(train, k)")
        .extracting(f -> f.sampler(), f -> f.split(), f -> f.drawExtra())
        .containsExactly("random", "train", false);
  }

  @Test
  void aDescriptionMayBeGivenPerLanguageAndIsPickedByLocale() {
    TaskDefinition two =
        Tasks.parse("task: t\ndescription:\n  en: Sums\n  zh-CN: 求和\n", "t.yaml", null);
    assertThat(two.description(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("求和");
    assertThat(two.description(java.util.Locale.ENGLISH)).isEqualTo("Sums");
    assertThat(two.description(java.util.Locale.GERMAN))
        .as("English as the fallback")
        .isEqualTo("Sums");
    TaskDefinition one = Tasks.parse("task: t\ndescription: Sums\n", "t.yaml", null);
    assertThat(one.description(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("Sums");
    var catalog = Tasks.catalog(List.of());
    assertThat(catalog.names())
        .as("every built-in task describes itself in both languages")
        .allSatisfy(
            name ->
                assertThat(catalog.get(name).description())
                    .containsKeys("en", "zh-CN")
                    .doesNotContainValue(""));
  }
}
