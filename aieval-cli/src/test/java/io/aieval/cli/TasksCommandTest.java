package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A task written as YAML with no Java, run end to end; {@code aieval tasks ls|show}. */
class TasksCommandTest {
  private static final String TASK =
      """
      # a user's own benchmark: no Java
      task: my_math
      version: "0.1"
      description: Sums, scored as GSM8K scores them
      dataset:
        path: math.jsonl
        fields: {input: problem, target: solution}
      doc_to_text: "Question: {{problem}}\\nAnswer:"
      doc_to_target: "{{number}}"
      num_fewshot: 1
      fewshot_config:
        sampler: first_n
        dataset: {path: shots.jsonl, fields: {input: problem, target: solution}}
      generation_kwargs: {until: ["Question:"], do_sample: false}
      filter_list:
        - name: strict-match
          filter:
            - {function: regex, regex_pattern: "#### (\\\\-?[0-9\\\\.\\\\,]+)"}
            - function: take_first
        - name: flexible-extract
          filter:
            - {function: regex, group_select: -1, regex_pattern: "(-?[$0-9.,]{2,})|(-?[0-9]+)"}
            - function: take_first
      metric_list:
        - metric: exact_match
          ignore_case: true
          regexes_to_ignore: [",", "\\\\$", "(?s).*#### ", "\\\\.$"]
      """;

  @TempDir Path dir;

  @BeforeEach
  void files() throws Exception {
    Path tasks = Files.createDirectories(dir.resolve("tasks"));
    Files.writeString(tasks.resolve("my_math.yaml"), TASK);
    // the simulator answers each solution as written; the task scores against `number`
    Files.write(
        tasks.resolve("math.jsonl"),
        List.of(
            "{\"id\":\"1\",\"problem\":\"What is 5 + 7?\",\"solution\":\"5 + 7 = 12\\n#### 12\",\"number\":\"12\"}",
            "{\"id\":\"2\",\"problem\":\"What is 3 + 4?\",\"solution\":\"so 3 + 4 = 7\",\"number\":\"7\"}",
            "{\"id\":\"3\",\"problem\":\"What is 2 + 3?\",\"solution\":\"#### 5\",\"number\":\"6\"}",
            "{\"id\":\"4\",\"problem\":\"What do 2 books at $9 cost?\",\"solution\":\"They cost $18.\",\"number\":\"18\"}"));
    Files.write(
        tasks.resolve("shots.jsonl"),
        List.of(
            "{\"id\":\"s\",\"problem\":\"What is 1 + 1?\",\"solution\":\"#### 2\",\"number\":\"2\"}"));
  }

