package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aieval.core.score.PredictionMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aieval score}: saved predictions scored through the real command line. */
class ScoreCommandTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws Exception {
    Path path = dir.resolve(name);
    Files.write(path, List.of(lines));
    return path;
  }

  @Test
  void printsEachLineAndTheMeanWithItsErrorAndInterval() throws Exception {
    // acc_norm: a → -2/1 vs -4/4, picks 1 (target 1): 1; b → -1/1 vs -4/2, picks 0 (target 1): 0.
    Path input =
        file(
            "mc.jsonl",
            "{\"id\":\"a\",\"choices\":[\"x\",\"yyyy\"],\"loglikelihoods\":[-2,-4],\"target\":1}",
            "{\"id\":\"b\",\"choices\":[\"x\",\"yy\"],\"loglikelihoods\":[-1,-4],\"target\":1}");
    Cli cli = Cli.run("score", "--metric", "acc_norm", "--input", input.toString(), "--lang", "en");
    assertThat(cli.exit()).isZero();
    // Mean .5; sample sd √.5; stderr √.5 / √2 = .5; the interval .5 ± .98 is clamped to [0, 1].
    assertThat(cli.out())
        .contains("Id", "Score", "a   1.0000", "b   0.0000")
        .contains("acc_norm = 0.5000 ± 0.5000  (95% CI 0.0000 to 1.0000, n = 2)")
        .contains("sample standard deviation");
  }

  @Test
  void mc2ReadsTheLabelsOfEachChoice() throws Exception {
    // lm-eval's process_results_mc2: a → e^-1 / (e^-1 + e^-2) = 0.7311; b's first answer is
    // false, so no mass is true: 0. Mean 0.3655.
    Path input =
        file(
            "mc2.jsonl",
            "{\"id\":\"a\",\"loglikelihoods\":[-1,-2],\"labels\":[1,0]}",
            "{\"id\":\"b\",\"loglikelihoods\":[-1,-2],\"labels\":[0,1]}");
    Cli cli = Cli.run("score", "--metric", "mc2", "--input", input.toString(), "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("a   0.7311", "b   0.0000", "mc2 = 0.3655");
  }

  @Test
  void jsonForScriptsWithBootstrapProvenance() throws Exception {
    Path input =
        file(
            "mt.jsonl",
            "{\"id\":\"1\",\"prediction\":\"the cat sat on the mat\",\"reference\":\"the cat is on the mat\"}",
            "{\"id\":\"2\",\"prediction\":\"the cat sat on the mat\",\"references\":[\"the cat sat on the red mat\"]}");
    Cli cli =
        Cli.run(
            "score",
            "--metric",
            "bleu",
            "--input",
            input.toString(),
            "--json",
            "--bootstrap-iters",
            "200",
            "--seed",
            "9");
    assertThat(cli.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(cli.out());
    assertThat(json.path("metric").asString()).isEqualTo("bleu");
    // The corpus BLEU worked out in BleuTest.
    assertThat(json.path("value").asDouble()).isCloseTo(52.61364017883966, within(1e-9));
    assertThat(json.path("stderr_method").asString()).isEqualTo("bootstrap");
    assertThat(json.path("bootstrap_iters").asInt()).isEqualTo(200);
    assertThat(json.path("seed").asLong()).isEqualTo(9);
    assertThat(json.path("input_sha256").asString()).hasSize(64);
    assertThat(json.path("lines")).hasSize(2);
    assertThat(json.path("lines").path(0).path("score").asDouble())
        .isCloseTo(37.99178428257963, within(1e-9));
  }

  @Test
  void metricOptionsAreApplied() throws Exception {
    Path input =
        file("em.jsonl", "{\"id\":\"a\",\"prediction\":\"PARIS\",\"reference\":\"paris\"}");
    Cli strict = Cli.run("score", "--metric", "exact_match", "--input", input.toString());
    Cli folded =
        Cli.run(
            "score",
            "--metric",
            "exact_match",
            "--option",
            "ignore_case=true",
            "--input",
            input.toString(),
            "--json");
    assertThat(strict.out()).contains("0.0000");
    assertThat(JsonMapper.builder().build().readTree(folded.out()).path("value").asDouble())
        .isEqualTo(1.0);
  }

  @Test
  void malformedLinesExitTwoWithFileLineAndField() throws Exception {
    Path input =
        file(
            "bad.jsonl",
            "{\"id\":\"a\",\"choices\":[\"x\",\"y\"],\"loglikelihoods\":[-1,-2],\"target\":1}",
            "{\"id\":\"b\",\"choices\":[\"x\",\"y\"],\"loglikelihoods\":[-1,-2],\"target\":\"B\"}",
            "{\"id\":\"c\",\"choices\":[\"x\",\"y\"],\"loglikelihoods\":[-1],\"target\":0}");
    Cli cli = Cli.run("score", "--metric", "acc_norm", "--input", input.toString(), "--lang", "en");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err())
        .contains("The input has 2 line(s) the metric cannot score:")
        .contains(input + ":2:target: expected a choice index (0, 1, 2 …), found \"B\"")
        .contains(input + ":3:choices: has 2 entries but loglikelihoods has 1");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void unknownMetricsAndOptionsExitTwo() throws Exception {
    Path input = file("x.jsonl", "{\"id\":\"a\",\"prediction\":\"x\",\"reference\":\"x\"}");
    Cli typo = Cli.run("score", "--metric", "rouge_l", "--input", input.toString());
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean \"rougeL\"");
    Cli option =
        Cli.run(
            "score",
            "--metric",
            "bleu",
            "--option",
            "smooth=none",
            "--input",
            input.toString(),
            "--lang",
            "en");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err()).contains("unknown option \"smooth\" for metric bleu");
    Cli missing =
        Cli.run(
            "score",
            "--metric",
            "bleu",
            "--input",
            dir.resolve("nope.jsonl").toString(),
            "--lang",
            "en");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void theHelpListsEveryMetric() {
    String help = Text.get("score.metric");
    for (String name : PredictionMetrics.names()) {
      assertThat(help).as(name).contains(name);
    }
  }

  @Test
  void chineseMessages() throws Exception {
    Path input = file("x.jsonl", "{\"id\":\"a\",\"prediction\":\"x\"}");
    Cli cli =
        Cli.run("score", "--metric", "exact_match", "--input", input.toString(), "--lang", "zh-CN");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("输入中有 1 行无法用该指标评分", "没有非空的参考答案");
  }
}
