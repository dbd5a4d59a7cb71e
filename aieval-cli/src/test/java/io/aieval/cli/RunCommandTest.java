package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aieval run}: exit codes, messages and output, through the real command line. */
class RunCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void data() throws Exception {
    Files.write(
        dir.resolve("qa.jsonl"),
        List.of(
            "{\"id\":\"a\",\"question\":\"法国的首都是？\",\"choices\":[\"柏林\",\"巴黎\"],\"answer\":\"B\"}",
            "{\"id\":\"b\",\"question\":\"2+2?\",\"choices\":[\"4\",\"5\"],\"answer\":\"A\"}",
            "{\"id\":\"c\",\"question\":\"Largest planet?\",\"choices\":[\"Mars\",\"Jupiter\"],\"answer\":1}"));
  }

  private Path spec(String model) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "name: t\nmodel: " + model + "\ndataset: {path: qa.jsonl}\n");
    return spec;
  }

  /** {@code aieval run} on the data set with this model section, into {@code dir/out}. */
  private Cli run(String model, String out, String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("run", spec(model).toString(), "-o"));
    args.add(dir.resolve(out).toString());
    args.addAll(List.of(flags));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aSuccessfulRunExitsZeroAndPrintsTheTableAndWhereResultsAre() throws Exception {
    Cli cli = run("{provider: sim, options: {accuracy: 1.0}}", "out", "--lang", "en");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("acc", "1.0000 ± 0.0000", "Results written to");
    assertThat(dir.resolve("out/results.json")).exists();
    assertThat(dir.resolve("out/report.html")).exists();
  }

  @Test
  void jsonModePrintsResultsJsonOnly() throws Exception {
    Cli cli = run("{provider: sim, options: {accuracy: 1.0}}", "out", "--json");
    assertThat(cli.exit()).isZero();
    JsonNode results = JsonMapper.builder().build().readTree(cli.out());
    assertThat(results.path("schema").asString()).isEqualTo("aieval.results/v1");
    assertThat(results.path("steps").path(0).path("metrics").path(0).path("value").asDouble())
        .isEqualTo(1.0);
    assertThat(cli.err()).as("no progress bar in --json mode").isEmpty();
  }

  @Test
  void anInvalidSpecExitsTwoWithEveryProblemAndItsPath() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "model: {provider: opnai}\nsteps:\n  - type: accuracy\n    dataset: {path: nope.jsonl}\n");
    Cli cli = Cli.run("run", bad.toString(), "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err())
        .contains("The spec is invalid (2 problem(s))")
        .contains("model.provider: unknown model provider \"opnai\", did you mean \"openai\"?")
        .contains("steps[0].dataset.path: no such file: " + dir.resolve("nope.jsonl"));
  }

  @Test
  void malformedRowsExitTwoNamingFileLineAndField() throws Exception {
    Files.writeString(
        dir.resolve("qa.jsonl"),
        "{\"id\":\"x\",\"choices\":[\"a\",\"b\"],\"answer\":\"A\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Cli cli = run("{provider: sim}", "out", "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("qa.jsonl:4:input:", "--skip-bad-rows");
    Cli skipped = run("{provider: sim}", "out2", "--skip-bad-rows", "--quiet");
    assertThat(skipped.exit()).isZero();
  }

  @Test
  void failedSamplesMakeTheRunExitOneAndSayHowToResume() throws Exception {
    Cli cli =
        run("{provider: sim, max_retries: 0, options: {rate_500: 1.0}}", "out", "--lang", "en");
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.out()).contains("aieval run --resume");
  }

  @Test
  void messagesAndHelpSpeakChinese() throws Exception {
    Cli cli = run("{provider: sim, options: {accuracy: 1.0}}", "out", "--lang", "zh-CN");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("结果已写入", "指标");
    assertThat(Files.readString(dir.resolve("out/report.md"))).contains("评测报告");
    assertThat(Cli.run("run", "--help", "--lang", "zh-CN").out()).contains("在本进程中运行评测规格");
    assertThat(Cli.run("run", "--help", "--lang", "en").out())
        .contains("Run an evaluation spec in this process");
  }

  @Test
  void resumeWithoutASpecReadsTheOneSavedInTheOutputFolder() throws Exception {
    Cli first = run("{provider: sim, options: {accuracy: 1.0}}", "out", "--quiet");
    assertThat(first.exit()).isZero();
    Cli again = Cli.run("run", "--resume", dir.resolve("out").toString(), "--json");
    assertThat(again.exit()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out/samples.jsonl"))).hasSize(3);
    Cli none = Cli.run("run", "--lang", "en");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Give a spec file, or --resume OUTDIR.");
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    Cli cli = Cli.run("run", "--frobnicate");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--frobnicate");
  }
}
