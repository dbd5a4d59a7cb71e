package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * {@code aieval compare} on steps whose metrics are corpus metrics, with runs made by {@code aieval
 * run} against the simulator: a translation task file scored with BLEU, chrF and TER, and the
 * built-in CoLA task, scored with MCC over (chosen, gold) choice indices.
 */
class CompareCorpusMetricsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int ROWS = 60;

  @TempDir static Path dir;

  @BeforeAll
  static void runs() throws Exception {
    List<String> mt = new ArrayList<>();
    List<String> cola = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      mt.add(
          "{\"id\":\"m%02d\",\"question\":\"translate sentence %d\",\"answer\":\"the cat number %d sat on the mat\"}"
              .formatted(i, i, i));
      int label = i % 3 == 0 ? 0 : 1;
      cola.add("mk" + i + "\t" + label + "\t" + (label == 0 ? "*" : "") + "\tThe item " + i + ".");
    }
    Files.write(dir.resolve("mt.jsonl"), mt);
    Files.createDirectories(dir.resolve("glue/CoLA"));
    Files.writeString(dir.resolve("glue/CoLA/train.tsv"), cola.get(0) + "\n");
    Files.write(dir.resolve("glue/CoLA/dev.tsv"), cola);
    Files.writeString(
        dir.resolve("mt.yaml"),
        "task: mt\ndoc_to_text: \"{{question}}\"\ndoc_to_target: \"{{answer}}\"\nmetric_list:\n"
            + "  - metric: bleu\n  - metric: chrf\n  - metric: ter\n  - metric: exact_match\n");
    for (String[] run : List.of(new String[] {"weak", "0.5"}, new String[] {"strong", "0.9"})) {
      // the translations come from an answer key; CoLA's letters from the simulator's own choice
      run(
          run[0],
          run[1] + ", answers: mt.jsonl",
          "{type: task, name: mt, file: mt.yaml, dataset: {path: mt.jsonl}}");
      run(run[0] + "-cola", run[1], "{type: task, name: cola, task: cola, dataset: {path: glue}}");
    }
  }

  private static void run(String name, String options, String step) throws Exception {
    Path spec = dir.resolve(name + ".yaml");
    Files.writeString(
        spec,
        "name: "
            + name
            + "\nmodel: {provider: sim, options: {accuracy: "
            + options
            + "}}\nsteps:\n  - "
            + step
            + "\n");
    Cli cli = Cli.run("run", spec.toString(), "-o", dir.resolve(name).toString(), "--quiet");
    assertThat(cli.exit()).as(cli.err()).isZero();
  }

  /** The figure {@code run}'s results.json reports for {@code metric} of {@code step}. */
  private static double reported(String run, String step, String metric) throws Exception {
    for (JsonNode s :
        JSON.readTree(dir.resolve(run).resolve("results.json").toFile()).path("steps")) {
      for (JsonNode m : s.path("metrics")) {
        if (s.path("name").asString().equals(step) && m.path("name").asString().equals(metric)) {
          return m.path("value").asDouble();
        }
      }
    }
    throw new AssertionError("no " + step + " " + metric + " in " + run);
  }

  private static Cli compare(String suffix, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("compare", path("weak" + suffix), path("strong" + suffix), "--json"));
    args.addAll(List.of(extra));
    Cli cli = Cli.run(args.toArray(String[]::new));
    assertThat(cli.exit()).as(cli.err()).isZero();
    return cli;
  }

  private static String path(String run) {
    return dir.resolve(run).toString();
  }

  private static JsonNode entry(JsonNode comparison, String step, String metric) {
    for (JsonNode s : comparison.path("steps")) {
      if (s.path("step").asString().equals(step) && s.path("metric").asString().equals(metric)) {
        return s;
      }
    }
    throw new AssertionError("no " + step + " " + metric + " in " + comparison);
  }

  @Test
  void eachCorpusMetricIsBootstrappedAsAWholeAndItsDifferenceIsTheReportedOne() throws Exception {
    for (String[] m :
        List.of(
            new String[] {"mt", "bleu,none", ""},
            new String[] {"mt", "chrf,none", ""},
            new String[] {"mt", "ter,none", ""},
            new String[] {"cola", "mcc", "-cola"})) {
      JsonNode c = JSON.readTree(compare(m[2]).out()).path("comparisons").path(0);
      assertThat(c.path("metrics_not_compared")).isEmpty();
      JsonNode e = entry(c, m[0], m[1]);
      double weak = reported("weak" + m[2], m[0], m[1]);
      double strong = reported("strong" + m[2], m[0], m[1]);
      assertThat(e.path("test").path("method").asString()).isEqualTo("paired_bootstrap_corpus");
      assertThat(e.path("paired").asLong()).isEqualTo(ROWS);
      assertThat(e.path("baseline_value").asDouble()).isCloseTo(weak, within(1e-12));
      assertThat(e.path("candidate_value").asDouble()).isCloseTo(strong, within(1e-12));
      assertThat(e.path("difference").asDouble()).as(m[1]).isCloseTo(strong - weak, within(1e-12));
      assertThat(e.path("stderr").asDouble()).isPositive();
      assertThat(e.path("ci95").path(0).asDouble())
          .isLessThanOrEqualTo(e.path("ci95").path(1).asDouble());
      assertThat(e.has("flips")).isFalse();
    }
    assertThat(reported("strong", "mt", "bleu,none"))
        .isGreaterThan(reported("weak", "mt", "bleu,none"));
    // the step's other metrics are compared too, each with its own test
    JsonNode mt = JSON.readTree(compare("").out()).path("comparisons").path(0);
    assertThat(entry(mt, "mt", "exact_match,none").path("test").path("method").asString())
        .startsWith("mcnemar");
    JsonNode cola = JSON.readTree(compare("-cola").out()).path("comparisons").path(0);
    assertThat(entry(cola, "cola", "acc").path("test").path("method").asString())
        .startsWith("mcnemar");
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndAnotherSeedOtherIntervals() throws Exception {
    String first = compare("", "--seed", "5").out();
    assertThat(compare("", "--seed", "5").out()).isEqualTo(first);
    JsonNode a = entry(JSON.readTree(first).path("comparisons").path(0), "mt", "bleu,none");
    JsonNode b =
        entry(
            JSON.readTree(compare("", "--seed", "6").out()).path("comparisons").path(0),
            "mt",
            "bleu,none");
    assertThat(b.path("difference").asDouble()).isEqualTo(a.path("difference").asDouble());
    assertThat(b.path("ci95")).isNotEqualTo(a.path("ci95"));
  }

  @Test
  void theTableNamesTheCorpusTestInEitherLanguage() {
    Cli en = Cli.run("compare", path("weak-cola"), path("strong-cola"), "--lang", "en");
    assertThat(en.out()).contains("mcc", "paired bootstrap of the corpus metric");
    Cli zh = Cli.run("compare", path("weak"), path("strong"), "--lang", "zh-CN");
    assertThat(zh.out()).contains("语料级指标的配对自助法");
  }
}
