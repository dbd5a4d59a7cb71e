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
  private static final List<String> REDUCERS = List.of("first", "mean");
  private static final List<String> JUDGES = List.of("humaneval", "mbpp");
  private static final List<String> CHOICE_METRICS =
      List.of("acc", "acc_norm", "mcc", "f1", "f1_macro");

  private TaskMetrics() {}

  /**
   * @param processResults whether a results function gives each sample's metrics: then every name
   *     is one of its per-sample values, averaged over the step
   */
  static List<TaskMetric> read(TaskNode list, OutputType type, boolean processResults) {
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
      } else if (processResults) {
        metric = new TaskMetric(name, exactMatch(Map.of()), higher, false, "", options);
      } else {
        metric = metric(m, name, options, type);
      }
      if (metric != null) {
        out.add(metric);
      }
    }
    return out;
  }

  /** {@code acc} for multiple choice, {@code exact_match} for generation, as lm-eval defaults. */
  static TaskMetric fallback(OutputType type) {
    String name = type == OutputType.MULTIPLE_CHOICE ? "acc" : "exact_match";
    return new TaskMetric(name, exactMatch(Map.of()), true, false, "", Map.of());
  }

  private static TaskMetric metric(
      TaskNode m, String name, Map<String, String> options, OutputType type) {
    if (type == OutputType.MULTIPLE_CHOICE && !CHOICE_METRICS.contains(name)) {
      m.get("metric").unknownName("metric", name, CHOICE_METRICS);
      return null;
    }
    if (type == OutputType.MULTIPLE_CHOICE && name.startsWith("acc")) {
      return new TaskMetric(name, exactMatch(Map.of()), true, false, "", options);
    }
    try {
      PredictionMetric pm = PredictionMetrics.named(name, options);
      String reducer = m.text("reducer", "first", false);
      if (!REDUCERS.contains(reducer)) {
        m.get("reducer").unknownName("reducer", reducer, REDUCERS);
        return null;
      }
      boolean mean = "mean".equals(reducer);
      if (mean && !(pm instanceof SampleMetric s && !s.readsEveryAnswer())) {
        m.get("reducer").problem(Messages.get("task.reducerNotPerAnswer", name));
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
      return new TaskMetric(name, pm, m.flag("higher_is_better", true), mean, judge, options);
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
