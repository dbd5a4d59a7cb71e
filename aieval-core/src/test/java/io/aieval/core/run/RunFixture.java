package io.aieval.core.run;

import io.aieval.core.model.ResponseCache;
import io.aieval.core.result.RunSummary;
import io.aieval.core.spec.EvalSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Builds data sets and specs in a temporary folder and runs them, for the engine's tests. */
final class RunFixture {
  final Path dir;

  RunFixture(Path dir) {
    this.dir = dir;
  }

  /** {@code n} four-choice questions; the answer of question i is letter i mod 4. */
  Path questions(String name, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] letters = {"A", "B", "C", "D"};
    for (int i = 0; i < n; i++) {
      lines.add(
          "{\"id\":\"q"
              + i
              + "\",\"question\":\"问题 "
              + i
              + "：which option is right?\",\"choices\":[\"甲"
              + i
              + "\",\"乙"
              + i
              + "\",\"丙"
              + i
              + "\",\"丁"
              + i
              + "\"],\"answer\":\""
              + letters[i % 4]
              + "\"}");
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** A spec for the in-process simulator with the given options (YAML flow map text). */
  EvalSpec simSpec(Path data, String simOptions, int maxRetries) {
    String yaml =
        "name: test\n"
            + "model:\n"
            + "  provider: sim\n"
            + "  temperature: 0\n"
            + "  max_concurrency: 16\n"
            + "  max_retries: "
            + maxRetries
            + "\n"
            + "  options: "
            + simOptions
            + "\n"
            + "steps:\n"
            + "  - type: accuracy\n"
            + "    name: mc\n"
            + "    dataset: {path: "
            + data.getFileName()
            + "}\n";
    return Planner.loader(k -> null).parse(yaml, false, "test", dir);
  }

  RunSummary run(EvalSpec spec, Path out, boolean resume, boolean skipBadRows, ResponseCache cache)
      throws InterruptedException {
    return new EvalRun(spec, new EvalRun.Options(out, resume, skipBadRows, cache)).call();
  }

  static List<JsonNode> samples(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("samples.jsonl"))) {
      nodes.add(SampleLines.JSON.readTree(line));
    }
    return nodes;
  }

  /** How many lines each sample id has. */
  static Map<String, Long> idCounts(Path out) throws IOException {
    return samples(out).stream()
        .collect(Collectors.groupingBy(n -> n.path("id").asString(), Collectors.counting()));
  }
}
