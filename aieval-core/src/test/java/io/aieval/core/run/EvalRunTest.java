package io.aieval.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.i18n.Messages;
import io.aieval.core.model.ResponseCache;
import io.aieval.core.result.RunSummary;
import io.aieval.core.result.StepSummary;
import io.aieval.core.spec.EvalSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Whole runs against the simulator over real HTTP on loopback. */
class EvalRunTest {
  @TempDir Path dir;
  private RunFixture fx;

  @BeforeEach
  void setUp() {
    fx = new RunFixture(dir);
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void reset() {
    Messages.setLocale(Locale.getDefault());
  }

  @Test
  void aPerfectModelScoresExactlyOneWhateverWayItPhrasesItsAnswers() throws Exception {
    Path data = fx.questions("qa.jsonl", 300);
    RunSummary run =
        fx.run(fx.simSpec(data, "{accuracy: 1.0}", 0), dir.resolve("out"), false, false, null);
    StepSummary step = run.steps().get(0);
    assertThat(run.status()).isEqualTo("completed");
    assertThat(step.metrics().get(0).name()).isEqualTo("acc");
    assertThat(step.metrics().get(0).value()).isEqualTo(1.0);
    assertThat(step.metrics().get(0).count()).isEqualTo(300);
    List<JsonNode> samples = RunFixture.samples(dir.resolve("out"));
    assertThat(samples).hasSize(300);
    assertThat(samples.stream().map(n -> n.path("output").asString()).distinct().count())
        .as("the simulator phrased its answers in many ways")
        .isGreaterThan(5);
    assertThat(samples)
        .allSatisfy(
            n -> assertThat(n.path("extracted").asString()).isEqualTo(n.path("target").asString()));
  }

  @Test
  void accuracyIsTheShareOfSamplesWhoseExtractedAnswerMatches() throws Exception {
    Path data = fx.questions("qa.jsonl", 400);
    RunSummary run =
        fx.run(
            fx.simSpec(data, "{accuracy: 0.6, seed: 3}", 0),
            dir.resolve("out"),
            false,
            false,
            null);
    List<JsonNode> samples = RunFixture.samples(dir.resolve("out"));
    long right = samples.stream().filter(n -> n.path("score").asDouble() == 1.0).count();
    double acc = run.steps().get(0).metrics().get(0).value();
    assertThat(acc).isEqualTo(right / 400.0);
    assertThat(acc).isBetween(0.5, 0.7);
    double p = acc;
    assertThat(run.steps().get(0).metrics().get(0).stderr())
        .isCloseTo(
            Math.sqrt(p * (1 - p) * 400 / 399.0 / 400), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void faultsAreRetriedAndEverySampleEndsScoredExactlyOnce() throws Exception {
    Path data = fx.questions("qa.jsonl", 300);
    EvalSpec spec =
        fx.simSpec(
            data,
            "{accuracy: 1.0, rate_429: 0.05, retry_after_s: 0, rate_500: 0.1, rate_drop: 0.03,"
                + " rate_truncate: 0.03}",
            20);
    RunSummary run = fx.run(spec, dir.resolve("out"), false, false, null);
    StepSummary step = run.steps().get(0);
    assertThat(step.counts().scored()).isEqualTo(300);
    assertThat(step.counts().failed()).isZero();
    assertThat(step.metrics().get(0).value()).isEqualTo(1.0);
    assertThat(step.retriesByKind()).containsKeys("rate_limited", "server_error", "connection");
    assertThat(RunFixture.idCounts(dir.resolve("out")))
        .hasSize(300)
        .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void streamedChatAndPlainCompletionsGiveTheSameScores() throws Exception {
    Path data = fx.questions("qa.jsonl", 60);
    String yaml =
        "model: {provider: sim, api: %s, stream: %s, options: {accuracy: 0.7, seed: 5}}\n"
            + "dataset: {path: qa.jsonl}\n";
    double[] acc = new double[3];
    String[][] modes = {{"chat", "false"}, {"chat", "true"}, {"completions", "true"}};
    for (int i = 0; i < modes.length; i++) {
      EvalSpec spec =
          Planner.loader(k -> null)
              .parse(yaml.formatted(modes[i][0], modes[i][1]), false, "t", dir);
      RunSummary run = fx.run(spec, dir.resolve("out" + i), false, false, null);
      assertThat(run.steps().get(0).counts().scored()).isEqualTo(60);
      assertThat(run.steps().get(0).usage().completionTokens()).isPositive();
      acc[i] = run.steps().get(0).metrics().get(0).value();
    }
    assertThat(acc[1]).as("streaming changes nothing but transport").isEqualTo(acc[0]);
    assertThat(acc[2]).isBetween(0.5, 0.9);
    assertThat(
            RunFixture.samples(dir.resolve("out2")).get(0).path("prompt").path("text").asString())
        .endsWith("Answer:");
  }

  @Test
  void samplesThatStillFailAreReportedNeverCountedAsWrong() throws Exception {
    Path data = fx.questions("qa.jsonl", 20);
    RunSummary run =
        fx.run(fx.simSpec(data, "{rate_500: 1.0}", 1), dir.resolve("out"), false, false, null);
    StepSummary step = run.steps().get(0);
    assertThat(run.status()).isEqualTo("completed_with_failures");
    assertThat(step.counts().failed()).isEqualTo(20);
    assertThat(step.failuresByKind()).containsEntry("server_error", 20L);
    assertThat(step.metrics().get(0).count()).isZero();
    assertThat(step.metrics().get(0).value()).isNaN();
    assertThat(RunFixture.samples(dir.resolve("out")))
        .allSatisfy(
            n -> {
              assertThat(n.path("outcome").asString()).isEqualTo("failed");
              assertThat(n.path("attempts").asInt()).isEqualTo(2);
              assertThat(n.path("error").asString()).contains("500");
            });
    JsonNode results = SampleLines.JSON.readTree(Files.readString(dir.resolve("out/results.json")));
    assertThat(results.path("steps").path(0).path("metrics").path(0).path("value").isNull())
        .isTrue();
  }

  @Test
  void malformedRowsStopTheRunBeforeAnyCallUnlessSkipped() throws Exception {
    Path data = fx.questions("qa.jsonl", 5);
    Files.writeString(
        data,
        "{\"id\":\"bad\",\"question\":\"q\",\"choices\":[\"x\",\"y\"],\"answer\":\"Z\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    EvalSpec spec = fx.simSpec(data, "{accuracy: 1.0}", 0);
    assertThatThrownBy(() -> fx.run(spec, dir.resolve("out"), false, false, null))
        .isInstanceOfSatisfying(
            DataSetException.class,
            e -> {
              assertThat(e.badRows()).isEqualTo(1);
              assertThat(e.errors().get(0).getMessage()).startsWith("qa.jsonl:6:answer:");
            });
    assertThat(dir.resolve("out")).doesNotExist();
    RunSummary run = fx.run(spec, dir.resolve("out2"), false, true, null);
    assertThat(run.steps().get(0).counts().skipped()).isEqualTo(1);
    assertThat(run.steps().get(0).counts().scored()).isEqualTo(5);
    assertThat(RunFixture.samples(dir.resolve("out2")))
        .filteredOn(n -> n.path("outcome").asString().equals("skipped"))
        .singleElement()
        .satisfies(n -> assertThat(n.path("id").asString()).isEqualTo("line-6"));
  }

  @Test
  void aStoppedRunResumesWithEverySampleExactlyOnce() throws Exception {
    Path data = fx.questions("qa.jsonl", 400);
    EvalSpec spec = fx.simSpec(data, "{accuracy: 1.0, latency_ms: 20}", 0);
    Path out = dir.resolve("out");
    EvalRun first = new EvalRun(spec, new EvalRun.Options(out, false, false, null));
    Thread stopper =
        new Thread(
            () -> {
              while (first.progress().snapshot().done() < 100) {
                Thread.onSpinWait();
              }
              first.stop();
            });
    stopper.start();
    RunSummary interrupted = first.call();
    stopper.join();
    assertThat(interrupted.status()).isEqualTo("interrupted");
    long before = Files.readAllLines(out.resolve("samples.jsonl")).size();
    assertThat(before).isBetween(100L, 399L);
    // what a crash leaves behind: a failed sample to retry and a half-written last line
    Files.writeString(
        out.resolve("samples.jsonl"),
        "{\"step\":\"mc\",\"id\":\"q399\",\"outcome\":\"failed\",\"error_kind\":\"timeout\"}\n{\"step\":\"mc\",\"id\":\"q3",
        java.nio.file.StandardOpenOption.APPEND);

    RunSummary resumed = fx.run(spec, out, true, false, null);
    assertThat(resumed.status()).isEqualTo("completed");
    assertThat(resumed.runId()).isEqualTo(interrupted.runId());
    assertThat(resumed.steps().get(0).counts().resumed()).isEqualTo(before);
    assertThat(resumed.steps().get(0).counts().scored()).isEqualTo(400);
    Map<String, Long> counts = RunFixture.idCounts(out);
    assertThat(counts).hasSize(400).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(RunFixture.samples(out))
        .allSatisfy(n -> assertThat(n.path("outcome").asString()).isEqualTo("scored"));
  }

  @Test
  void outputFoldersAreNeverOverwrittenAndResumeRefusesChangedData() throws Exception {
    Path data = fx.questions("qa.jsonl", 10);
    EvalSpec spec = fx.simSpec(data, "{accuracy: 1.0}", 0);
    fx.run(spec, dir.resolve("out"), false, false, null);
    assertThatThrownBy(() -> fx.run(spec, dir.resolve("out"), false, false, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("--resume");
    assertThatThrownBy(() -> fx.run(spec, dir.resolve("nothing"), true, false, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("run.json");
    fx.questions("qa.jsonl", 11);
    assertThatThrownBy(() -> fx.run(spec, dir.resolve("out"), true, false, null))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("changed");
  }

  @Test
  void aSecondGreedyRunIsServedFromTheCache() throws Exception {
    Path data = fx.questions("qa.jsonl", 50);
    EvalSpec spec = fx.simSpec(data, "{accuracy: 0.5}", 0);
    try (ResponseCache cache = ResponseCache.open(dir.resolve("cache.mv.db"))) {
      RunSummary a = fx.run(spec, dir.resolve("a"), false, false, cache);
      RunSummary b = fx.run(spec, dir.resolve("b"), false, false, cache);
      assertThat(a.steps().get(0).counts().cached()).isZero();
      assertThat(b.steps().get(0).counts().cached()).isEqualTo(50);
      assertThat(b.steps().get(0).metrics().get(0).value())
          .isEqualTo(a.steps().get(0).metrics().get(0).value());
      assertThat(cache.hits()).isEqualTo(50);
    }
  }

  @Test
  void baselinesGiveChanceAndMajorityReferencePoints() throws Exception {
    Path data = fx.questions("qa.jsonl", 400);
    String base =
        "name: b\nmodel: {provider: baseline, options: {strategy: %s}}\ndataset: {path: qa.jsonl}\n";
    EvalSpec random = Planner.loader(k -> null).parse(base.formatted("random"), false, "b", dir);
    double r1 =
        fx.run(random, dir.resolve("r1"), false, false, null)
            .steps()
            .get(0)
            .metrics()
            .get(0)
            .value();
    double r2 =
        fx.run(random, dir.resolve("r2"), false, false, null)
            .steps()
            .get(0)
            .metrics()
            .get(0)
            .value();
    assertThat(r1).isEqualTo(r2).isBetween(0.18, 0.32);
    EvalSpec majority =
        Planner.loader(k -> null).parse(base.formatted("majority"), false, "b", dir);
    assertThat(
            fx.run(majority, dir.resolve("m"), false, false, null)
                .steps()
                .get(0)
                .metrics()
                .get(0)
                .value())
        .isEqualTo(0.25);
    EvalSpec constant =
        Planner.loader(k -> null)
            .parse(
                "model: {provider: baseline, options: {strategy: constant, answer: B}}\ndataset: {path: qa.jsonl}\n",
                false,
                "b",
                dir);
    assertThat(
            fx.run(constant, dir.resolve("c"), false, false, null)
                .steps()
                .get(0)
                .metrics()
                .get(0)
                .value())
        .isEqualTo(0.25);
  }

  @Test
  void reportsCarryTheFiguresAndProvenanceInBothLanguages() throws Exception {
    Path data = fx.questions("qa.jsonl", 30);
    RunSummary run =
        fx.run(fx.simSpec(data, "{accuracy: 1.0}", 0), dir.resolve("out"), false, false, null);
    String md = Files.readString(dir.resolve("out/report.md"));
    assertThat(md)
        .contains(
            "# Evaluation report: test",
            "`acc`",
            "100.00% ± 0.00%",
            run.steps().get(0).dataset().sha256(),
            "Provenance");
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "100.00%");
    JsonNode results = SampleLines.JSON.readTree(Files.readString(dir.resolve("out/results.json")));
    assertThat(results.path("provenance").path("steps").path(0).path("sha256").asString())
        .hasSize(64);
    assertThat(results.path("provenance").path("model").path("provider").asString())
        .isEqualTo("sim");
    Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    fx.run(fx.simSpec(data, "{accuracy: 1.0}", 0), dir.resolve("zh"), false, false, null);
    assertThat(Files.readString(dir.resolve("zh/report.md"))).contains("评测报告", "溯源信息");
    assertThat(Files.readString(dir.resolve("zh/report.html"))).contains("<html lang=\"zh-CN\">");
  }
}
