package io.aieval.core.compare;

import io.aieval.api.run.SampleOutcome;
import io.aieval.api.run.SampleResult;
import io.aieval.core.i18n.Messages;
import io.aieval.core.run.SampleLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a run from the output folder {@code aieval run} wrote. */
final class FolderRunSource implements RunSource {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path dir;

  FolderRunSource(Path dir) {
    this.dir = dir;
  }

  @Override
  public ScoredRun read() {
    String label = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw new RunSourceException(label, Messages.get("compare.source.noFolder", dir));
    }
    Path results = dir.resolve("results.json");
    Path samples = dir.resolve("samples.jsonl");
    for (Path needed : List.of(results, samples)) {
      if (!Files.isRegularFile(needed)) {
        throw new RunSourceException(label, Messages.get("compare.source.missing", needed));
      }
    }
    Map<String, Map<String, SampleOutcome>> byStep = samples(samples, label);
    JsonNode root = root(results, label);
    CorpusDefinitions corpus = new CorpusDefinitions(root.path("provenance").path("steps"), label);
    List<StepScores> steps = new ArrayList<>();
    for (JsonNode step : steps(root, results, label)) {
      String name = step.path("name").asString("");
      Map<String, SampleOutcome> outcomes = byStep.getOrDefault(name, Map.of());
      steps.add(
          new StepScores(
              name,
              metrics(name, step.path("metrics"), outcomes, corpus),
              text(step.path("dataset").path("sha256")),
              text(step.path("prompt_template_sha256")),
              outcomes));
    }
    return new ScoredRun(label, steps);
  }

  /**
   * The metrics a step reports, in its order; those its samples hold corpus inputs for are corpus
   * metrics. A step that names none reports its samples' mean {@code score}.
   */
  private static List<StepMetric> metrics(
      String step,
      JsonNode reported,
      Map<String, SampleOutcome> outcomes,
      CorpusDefinitions corpus) {
    Set<String> corpusNames = new HashSet<>();
    for (SampleOutcome o : outcomes.values()) {
      if (o instanceof SampleOutcome.Scored s) {
        corpusNames.addAll(s.corpus().keySet());
      }
    }
    List<StepMetric> metrics = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode m : reported) {
      String name = m.path("name").asString("");
      if (name.isEmpty() || !seen.add(name)) {
        continue;
      }
      double value = m.path("value").isNumber() ? m.path("value").asDouble() : Double.NaN;
      metrics.add(
          corpusNames.contains(name)
              ? new StepMetric(name, value, corpus.metric(step, name))
              : StepMetric.mean(name, value));
    }
    return metrics.isEmpty() ? List.of(StepMetric.mean("score", Double.NaN)) : metrics;
  }

  private static JsonNode root(Path results, String label) {
    try {
      return JSON.readTree(Files.readString(results, StandardCharsets.UTF_8));
    } catch (IOException | JacksonException e) {
      throw new RunSourceException(
          label, Messages.get("compare.source.unreadable", results, e.getMessage()), e);
    }
  }

  private static Iterable<JsonNode> steps(JsonNode root, Path results, String label) {
    JsonNode steps = root.path("steps");
    if (!steps.isArray()) {
      throw new RunSourceException(label, Messages.get("compare.source.noSteps", results));
    }
    return steps;
  }

  /**
   * Every sample's last outcome by step and id: a resumed run appends a new line for each sample it
   * evaluated again, so the later line is the one that counts.
   */
  private static Map<String, Map<String, SampleOutcome>> samples(Path file, String label) {
    Map<String, Map<String, SampleOutcome>> byStep = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        SampleResult r = SampleLines.fromLine(line);
        if (r != null) {
          Map<String, SampleOutcome> step =
              byStep.computeIfAbsent(r.step(), k -> new LinkedHashMap<>());
          step.remove(r.sampleId());
          step.put(r.sampleId(), r.outcome());
        }
      }
    } catch (IOException e) {
      throw new RunSourceException(
          label, Messages.get("compare.source.unreadable", file, e.getMessage()), e);
    }
    return byStep;
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.asString() : null;
  }
}
