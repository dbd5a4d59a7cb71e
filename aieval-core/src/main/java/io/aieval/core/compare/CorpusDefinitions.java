package io.aieval.core.compare;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.i18n.Messages;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.PredictionMetric;
import io.aieval.core.score.PredictionMetrics;
import io.aieval.core.spec.SpecException;
import io.aieval.core.task.TaskDefinition;
import io.aieval.core.task.TaskMetric;
import io.aieval.core.task.Tasks;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The corpus metrics of a run's steps, rebuilt as the run computed them. A sample line records what
 * a corpus metric reads but not the metric's options (BLEU's tokenizer, F1's {@code pos_label}), so
 * they are taken from the {@code metric_list} of the task each step ran, which the run's provenance
 * names ({@code task}, {@code task_source}); a metric the task does not list, or a task that can no
 * longer be read, gets the metric's default options. A comparison then recomputes each run's own
 * figure and compares only what it reproduces, so a wrong guess is reported, never used.
 */
final class CorpusDefinitions {
  private static final String BUILT_IN = "built-in:";

  // task and task_source by step name, from results.json's provenance
  private final Map<String, String[]> steps = new HashMap<>();
  private final Map<String, Optional<TaskDefinition>> tasks = new HashMap<>();
  private final String label;

  CorpusDefinitions(JsonNode provenanceSteps, String label) {
    this.label = label;
    for (JsonNode s : provenanceSteps) {
      steps.put(
          s.path("step").asString(""),
          new String[] {s.path("task").asString(""), s.path("task_source").asString("")});
    }
  }

  /**
   * The corpus metric {@code step} reports as {@code key} ({@code bleu,none}, {@code mcc}).
   *
   * @throws RunSourceException when no metric of that name is known
   */
  CorpusMetric<?> metric(String step, String key) {
    String name = key.contains(",") ? key.substring(0, key.indexOf(',')) : key;
    Optional<TaskDefinition> task = task(step);
    if (task.isPresent()) {
      for (TaskMetric m : task.get().metrics()) {
        if (m.name().equals(name) && m.metric() instanceof CorpusMetric<?> c) {
          return c;
        }
      }
    }
    try {
      PredictionMetric m = PredictionMetrics.named(name, Map.of());
      if (m instanceof CorpusMetric<?> c) {
        return c;
      }
    } catch (UnknownComponentException e) {
      // reported below
    }
    throw new RunSourceException(
        label, Messages.get("compare.source.unknownCorpusMetric", step, key));
  }

  private Optional<TaskDefinition> task(String step) {
    String[] named = steps.get(step);
    if (named == null) {
      return Optional.empty();
    }
    return tasks.computeIfAbsent(named[1], source -> read(named[0], source));
  }

  /** The task as it is now: the built-in one, or the file the run read, if it still reads. */
  private static Optional<TaskDefinition> read(String task, String source) {
    try {
      if (source.startsWith(BUILT_IN)) {
        return Optional.of(Tasks.catalog(List.of()).get(task));
      }
      Path file = Path.of(source);
      return Files.isRegularFile(file) ? Optional.of(Tasks.read(file)) : Optional.empty();
    } catch (SpecException | UnknownComponentException | InvalidPathException e) {
      return Optional.empty();
    }
  }
}
