package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
import io.aieval.core.spec.SpecException;
import io.aieval.core.task.TaskDefinition.ChatFormat;
import io.aieval.core.task.TaskDefinition.Fewshot;
import io.aieval.core.task.TaskDefinition.Generation;
import io.aieval.core.task.TaskDefinition.TaskSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a task file: YAML with lm-evaluation-harness's task keys, data only. Every problem is
 * reported with the file, line and key, an unknown key with the closest known one.
 */
final class TaskFileReader {
  static final Set<String> KEYS =
      Set.of(
          "task",
          "version",
          "description",
          "dataset",
          "doc_to_text",
          "doc_to_target",
          "doc_to_choice",
          "target_delimiter",
          "fewshot_delimiter",
          "output_type",
          "generation_kwargs",
          "num_fewshot",
          "fewshot_config",
          "filter_list",
          "metric_list",
          "process_results",
          "repeats",
          "system_prompt",
          "fewshot_as_multiturn",
          "metadata",
          "doc_to_decontamination_query",
          TaskIncludes.INCLUDE);
  private static final Set<String> GENERATION =
      Set.of("until", "max_tokens", "max_gen_toks", "temperature", "do_sample");
  private static final Set<String> FEWSHOT =
      Set.of("sampler", "seed", "split", "dataset", "doc_to_target", "draw_extra");
  private static final Set<String> PIPELINE = Set.of("name", "filter");
  private static final Set<String> FILTER =
      Set.of("function", "regex_pattern", "group_select", "fallback");
  private static final List<String> OUTPUT_TYPES = List.of("multiple_choice", "generate_until");
  private static final String RANDOM = "random";
  private static final long SEED = 1234;

  private TaskFileReader() {}

  /**
   * Reads and checks a task file's text.
   *
   * @param where the file name used in messages ({@code gsm8k.yaml} or a path)
   * @param dir the folder relative data set paths are resolved against, or {@code null}
   * @throws SpecException with every problem, each at {@code file:line}
   */
  static TaskDefinition read(String text, String where, Path dir) {
    TaskIncludes.Layered file = TaskIncludes.read(text, where, dir);
    TaskNode top = new TaskNode(file.root(), "", file.file(), file.origins());
    TaskDefinition task = build(top, new TaskSource(where, dir, text));
    if (!top.problems().isEmpty()) {
      throw new SpecException(top.problems());
    }
    return task;
  }

  private static TaskDefinition build(TaskNode top, TaskSource source) {
    if (!top.isMap()) {
      return null;
    }
    top.rejectUnknown(KEYS);
    String name = top.text("task", null, true);
    String version = top.text("version", null, false);
    TaskNode metadata = top.get("metadata");
    if (version == null && metadata.isMap()) {
      version = metadata.text("version", null, false);
    }
    String type = top.text("output_type", "generate_until", false);
    OutputType outputType =
        "multiple_choice".equals(type) ? OutputType.MULTIPLE_CHOICE : OutputType.GENERATE_UNTIL;
    if (!OUTPUT_TYPES.contains(type)) {
      top.get("output_type").unknownName("outputType", type, OUTPUT_TYPES);
    }
    TaskTemplates templates =
        new TaskTemplates(
            top.get("doc_to_text").template("{{input}}"),
            top.get("doc_to_target").template("{{target}}"),
            top.get("doc_to_choice").templateList(),
            top.text("target_delimiter", " ", false),
            top.text("fewshot_delimiter", "\n\n", false),
            top.get("fewshot_config").get("doc_to_target").template(null),
            top.get("doc_to_decontamination_query").template(null));
    String processResults = top.get("process_results").resultsName();
    boolean choiceResults = false;
    Map<String, ProcessResults.Score> results = null;
    if (processResults != null) {
      if (outputType == OutputType.MULTIPLE_CHOICE) {
        choiceResults = choiceResults(top.get("process_results"), processResults);
      } else {
        results = generationResults(top.get("process_results"), processResults);
      }
      processResults = choiceResults || results != null ? processResults : null;
    }
    List<TaskMetric> metrics =
        TaskMetrics.read(top.get("metric_list"), outputType, choiceResults, results);
    List<FilterPipeline> filters = filters(top.get("filter_list"));
    TaskDefinition def =
        new TaskDefinition(
            name == null ? "" : name,
            version == null ? "" : version,
            description(top),
            resolved(top.get("dataset").map(), top.get("dataset").dir()),
            templates,
            outputType,
            generation(top.get("generation_kwargs")),
            fewshot(top),
            new ChatFormat(
                top.text("system_prompt", null, false), top.flag("fewshot_as_multiturn", false)),
            filters,
            metrics.isEmpty() ? TaskMetrics.fallback(outputType, results) : metrics,
            processResults,
            (int) top.integer("repeats", 1, 1),
            source);
    Templates.check(def, top);
    return def;
  }

  /**
   * Whether {@code name} is a registered {@link ResultsFunction}, which scores a multiple-choice
   * document from its log-likelihoods; reported when it is not.
   */
  private static boolean choiceResults(TaskNode at, String name) {
    if (TaskFunctions.results().contains(name)) {
      return true;
    }
    if (ProcessResults.NAMES.contains(name)) {
      at.problem(Messages.get("task.processResultsGeneration", name));
    } else {
      at.unknownName("resultsFunction", name, TaskFunctions.results().names());
    }
    return false;
  }

