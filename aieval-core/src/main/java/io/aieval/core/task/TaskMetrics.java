package io.aieval.core.task;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.i18n.Messages;
import io.aieval.core.score.PredictionMetric;
import io.aieval.core.score.PredictionMetrics;
import io.aieval.core.score.SampleMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a task's {@code metric_list} into metrics of the metric library. */
final class TaskMetrics {
  private static final List<String> KEYS =
      List.of("metric", "aggregation", "higher_is_better", "reducer", "scorer");
  private static final List<String> JUDGES = List.of("humaneval", "mbpp");
  private static final List<String> CHOICE_METRICS =
      List.of("acc", "acc_norm", "mcc", "f1", "f1_macro");

  private TaskMetrics() {}

  /**
   * @param choiceResults whether a multiple-choice task's {@link ResultsFunction} gives each
   *     sample's metrics: then every name is one of its per-sample values, averaged over the step
   * @param results the scores of a generation task's {@code process_results}, which its metric
   *     names then name, or {@code null} for the library's metrics
   */
  static List<TaskMetric> read(
      TaskNode list,
      OutputType type,
      boolean choiceResults,
      Map<String, ProcessResults.Score> results) {
    List<TaskMetric> out = new ArrayList<>();
    for (TaskNode m : list.items()) {
      Map<String, Object> entry = m.map();
      if (entry == null) {
        continue;
      }
      String name = m.text("metric", "", true);
      String aggregation = m.text("aggregation", "mean", false);
      if (!"mean".equals(aggregation)) {
        m.get("aggregation").unknownName("aggregation", aggregation, List.of("mean"));
      }
      boolean higher = m.flag("higher_is_better", true);
      Map<String, String> options = new LinkedHashMap<>();
      entry.forEach(
          (k, v) -> {
            if (!KEYS.contains(k)) {
              options.put(k, optionText(v));
            }
          });
      TaskMetric metric;
      if (name.isEmpty()) {
        metric = null;
      } else if (choiceResults) {
        metric =
            new TaskMetric(
                name, exactMatch(Map.of()), higher, TaskMetric.Reducer.FIRST, "", options);
      } else {
        metric = metric(m, name, options, type, results);
      }
      if (metric != null && out.stream().anyMatch(x -> x.name().equals(name))) {
        m.get("metric").problem(Messages.get("task.duplicateMetric", name));
      } else if (metric != null && out.isEmpty() && !everyDocument(results, name)) {
        m.get("metric").problem(Messages.get("task.partialPrimary", name));
      } else if (metric != null) {
        out.add(metric);
      }
    }
    return out;
  }

  /**
   * Without a {@code metric_list}: every score of {@code process_results}; else {@code acc} for
   * multiple choice, {@code exact_match} for generation, as lm-eval defaults.
   */
  static List<TaskMetric> fallback(OutputType type, Map<String, ProcessResults.Score> results) {
    if (results != null) {
      List<TaskMetric> all = new ArrayList<>();
      results.forEach(
          (name, s) ->
              all.add(
                  new TaskMetric(name, s.metric(), true, TaskMetric.Reducer.FIRST, "", Map.of())));
      return all;
    }
    String name = type == OutputType.MULTIPLE_CHOICE ? "acc" : "exact_match";
    return List.of(
        new TaskMetric(name, exactMatch(Map.of()), true, TaskMetric.Reducer.FIRST, "", Map.of()));
  }

  /** Whether a metric of this name scores every document: all but some of process_results'. */
  private static boolean everyDocument(Map<String, ProcessResults.Score> results, String name) {
    return results == null || results.get(name).everyDocument();
  }

  private static TaskMetric metric(
      TaskNode m,
      String name,
      Map<String, String> options,
      OutputType type,
      Map<String, ProcessResults.Score> results) {
    if (type == OutputType.MULTIPLE_CHOICE && !CHOICE_METRICS.contains(name)) {
      m.get("metric").unknownName("metric", name, CHOICE_METRICS);
      return null;
    }
    if (type == OutputType.MULTIPLE_CHOICE && name.startsWith("acc")) {
      return new TaskMetric(
          name, exactMatch(Map.of()), true, TaskMetric.Reducer.FIRST, "", options);
    }
    if (results != null && !results.containsKey(name)) {
      m.get("metric").unknownName("metric", name, List.copyOf(results.keySet()));
      return null;
    }
    if (results != null && !options.isEmpty()) {
      m.problem(
          Messages.get("task.processResultsOptions", name, String.join(", ", options.keySet())));
      return null;
    }
    try {
      PredictionMetric pm =
          results != null ? results.get(name).metric() : PredictionMetrics.named(name, options);
      String reducer = m.text("reducer", "first", false);
      if (!TaskMetric.Reducer.NAMES.contains(reducer)) {
        m.get("reducer").unknownName("reducer", reducer, TaskMetric.Reducer.NAMES);
        return null;
      }
      TaskMetric.Reducer reduce = TaskMetric.Reducer.named(reducer);
      if (reduce != TaskMetric.Reducer.FIRST
          && !(pm instanceof SampleMetric s && !s.readsEveryAnswer())) {
        m.get("reducer").problem(Messages.get("task.reducerNotPerAnswer", name, reducer));
        return null;
      }
      String judge = m.text("scorer", "", false);
      if (!judge.isEmpty() && !JUDGES.contains(judge)) {
        m.get("scorer").unknownName("scorer", judge, JUDGES);
        return null;
      }
      if (!judge.isEmpty() && !(pm instanceof SampleMetric s && s.readsEveryAnswer())) {
        m.get("scorer").problem(Messages.get("task.scorerNotPassK", name));
        return null;
      }
      return new TaskMetric(name, pm, m.flag("higher_is_better", true), reduce, judge, options);
    } catch (UnknownComponentException e) {
      m.get("metric").unknownName("metric", name, PredictionMetrics.names());
    } catch (IllegalArgumentException e) {
      m.problem(e.getMessage());
    }
    return null;
  }

  private static SampleMetric exactMatch(Map<String, String> options) {
    return (SampleMetric) PredictionMetrics.named("exact_match", options);
  }

  /** An option as the metric library reads it: lists as JSON arrays of strings. */
  private static String optionText(Object v) {
    if (v instanceof List<?> list) {
      return list.stream()
          .map(e -> "\"" + String.valueOf(e).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(v);
  }
}
