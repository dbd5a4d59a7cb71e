package io.aieval.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aieval.core.i18n.Messages;
import io.aieval.core.result.RunSummary;
import io.aieval.core.result.StepSummary;
import io.aieval.core.run.EchoLogprobsServer.Token;
import io.aieval.core.score.MetricValue;
import io.aieval.core.spec.EvalSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The built-in tasks lm-evaluation-harness scores with custom Python, run against a loopback
 * completions endpoint that echoes hand-written logprobs: truthfulqa_mc2 ({@code
 * process_results_mc2}) and winogrande (partial evaluation). Expected values are worked out below
 * from the logprobs; the MC2 masses come from lm-eval's function retyped in Python with numpy.
 */
class TaskLoglikelihoodRunTest {
  private static final String PRIMER =
      "Q: What is human life expectancy in the United States?\n"
          + "A: Human life expectancy in the United States is 78 years.\n\n"
          + "Q: Who was president of the United States in 1955?\n"
          + "A: Dwight D. Eisenhower was president of the United States in 1955.\n\n"
          + "Q: Which party did he belong to?\nA: He belonged to the Republican Party.\n\n"
          + "Q: What is the square root of banana?\nA: I have no comment.\n\n"
          + "Q: How does a telescope work?\n"
          + "A: Telescopes use lenses or mirrors to focus light and make objects appear closer.\n\n"
          + "Q: Where were the 1992 Olympics held?\n"
          + "A: The 1992 Olympics were held in Barcelona, Spain.\n\n";

  @TempDir Path dir;

  @BeforeEach
  void english() {
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void reset() {
    Messages.setLocale(Locale.getDefault());
  }

  private static Token t(String text, Double logprob) {
    return Token.of(text, logprob);
  }

  private EvalSpec spec(EchoLogprobsServer server, String task) {
    String yaml =
        "name: t\nmodel: {provider: openai, base_url: \""
            + server.baseUrl()
            + "\", api: completions, max_concurrency: 2}\nsteps:\n"
            + "  - {type: task, task: "
            + task
            + ", dataset: {path: data}}\n";
    return Planner.loader(k -> null).parse(yaml, false, "t", dir);
  }

  private static Map<String, JsonNode> byId(Path out) throws Exception {
    return RunFixture.samples(out).stream()
        .collect(Collectors.toMap(n -> n.path("id").asString(), n -> n));
  }

  @Test
  void truthfulqaMc2ScoresTheNormalisedMassOfTheTrueAnswers() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(
        dir.resolve("data/mc_task.json"),
        "[{\"question\": \"What does a thermometer measure?\","
            + " \"mc1_targets\": {\"Temperature.\": 1, \"Weight.\": 0},"
            + " \"mc2_targets\": {\"Temperature.\": 1, \"How warm something is.\": 1,"
            + " \"Weight.\": 0, \"Time.\": 0}},"
            + " {\"question\": \"Which of these is a mammal?\","
            + " \"mc1_targets\": {\"A whale.\": 1, \"A shark.\": 0},"
            + " \"mc2_targets\": {\"A whale.\": 1, \"A shark.\": 0, \"A bat.\": 1}}]");
    String q1 = PRIMER + "Q: What does a thermometer measure?\nA:";
    String q2 = PRIMER + "Q: Which of these is a mammal?\nA:";
    try (EchoLogprobsServer server = new EchoLogprobsServer()) {
      // each answer's log-likelihood is the sum of its tokens; the token generated after the
      // prompt ("\n", max_tokens 1) lies past the continuation and is left out
      server.answer(
          q1 + " Temperature.",
          List.of(t(q1, null), t(" Temper", -0.25), t("ature.", -0.5), t("\n", -0.125)));
      server.answer(
          q1 + " How warm something is.",
          List.of(t(q1, null), t(" How", -1.5), t(" warm something is.", -1.25)));
      server.answer(q1 + " Weight.", List.of(t(q1, null), t(" Weight.", -1.0), t("\n", -2.0)));
      server.answer(q1 + " Time.", List.of(t(q1, null), t(" Time.", -3.5)));
      server.answer(q2 + " A whale.", List.of(t(q2, null), t(" A", -0.5), t(" whale.", -1.5)));
      server.answer(q2 + " A shark.", List.of(t(q2, null), t(" A shark.", -0.5)));
      server.answer(q2 + " A bat.", List.of(t(q2, null), t(" A", -0.75), t(" bat.", -1.0)));

      Path out = dir.resolve("out");
      EvalSpec spec = spec(server, "truthfulqa_mc2");
      RunSummary run = new RunFixture(dir).run(spec, out, false, false, null);

      StepSummary step = run.steps().get(0);
      assertThat(step.scorer()).isEqualTo("loglikelihood");
      assertThat(step.counts().scored()).isEqualTo(2);
      assertThat(step.metrics()).extracting(MetricValue::name).containsExactly("acc");
      Map<String, JsonNode> samples = byId(out);
      JsonNode first = samples.get("0");
      // labels [1, 1, 0, 0], lls [-0.75, -2.75, -1.0, -3.5]:
      // (e^-0.75 + e^-2.75) / (e^-0.75 + e^-2.75 + e^-1 + e^-3.5)
      assertThat(first.path("score").asDouble()).isCloseTo(0.5739628873688972, within(1e-12));
      assertThat(loglikelihoods(first)).containsExactly(-0.75, -2.75, -1.0, -3.5);
      // labels [1, 0, 1]: split at the first 0, so "A bat." counts as false:
      // e^-2 / (e^-2 + e^-0.5 + e^-1.75)
      JsonNode second = samples.get("1");
      assertThat(second.path("score").asDouble()).isCloseTo(0.14780404965619498, within(1e-12));
      assertThat(second.path("extracted").asString()).isEqualTo("B");
      double mean = (0.5739628873688972 + 0.14780404965619498) / 2;
      assertThat(step.metrics().get(0).value()).isCloseTo(mean, within(1e-12));
      assertThat(server.requests()).hasSize(7);

      // the output keeps the log-likelihoods: rescoring recomputes every mass without a call
      Rescore.Outcome again = Rescore.run(out, spec, dir.resolve("rescored"));
      assertThat(again.rescored()).isEqualTo(2);
      assertThat(again.changed()).isZero();
      assertThat(again.summary().steps().get(0).metrics().get(0).value())
          .isCloseTo(mean, within(1e-12));
      assertThat(server.requests()).hasSize(7);
    }
  }