  /**
   * The scores {@code name} gives a generated answer ({@link ProcessResults}), or {@code null},
   * reported, when it names none.
   */
  private static Map<String, ProcessResults.Score> generationResults(TaskNode at, String name) {
    if (ProcessResults.NAMES.contains(name)) {
      return ProcessResults.of(name);
    }
    if (TaskFunctions.results().contains(name)) {
      at.problem(Messages.get("task.processResults.onlyChoice", name));
    } else {
      at.unknownName("processResults", name, ProcessResults.NAMES);
    }
    return null;
  }

  /**
   * {@code description}: one text, or a map from language tag to text ({@code en}, {@code zh-CN})
   * so {@code aieval tasks ls} speaks the user's language.
   */
  private static Map<String, String> description(TaskNode top) {
    TaskNode d = top.get("description");
    if (d.raw() instanceof Map<?, ?> byTag) {
      Map<String, String> out = new LinkedHashMap<>();
      byTag.keySet().forEach(t -> out.put(String.valueOf(t), d.text(String.valueOf(t), "", true)));
      return out;
    }
    String one = top.text("description", null, false);
    return one == null ? Map.of() : Map.of("", one);
  }

  /** A data set section with its {@code path} resolved against the task file's folder. */
  static Map<String, Object> resolved(Map<String, Object> section, Path dir) {
    if (section == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(section);
    if (dir != null && out.get("path") instanceof String p) {
      out.put("path", dir.resolve(p).normalize().toString());
    }
    return out;
  }

  private static Generation generation(TaskNode g) {
    if (!g.isMap()) {
      return new Generation(List.of(), null, null, false);
    }
    g.rejectUnknown(GENERATION);
    long max = g.integer("max_tokens", g.integer("max_gen_toks", -1, 1), 1);
    return new Generation(
        g.get("until").texts(),
        max < 0 ? null : (int) max,
        g.decimal("temperature"),
        g.flag("do_sample", false));
  }

  /**
   * {@code num_fewshot} and {@code fewshot_config}. The sampler is lm-eval's: {@code random} (its
   * {@code default}, also taken by that name) unless the file says {@code first_n}; the seed is
   * lm-eval's {@code fewshot_random_seed}, 1234.
   */
  private static Fewshot fewshot(TaskNode top) {
    int count = (int) top.integer("num_fewshot", 0, 0);
    TaskNode c = top.get("fewshot_config");
    if (!c.isMap()) {
      return new Fewshot(count, RANDOM, SEED, null, null, null);
    }
    c.rejectUnknown(FEWSHOT);
    String sampler = c.text("sampler", RANDOM, false);
    if ("default".equals(sampler)) {
      sampler = RANDOM;
    }
    if (!Fewshot.SAMPLERS.contains(sampler)) {
      c.get("sampler").unknownName("sampler", sampler, Fewshot.SAMPLERS);
    }
    return new Fewshot(
        count,
        sampler,
        c.integer("seed", SEED, Long.MIN_VALUE),
        c.text("split", null, false),
        resolved(c.get("dataset").map(), c.get("dataset").dir()),
        c.get("draw_extra").raw() == null ? null : c.flag("draw_extra", false));
  }

  private static List<FilterPipeline> filters(TaskNode list) {
    List<FilterPipeline> out = new ArrayList<>();
    for (TaskNode p : list.items()) {
      p.rejectUnknown(PIPELINE);
      String name = p.text("name", FilterPipeline.NONE, false);
      List<ResponseFilter> steps = new ArrayList<>();
      for (TaskNode f : p.get("filter").items()) {
        ResponseFilter rf = filter(f);
        if (rf != null) {
          steps.add(rf);
        }
      }
      out.add(new FilterPipeline(name, steps));
    }
    if (out.isEmpty()) {
      out.add(new FilterPipeline(FilterPipeline.NONE, List.of(ResponseFilters.takeFirst())));
    }
    return out;
  }

  private static ResponseFilter filter(TaskNode f) {
    f.rejectUnknown(FILTER);
    String function = f.text("function", "", true);
    switch (function) {
      case "regex":
        try {
          return ResponseFilters.regex(
              f.text("regex_pattern", "#### (\\-?[0-9\\.\\,]+)", false),
              (int) f.integer("group_select", 0, Integer.MIN_VALUE),
              f.text("fallback", ResponseFilters.INVALID, false));
        } catch (java.util.regex.PatternSyntaxException e) {
          f.get("regex_pattern")
              .problem(
                  Messages.get("score.normalization.badRegex", e.getPattern(), e.getDescription()));
          return null;
        }
      case "take_first":
        return ResponseFilters.takeFirst();
      case "take_last":
        return ResponseFilters.takeLast();
      case "majority_vote":
        return ResponseFilters.majorityVote();
      case "lowercase":
        return ResponseFilters.lowercase();
      case "uppercase":
        return ResponseFilters.uppercase();
      case "strip":
        return ResponseFilters.strip();
      case "remove_whitespace":
        return ResponseFilters.removeWhitespace();
      default:
        if (!function.isEmpty()) {
          f.get("function").unknownName("filter", function, ResponseFilters.NAMES);
        }
        return null;
    }
  }
}
