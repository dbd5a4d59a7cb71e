package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in generation tasks DROP, SQuAD v2 and STS-B run with the simulator on made-up copies
 * in their official layouts: the prompt sent (lm-eval's, rendered by hand), each sample's scores
 * for the answer the simulator gave, worked out by hand for each of the two ways it words an answer
 * ("X" or "The answer is X."), and the step's figures.
 */
class BuiltInGenerationTasksTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private void write(String file, String text) throws Exception {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** Runs {@code task} over {@code data} with the simulator; returns the output folder. */
  private Path run(String task, int fewshot, String simOptions) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        "name: "
            + task
            + "\nmodel: {provider: sim, options: {"
            + simOptions
            + "}}\nsteps:\n  - {type: task, task: "
            + task
            + ", num_fewshot: "
            + fewshot
            + ", dataset: {path: data}}\n");
    Path out = dir.resolve("out");
    Cli cli = Cli.run("run", spec.toString(), "-o", out.toString(), "-q", "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    return out;
  }

  private static List<JsonNode> samples(Path out) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(out.resolve("samples.jsonl"))) {
      lines.add(JSON.readTree(l));
    }
    return lines;
  }

  /** The user message of a sample's chat prompt. */
  private static String user(JsonNode sample) {
    for (JsonNode m : sample.path("prompt").findParents("role")) {
      if (m.path("role").asString().equals("user")) {
        return m.path("content").asString();
      }
    }
    throw new AssertionError("no user message in " + sample);
  }

  private static Map<String, Double> scores(JsonNode sample) {
    return JSON.convertValue(
        sample.path("scores"),
        JSON.getTypeFactory().constructMapType(Map.class, String.class, Double.class));
  }

  private static JsonNode step(Path out) throws Exception {
    return JSON.readTree(out.resolve("results.json").toFile()).path("steps").path(0);
  }

  private static JsonNode metric(JsonNode step, String name) {
    for (JsonNode m : step.path("metrics")) {
      if (m.path("name").asString().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no metric " + name + " in " + step);
  }

  @Test
  void drop() throws Exception {
    String empty = "\"date\": {\"day\": \"\", \"month\": \"\", \"year\": \"\"}";
    write(
        "data/drop_dataset/drop_dataset_train.json",
        // lm-eval draws two (one more than one shot); Random(1234).sample gives [1, 0]: t first
        "{\"s\": {\"passage\": \"Cy sat.\", \"qa_pairs\": [{\"question\": \"Who sat?\","
            + " \"query_id\": \"t0\", \"answer\": {\"number\": \"\", "
            + empty
            + ", \"spans\": [\"Cy\"]}}]},"
            + " \"t\": {\"passage\": \"Ann and Bo ran.\", \"qa_pairs\": [{\"question\": \"Who ran?\","
            + " \"query_id\": \"t1\", \"answer\": {\"number\": \"\", "
            + empty
            + ", \"spans\": [\"Ann\", \"Bo\"]}}]}}");
    write(
        "data/drop_dataset/drop_dataset_dev.json",
        "{\"d\": {\"passage\": \"Kim scored 2 goals in the first half.\", \"qa_pairs\": ["
            + "{\"question\": \"How many goals did Kim score?\", \"query_id\": \"d1\","
            + " \"answer\": {\"number\": \"2\", "
            + empty
            + ", \"spans\": []}}]}}");
    JsonNode sample = samples(run("drop", 1, "accuracy: 1.0")).get(0);
    assertThat(user(sample))
        .isEqualTo(
            "Ann and Bo ran. Who ran?Ann,Bo\n\n"
                + "Kim scored 2 goals in the first half. How many goals did Kim score?");
    String output = sample.path("output").asString();
    if (output.equals("2")) {
      assertThat(scores(sample))
          .containsExactly(Map.entry("em,none", 1.0), Map.entry("f1,none", 1.0));
    } else {
      // "The answer is 2." cut at the task's stop sequence "." as a server cuts it: "the answer
      // is 2" → bag {answer, is, 2.0} against {2.0}: P 1/3, R 1, F1 0.5
      assertThat(output).isEqualTo("The answer is 2");
      assertThat(scores(sample))
          .containsExactly(Map.entry("em,none", 0.0), Map.entry("f1,none", 0.5));
    }
  }

  @Test
  void squadv2() throws Exception {
    write(
        "data/train-v2.0.json",
        "{\"version\": \"v2.0\", \"data\": [{\"title\": \"Made_Up_Hill\", \"paragraphs\": ["
            + "{\"context\": \"The hill is 80 m high.\", \"qas\": [{\"question\": \"Who built it?\","
            + " \"id\": \"t1\", \"answers\": [], \"is_impossible\": true}]}]}]}");
    write(
        "data/dev-v2.0.json",
        "{\"version\": \"v2.0\", \"data\": ["
            + "{\"title\": \"Made_Up_Lake\", \"paragraphs\": [{\"context\": \"The lake is 4 km"
            + " wide.\", \"qas\": [{\"question\": \"How wide is the lake?\", \"id\": \"s1\","
            + " \"answers\": [{\"text\": \"4 km\", \"answer_start\": 12}],"
            + " \"is_impossible\": false}]}]},"
            + "{\"title\": \"Made_Up_Cave\", \"paragraphs\": [{\"context\": \"The cave is dark.\","
            + " \"qas\": [{\"question\": \"Who found the cave?\", \"id\": \"s2\", \"answers\": [],"
            + " \"is_impossible\": true}]}]}]}");
    Path out = run("squadv2", 1, "accuracy: 1.0");
    double[] exact = new double[2];
    for (JsonNode sample : samples(out)) {
      String id = sample.path("id").asString();
      String output = sample.path("output").asString();
      Map<String, Double> scores = scores(sample);
      if (id.equals("s1")) {
        assertThat(user(sample))
            .isEqualTo(
                "Title: Made_Up_Hill\n\nBackground: The hill is 80 m high.\n\n"
                    + "Question: Who built it?\n\nAnswer: unanswerable\n\n"
                    + "Title: Made_Up_Lake\n\nBackground: The lake is 4 km wide.\n\n"
                    + "Question: How wide is the lake?\n\nAnswer:");
        // "4 km", or "answer is 4 km" against "4 km": 2 shared of 4, P 1/2, R 1, F1 2/3
        boolean plain = output.equals("4 km");
        assertThat(plain || output.equals("The answer is 4 km.")).as(output).isTrue();
        exact[0] = plain ? 1 : 0;
        assertThat(scores.keySet())
            .containsExactly("exact,none", "f1,none", "HasAns_exact,none", "HasAns_f1,none");
        assertThat(scores.get("HasAns_exact,none")).isEqualTo(exact[0]);
        assertThat(scores.get("HasAns_f1,none")).isCloseTo(plain ? 1 : 2.0 / 3, within(1e-15));
      } else {
        // no answers: the empty answer matches; "answer is" does not
        boolean plain = output.isEmpty();
        assertThat(plain || output.equals("The answer is .")).as(output).isTrue();
        exact[1] = plain ? 1 : 0;
        assertThat(scores)
            .containsExactly(
                Map.entry("exact,none", exact[1]),
                Map.entry("f1,none", exact[1]),
                Map.entry("NoAns_exact,none", exact[1]),
                Map.entry("NoAns_f1,none", exact[1]));
      }
    }
    JsonNode step = step(out);
    assertThat(metric(step, "exact,none").path("n").asInt()).isEqualTo(2);
    assertThat(metric(step, "exact,none").path("value").asDouble())
        .isEqualTo((exact[0] + exact[1]) / 2);
    assertThat(metric(step, "HasAns_exact,none").path("n").asInt()).isEqualTo(1);
    assertThat(metric(step, "HasAns_exact,none").path("value").asDouble()).isEqualTo(exact[0]);
    assertThat(metric(step, "NoAns_f1,none").path("n").asInt()).isEqualTo(1);
    assertThat(metric(step, "NoAns_f1,none").path("value").asDouble()).isEqualTo(exact[1]);
    assertSameAfterRescore(out, 2);
  }

  /** {@code aieval rescore} reads the references again and changes no score or figure. */
  private static void assertSameAfterRescore(Path out, int samples) throws Exception {
    Cli cli = Cli.run("rescore", out.toString(), "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains(samples + " answers scored again; 0 changed score.");
    assertThat(step(out.resolve("rescored")).path("metrics")).isEqualTo(step(out).path("metrics"));
  }

  /**
   * Thirty made-up pairs whose answers the simulator gives from a key: gold score k/5 for k = 7i
   * mod 26, answer k/5 + ((13i mod 9) − 4)/5 kept in [0, 5], and no number for i = 3, 13, 23. The
   * expected correlations over the other 27 pairs are SciPy's {@code pearsonr} and {@code
   * spearmanr} on them, computed in Python 3.
   */
  @Test
  void stsbCorrelationsLeaveOutAnswersWithoutANumberAndAreAievalScoresFigures() throws Exception {
    StringBuilder dev =
        new StringBuilder(
            "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2"
                + "\tscore\n");
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int k = (i * 7) % 26;
      String gold = (2 * k / 10) + "." + (2 * k % 10) + "00";
      int tenths = Math.max(0, Math.min(50, 2 * k + 2 * ((i * 13) % 9 - 4)));
      String answer = i % 10 == 3 ? "no idea" : (tenths / 10) + "." + (tenths % 10);
      String s1 = "Item " + i + " is a red box.";
      dev.append(i)
          .append("\tmain\tmade-up\t2024\t")
          .append(i)
          .append("\tnone\tnone\t")
          .append(s1)
          .append("\tThing ")
          .append(i)
          .append(" looks like a red box.\t")
          .append(gold)
          .append('\n');
      answers.add("{\"question\": \"Sentence 1: " + s1 + "\", \"answer\": \"" + answer + "\"}");
    }
    write("data/STS-B/dev.tsv", dev.toString());
    write("answers.jsonl", String.join("\n", answers) + "\n");
    Path out = run("stsb", 0, "accuracy: 1.0, answers: answers.jsonl");

    JsonNode step = step(out);
    assertThat(step.path("counts").path("scored").asInt()).isEqualTo(30);
    assertThat(step.path("counts").path("skipped").asInt()).isZero();
    JsonNode pearson = metric(step, "pearson,first-number");
    JsonNode spearman = metric(step, "spearman,first-number");
    assertThat(pearson.path("n").asInt()).isEqualTo(27);
    assertThat(pearson.path("value").asDouble()).isCloseTo(0.9503808154115294, within(1e-12));
    assertThat(spearman.path("n").asInt()).isEqualTo(27);
    assertThat(spearman.path("value").asDouble()).isCloseTo(0.9564798515360801, within(1e-12));
    for (JsonNode sample : samples(out)) {
      boolean numeric = !sample.path("input").asString().matches("(?s).*Item (3|13|23) .*");
      assertThat(sample.path("reason").isMissingNode() || sample.path("reason").isNull())
          .as(sample.toString())
          .isEqualTo(numeric);
      if (!numeric) {
        assertThat(sample.path("reason").asString())
            .isEqualTo(
                "left out of pearson,first-number: \"[invalid]\" is not a number;"
                    + " left out of spearman,first-number: \"[invalid]\" is not a number");
      }
    }

    for (JsonNode m : List.of(pearson, spearman)) {
      String name = m.path("name").asString();
      Path file = dir.resolve(name.replace(',', '_') + ".jsonl");
      Cli export =
          Cli.run(
              "predictions",
              out.toString(),
              "--step",
              "stsb",
              "--metric",
              name,
              "-o",
              file.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(Files.readAllLines(file)).hasSize(27);
      Cli score =
          Cli.run(
              "score",
              "--metric",
              name.substring(0, name.indexOf(',')),
              "--input",
              file.toString(),
              "--json");
      assertThat(score.exit()).as(score.err()).isZero();
      JsonNode expected = JSON.readTree(score.out());
      assertThat(expected.path("count").asInt()).isEqualTo(27);
      assertThat(m.path("value").asDouble())
          .isCloseTo(expected.path("value").asDouble(), within(1e-12));
      assertThat(m.path("stderr").asDouble())
          .isCloseTo(expected.path("stderr").asDouble(), within(1e-12));
      for (int i = 0; i < 2; i++) {
        assertThat(m.path("ci95").path(i).asDouble())
            .isCloseTo(expected.path("ci95").path(i).asDouble(), within(1e-12));
      }
    }
    assertSameAfterRescore(out, 30);
  }
}