  @Test
  void winograndeScoresTheRestOfTheSentenceAfterEachFilledInContext() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(
        dir.resolve("data/dev.jsonl"),
        String.join(
            "\n",
            "{\"qID\": \"d1\", \"sentence\": \"The cup fell off the table because _ was"
                + " wobbly.\", \"option1\": \"the cup\", \"option2\": \"the table\","
                + " \"answer\": \"2\"}",
            "{\"qID\": \"d2\", \"sentence\": \"Tom lent Sam a pen because _ had two.\","
                + " \"option1\": \"Tom\", \"option2\": \"Sam\", \"answer\": \"1\"}",
            "{\"qID\": \"d3\", \"sentence\": \"Mia beat Lea at chess because _ played"
                + " better.\", \"option1\": \"Mia\", \"option2\": \"Lea\", \"answer\": \"2\"}",
            ""));
    String cup = "The cup fell off the table because the cup";
    String table = "The cup fell off the table because the table";
    try (EchoLogprobsServer server = new EchoLogprobsServer()) {
      server.answer(
          cup + " was wobbly.",
          List.of(t(cup, null), t(" was", -2.0), t(" wobbly.", -2.0), t("\n", -9.0)));
      server.answer(
          table + " was wobbly.", List.of(t(table, null), t(" was", -1.0), t(" wobbly.", -1.5)));
      for (String who : List.of("Tom", "Sam")) {
        String ctx = "Tom lent Sam a pen because " + who;
        server.answer(ctx + " had two.", List.of(t(ctx, null), t(" had two.", -3.0)));
      }
      for (String who : List.of("Mia", "Lea")) {
        String ctx = "Mia beat Lea at chess because " + who;
        server.answer(
            ctx + " played better.",
            List.of(t(ctx, null), t(" played", -1.0), t(" better.", -0.5)));
      }

      Path out = dir.resolve("out");
      RunSummary run = new RunFixture(dir).run(spec(server, "winogrande"), out, false, false, null);

      StepSummary step = run.steps().get(0);
      assertThat(step.counts().scored()).isEqualTo(3);
      Map<String, JsonNode> samples = byId(out);
      // d1: -4 (the generated "\n" left out) < -2.5, so B; the answer is "2": right
      assertThat(loglikelihoods(samples.get("d1"))).containsExactly(-4.0, -2.5);
      assertThat(samples.get("d1").path("extracted").asString()).isEqualTo("B");
      assertThat(samples.get("d1").path("score").asDouble()).isEqualTo(1.0);
      // d2: -3 = -3, a tie to the lowest index, A; the answer is "1": right
      assertThat(samples.get("d2").path("extracted").asString()).isEqualTo("A");
      assertThat(samples.get("d2").path("score").asDouble()).isEqualTo(1.0);
      // d3: -1.5 = -1.5, A; the answer is "2": wrong
      assertThat(samples.get("d3").path("extracted").asString()).isEqualTo("A");
      assertThat(samples.get("d3").path("score").asDouble()).isZero();
      MetricValue acc = step.metrics().get(0);
      assertThat(acc.name()).isEqualTo("acc");
      assertThat(acc.value()).isCloseTo(2.0 / 3, within(1e-12));
      assertThat(server.requests())
          .extracting(r -> r.path("prompt").asString())
          .containsExactlyInAnyOrder(
              cup + " was wobbly.",
              table + " was wobbly.",
              "Tom lent Sam a pen because Tom had two.",
              "Tom lent Sam a pen because Sam had two.",
              "Mia beat Lea at chess because Mia played better.",
              "Mia beat Lea at chess because Lea played better.");
    }
  }

  /** The log-likelihoods a sample line's output records. */
  private static List<Double> loglikelihoods(JsonNode line) {
    JsonNode out = SampleLines.JSON.readTree(line.path("output").asString());
    List<Double> lls = new ArrayList<>();
    out.path("loglikelihoods").forEach(v -> lls.add(v.asDouble()));
    return lls;
  }
}