  @Test
  void aYamlTaskRunsEndToEndWithBothFilters() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        "name: t\nmodel: {provider: sim, options: {accuracy: 1.0}}\n"
            + "steps:\n  - type: task\n    task: my_math\n");
    Cli cli =
        Cli.run(
            "run",
            spec.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--json",
            "--tasks",
            dir.resolve("tasks").toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode step = JsonMapper.builder().build().readTree(cli.out()).path("steps").path(0);
    assertThat(step.path("name").asString())
        .as("a task step is named after its task")
        .isEqualTo("my_math");
    assertThat(metric(step, "exact_match,strict-match")).isEqualTo(0.25);
    assertThat(metric(step, "exact_match,flexible-extract")).isEqualTo(0.75);
    String samples = Files.readString(dir.resolve("out/samples.jsonl"));
    assertThat(samples)
        .contains("Question: What is 1 + 1?\\nAnswer: 2\\n\\nQuestion: What is 5 + 7?");
    Cli rescored =
        Cli.run(
            "rescore",
            dir.resolve("out").toString(),
            "--json",
            "--tasks",
            dir.resolve("tasks").toString());
    assertThat(rescored.exit()).as(rescored.err()).isZero();
    JsonNode again = JsonMapper.builder().build().readTree(rescored.out()).path("steps").path(0);
    assertThat(metric(again, "exact_match,flexible-extract")).isEqualTo(0.75);
  }

  @Test
  void theBuiltInGsm8kRunsOnAUsersCopyWithOverrides() throws Exception {
    // made-up problems in GSM8K's layout (question, answer ending in "#### N"), test and train
    Path gsm = Files.createDirectories(dir.resolve("gsm"));
    Files.write(
        gsm.resolve("test.jsonl"),
        List.of(
            "{\"question\":\"Ann has 3 pens and buys 4. How many?\",\"answer\":\"3+4=7\\n#### 7\"}",
            "{\"question\":\"Bo earns $1,200 twice. Total?\",\"answer\":\"2*1200=2400\\n#### 2,400\"}",
            "{\"question\":\"Cy owes 5 and pays 8. Balance?\",\"answer\":\"5-8=-3\\n#### -3\"}"));
    Files.write(
        gsm.resolve("train.jsonl"),
        List.of(
            "{\"question\":\"Di has 2 cats and gets 2 more. How many?\",\"answer\":\"2+2=4\\n#### 4\"}",
            "{\"question\":\"Ed has 9 eggs and eats 1. How many?\",\"answer\":\"9-1=8\\n#### 8\"}"));
    Path spec = dir.resolve("gsm.yaml");
    // the simulator answers the worked answers: the test file read as plain JSONL is its key
    Files.writeString(
        spec,
        "model: {provider: sim, options: {accuracy: 1.0, answers: gsm/test.jsonl}}\n"
            + "steps:\n  - type: task\n    task: gsm8k\n    num_fewshot: 1\n    limit: 2\n"
            + "    dataset: {path: gsm}\n");
    Cli cli = Cli.run("run", spec.toString(), "-o", dir.resolve("gsm-out").toString(), "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode step = JsonMapper.builder().build().readTree(cli.out()).path("steps").path(0);
    assertThat(metric(step, "exact_match,strict-match")).isEqualTo(1.0);
    assertThat(metric(step, "exact_match,flexible-extract")).isEqualTo(1.0);
    Map<String, String> prompts = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gsm-out/samples.jsonl"))) {
      JsonNode sample = JsonMapper.builder().build().readTree(line);
      prompts.put(
          sample.path("id").asString(),
          sample.path("prompt").path("messages").path(0).path("content").asString());
    }
    // one example each, drawn from train as lm-eval draws it, with its worked answer:
    // python3 -c "import random; r = random.Random(1234); print([r.sample(range(2), 1) for _ in
    // range(2)])" -> [[1], [0]]
    assertThat(prompts)
        .containsOnly(
            Map.entry(
                "0",
                "Question: Ed has 9 eggs and eats 1. How many?\nAnswer: 9-1=8\n#### 8\n\n"
                    + "Question: Ann has 3 pens and buys 4. How many?\nAnswer:"),
            Map.entry(
                "1",
                "Question: Di has 2 cats and gets 2 more. How many?\nAnswer: 2+2=4\n#### 4\n\n"
                    + "Question: Bo earns $1,200 twice. Total?\nAnswer:"));
  }

  @Test
  void theBuiltInGsm8kOnASingleFileRunsZeroShotAndSaysWhyItCannotDrawExamples() throws Exception {
    Files.write(
        dir.resolve("test.jsonl"),
        List.of(
            "{\"question\":\"Ann has 3 pens and buys 4. How many?\",\"answer\":\"3+4=7\\n#### 7\"}"));
    String steps =
        "model: {provider: sim, options: {accuracy: 1.0}}\nsteps:\n  - type: task\n"
            + "    task: gsm8k\n    dataset: {path: test.jsonl}\n";
    Path fiveShot = dir.resolve("five.yaml");
    Files.writeString(fiveShot, steps);
    Cli refused =
        Cli.run("run", fiveShot.toString(), "-o", dir.resolve("five").toString(), "--lang", "en");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains(
            "steps[0].dataset.path: gsm8k draws its 5 few-shot examples from split \"train\","
                + " but path test.jsonl is a single file",
            "num_fewshot: 0");
    Cli zh =
        Cli.run(
            "run", fiveShot.toString(), "-o", dir.resolve("five").toString(), "--lang", "zh-CN");
    assertThat(zh.err()).contains("从划分“train”抽取 5 个少样本示例");
    Path zeroShot = dir.resolve("zero.yaml");
    Files.writeString(zeroShot, steps + "    num_fewshot: 0\n");
    Cli ran = Cli.run("run", zeroShot.toString(), "-o", dir.resolve("zero").toString(), "--json");
    assertThat(ran.exit()).as(ran.err()).isZero();
    JsonNode step = JsonMapper.builder().build().readTree(ran.out()).path("steps").path(0);
    // the simulator's key is the layout's sample: the final number, said as "7" or "The answer is
    // 7."
    assertThat(metric(step, "exact_match,strict-match")).isEqualTo(0.0);
    assertThat(metric(step, "exact_match,flexible-extract")).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource({"chat, choice_letter, acc", "completions, loglikelihood, acc_norm"})
  void theBuiltInMultipleChoiceTaskSaysWhichMethodItUsed(String api, String method, String metric)
      throws Exception {
    Files.write(
        dir.resolve("mc.jsonl"),
        List.of(
            "{\"id\":\"a\",\"question\":\"Capital of France?\",\"choices\":[\"Berlin\",\"Paris\"],\"answer\":\"B\"}",
            "{\"id\":\"b\",\"question\":\"2+2?\",\"choices\":[\"4\",\"5\"],\"answer\":0}",
            "{\"id\":\"c\",\"question\":\"Largest planet?\",\"choices\":[\"Mars\",\"Jupiter\"],\"answer\":\"B\"}"));
    Path spec = dir.resolve("mc.yaml");
    Files.writeString(
        spec,
        "name: mc\nmodel: {provider: sim, api: "
            + api
            + ", options: {accuracy: 1.0}}\n"
            + "steps:\n  - type: task\n    task: mc_jsonl\n    dataset: {path: mc.jsonl}\n");
    Cli cli = Cli.run("run", spec.toString(), "-o", dir.resolve("mc-out").toString(), "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode results = JsonMapper.builder().build().readTree(cli.out());
    JsonNode step = results.path("steps").path(0);
    assertThat(step.path("scorer").asString()).isEqualTo(method);
    assertThat(metric(step, "acc")).isEqualTo(1.0);
    assertThat(metric(step, metric)).isEqualTo(1.0);
    JsonNode provenance = results.path("provenance").path("steps").path(0);
    assertThat(provenance.path("task").asString()).isEqualTo("mc_jsonl");
    assertThat(provenance.path("task_version").asString()).isEqualTo("1.0");
  }

  @Test
  void aTemplateThatDoesNotRenderStopsTheRunBeforeAnyCall() throws Exception {
    Files.writeString(dir.resolve("tasks/my_math.yaml"), TASK.replace("{{number}}", "{{numbr}}"));
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec, "model: {provider: sim}\nsteps:\n  - type: task\n    file: tasks/my_math.yaml\n");
    Cli cli = Cli.run("run", spec.toString(), "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("steps[0]: template \"{{numbr}}\" does not render", "numbr");
  }

  @Test
  void aFewshotSplitIsLaidOverTheDataSetSectionAndCheckedAsOne() throws Exception {
    Files.writeString(
        dir.resolve("tasks/my_math.yaml"),
        TASK.replace(
            "  dataset: {path: shots.jsonl, fields: {input: problem, target: solution}}",
            "  split: train"));
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec, "model: {provider: sim}\nsteps:\n  - type: task\n    file: tasks/my_math.yaml\n");
    Cli cli = Cli.run("run", spec.toString(), "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    // a plain file has no splits: a split needs a benchmark layout
    assertThat(cli.err()).contains("steps[0].fewshot_config.dataset", "split");
  }

  private static double metric(JsonNode step, String name) {
    for (JsonNode m : step.path("metrics")) {
      if (name.equals(m.path("name").asString())) {
        return m.path("value").asDouble();
      }
    }
    throw new AssertionError("no metric " + name + " in " + step);
  }

  @Test
  void lsListsBuiltInAndUserTasks() {
    Cli cli = Cli.run("tasks", "--tasks", dir.resolve("tasks").toString(), "ls", "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .containsPattern("gsm8k +generate_until +3\\.0 +Grade-school math")
        .containsPattern("mc_jsonl +multiple_choice +1\\.0")
        .containsPattern("my_math +generate_until +0\\.1 +Sums");
  }

  @Test
  void showPrintsTheFileAndWhereItCameFrom() {
    Cli cli =
        Cli.run(
            "tasks", "--tasks", dir.resolve("tasks").toString(), "show", "my_math", "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("from " + dir.resolve("tasks").resolve("my_math.yaml"))
        .contains("task: my_math", "doc_to_target: \"{{number}}\"");
    Cli gsm = Cli.run("tasks", "show", "gsm8k", "--lang", "en");
    assertThat(gsm.out()).contains("from built-in:gsm8k.yaml", "flexible-extract");
  }

  @Test
  void anUnknownTaskNameSuggestsTheClosest() {
    Cli cli = Cli.run("tasks", "show", "gsm8", "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("gsm8k");
  }
}
