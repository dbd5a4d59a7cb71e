package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.score.MeanAccumulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aieval contamination --benchmark TASK}: a made-up GSM8K copy in its official layout (JSONL
 * of question and worked answer ending in "#### N") and a made-up MMLU folder, checked against a
 * small corpus, and a simulator run of the gsm8k task rescored on its clean samples.
 */
class ContaminationTaskTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] THINGS = {
    "apples", "pencils", "marbles", "stickers", "oranges", "buttons", "stamps", "shells"
  };

  @TempDir static Path dir;

  @BeforeAll
  static void benchmarksCorpusAndRun() throws Exception {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < THINGS.length; i++) {
      rows.add(
          ("{\"question\":\"Maria had %d %s in a basket on Monday morning and gave three of them"
                  + " to her younger brother. How many %s does Maria have left?\","
                  + "\"answer\":\"She gave away 3, so she has %d - 3 = <<%d-3=%d>>%d %s left.\\n#### %d\"}")
              .formatted(
                  i + 10, THINGS[i], THINGS[i], i + 10, i + 10, i + 7, i + 7, THINGS[i], i + 7));
    }
    Files.createDirectories(dir.resolve("gsm/data"));
    Files.write(dir.resolve("gsm/data/test.jsonl"), rows);
    Path mmlu = Files.createDirectories(dir.resolve("mmlu/data/test"));
    Files.writeString(
        mmlu.resolve("astronomy_test.csv"),
        "Which planet is largest?,the gas giant Jupiter with its great red spot,"
            + "the ringed planet Saturn beyond the asteroid belt,"
            + "the ice giant Neptune far out in the cold,the small red planet Mars,A\n"
            + "Which body orbits the Earth?,the Moon,the Sun,Venus,Mercury,A\n");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // GSM8K: the question of "stickers"; the worked answer of "shells" (its target, rendered)
    Files.writeString(
        corpus.resolve("forum.txt"),
        "copied: MARIA HAD 13 STICKERS in a basket on Monday morning, and gave three of them!\n"
            + "She gave away 3, so she has 17 - 3 = <<17-3=14>>14 shells left. #### 14 thanks\n"
            // MMLU: the options of the first question as the prompt lists them, not its question
            + "Jupiter with its great red spot B. the ringed planet Saturn beyond the asteroid\n");
    Files.writeString(
        dir.resolve("spec.yaml"),
        "name: g\nmodel: {provider: sim, options: {accuracy: 0.5, answers: gsm/data/test.jsonl}}\n"
            + "steps:\n  - {type: task, task: gsm8k, num_fewshot: 0,"
            + " dataset: {path: gsm/data/test.jsonl}}\n");
    Cli run = Cli.run("run", dir.resolve("spec.yaml").toString(), "-o", out(), "--quiet");
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private static String out() {
    return dir.resolve("out").toString();
  }

  private static Cli check(String benchmark, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "contamination",
                "--benchmark",
                benchmark,
                "--corpus",
                dir.resolve("corpus").toString(),
                "--corpus-docs",
                "lines"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The ids the run recorded for the samples whose input mentions {@code thing}. */
  private static List<String> runIds(String... things) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/samples.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      for (String thing : things) {
        if (n.path("input").asString().contains(" " + thing + " ")) {
          ids.add(n.path("id").asString());
        }
      }
    }
    return ids.stream().sorted().toList();
  }

  @Test
  void aTaskNamedBenchmarkFindsTheQuestionAndTheAnswerItsRunUses() throws Exception {
    Cli cli = check("gsm8k", "--data", dir.resolve("gsm/data/test.jsonl").toString(), "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode r = JSON.readTree(cli.out());
    assertThat(r.path("benchmark").path("task").asString()).isEqualTo("gsm8k");
    assertThat(r.path("benchmark").path("samples").asLong()).isEqualTo(THINGS.length);
    assertThat(r.path("dirty").findValuesAsString("id").stream().sorted().toList())
        .isEqualTo(runIds("stickers", "shells"))
        .hasSize(2);
  }

  @Test
  void theCleanSubsetOfTheTaskRunIsEveryMetricWithoutTheDirtySamples() throws Exception {
    Cli cli =
        check(
            "gsm8k",
            "--data",
            dir.resolve("gsm/data/test.jsonl").toString(),
            "--run",
            out(),
            "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode run = JSON.readTree(cli.out()).path("run");
    assertThat(run.path("matched_by_dataset_sha256").asBoolean()).isTrue();
    JsonNode recorded =
        JSON.readTree(Files.readString(dir.resolve("out/results.json")))
            .path("steps")
            .path(0)
            .path("metrics");
    assertThat(run.path("steps")).hasSize(2);
    List<String> dirty = runIds("stickers", "shells");
    for (int m = 0; m < 2; m++) {
      JsonNode step = run.path("steps").path(m);
      String metric = recorded.path(m).path("name").asString();
      assertThat(step.path("metric").asString()).isEqualTo(metric);
      assertThat(step.path("all").path("value").asDouble())
          .isEqualTo(recorded.path(m).path("value").asDouble());
      MeanAccumulator clean = new MeanAccumulator();
      for (String line : Files.readAllLines(dir.resolve("out/samples.jsonl"))) {
        JsonNode n = JSON.readTree(line);
        if (!dirty.contains(n.path("id").asString())) {
          clean.add(n.path("scores").path(metric).asDouble());
        }
      }
      assertThat(step.path("clean").path("value").asDouble()).isEqualTo(clean.mean());
      assertThat(step.path("clean").path("n").asLong()).isEqualTo(THINGS.length - 2);
      assertThat(step.path("dirty_scored").asLong()).isEqualTo(2);
    }
  }

  @Test
  void multipleChoiceOptionsAreCheckedAsThePromptListsThem() throws Exception {
    Cli task = check("mmlu", "--data", dir.resolve("mmlu").toString(), "--json");
    assertThat(task.exit()).as(task.err()).isZero();
    JsonNode r = JSON.readTree(task.out());
    assertThat(r.path("benchmark").path("samples").asLong()).isEqualTo(2);
    assertThat(r.path("dirty")).hasSize(1);
    assertThat(r.path("dirty").path(0).path("ngram").asString())
        .isEqualTo("jupiter with its great red spot b the ringed planet saturn beyond the");
    Cli subject =
        check(
            "mmlu",
            "--data",
            dir.resolve("mmlu").toString(),
            "--subset",
            "astronomy",
            "--split",
            "test");
    assertThat(subject.exit()).as(subject.err()).isZero();
    assertThat(subject.out()).contains("mmlu");
  }

  @Test
  void aNameThatIsNeitherAFileNorATaskSaysWhatItMayHaveMeant() {
    Cli en = check("gsm8kk", "--lang", "en");
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err())
        .contains("--benchmark gsm8kk: no such file", "did you mean \"gsm8k\"", "mmlu");
    Cli zh = check("gsm8kk", "--lang", "zh-CN");
    assertThat(zh.err()).contains("既没有这个文件", "是否指“gsm8k”");
    Cli noData = check("gsm8k", "--lang", "en");
    assertThat(noData.exit()).isEqualTo(2);
    assertThat(noData.err()).contains("task gsm8k reads your copy of the benchmark", "--data");
    Cli fileWithData =
        check(dir.resolve("gsm/data/test.jsonl").toString(), "--data", "x", "--lang", "en");
    assertThat(fileWithData.exit()).isEqualTo(2);
    assertThat(fileWithData.err()).contains("--data, --subset and --split go with a task");
  }
}
