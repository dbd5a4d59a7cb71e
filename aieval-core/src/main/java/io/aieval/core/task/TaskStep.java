package io.aieval.core.task;

import io.aieval.api.UnknownComponentException;
import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import io.aieval.core.i18n.Messages;
import io.aieval.core.run.Planner;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.spec.DatasetSpec;
import io.aieval.core.spec.ModelSpec;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import io.aieval.core.spec.SpecWriter;
import io.aieval.core.spec.StepSpec;
import io.aieval.core.step.SampleTask;
import io.aieval.core.step.StepPlan;
import io.aieval.core.step.StepType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code task} step: runs a task file, named ({@code task: gsm8k}, from the registry) or given
 * ({@code file: my_task.yaml}), on the task's data set with the step's {@code dataset} keys over
 * it. Options that override the file: {@code num_fewshot}, {@code limit}, {@code repeats}.
 */
public final class TaskStep implements StepType {
  private static final Set<String> OPTIONS =
      Set.of("task", "file", "num_fewshot", "limit", "repeats");

  @Override
  public String type() {
    return "task";
  }

  /** The task's name, or the task file's name without extension. */
  @Override
  public String defaultName(Map<String, Object> options) {
    if (options.get("task") instanceof String name) {
      return name;
    }
    if (options.get("file") instanceof String file) {
      return Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
    return type();
  }

  @Override
  public Map<String, Object> dataset(
      Map<String, Object> options, String path, List<SpecProblem> problems) {
    try {
      TaskDefinition def = definition(options);
      return def == null ? null : def.dataset();
    } catch (SpecException e) {
      problems.addAll(e.problems());
    } catch (UnknownComponentException e) {
      problems.add(new SpecProblem(path + ".task", e.getMessage()));
    }
    return Map.of();
  }

  @Override
  public void check(StepSpec step, String path, List<SpecProblem> problems) {
    Map<String, Object> p = step.params();
    for (String key : p.keySet()) {
      if (!OPTIONS.contains(key)) {
        problems.add(SpecProblem.unknownOption(path + "." + key, key, OPTIONS));
      }
    }
    if (p.containsKey("task") == p.containsKey("file")) {
      problems.add(new SpecProblem(path + ".task", Messages.get("task.taskOrFile")));
    }
    for (String key : List.of("num_fewshot", "limit", "repeats")) {
      Object v = p.get(key);
      if (v != null && !(v instanceof Integer i && i >= ("repeats".equals(key) ? 1 : 0))) {
        problems.add(
            new SpecProblem(path + "." + key, SpecProblem.expected("nonNegativeInteger", v)));
      }
    }
  }

  @Override
  public void check(StepSpec step, ModelSpec model, String path, List<SpecProblem> problems) {
    int before = problems.size();
    check(step, path, problems);
    if (problems.size() > before) {
      return;
    }
    TaskDefinition def;
    try {
      def = overridden(definition(step.params()), step.params());
    } catch (SpecException | UnknownComponentException e) {
      return; // reported with the step's data set
    }
    if (def.outputType() == OutputType.MULTIPLE_CHOICE
        && def.processResults() != null
        && model != null
        && !"completions".equals(model.api())) {
      // its scores are functions of log-likelihoods: a letter answer cannot stand in for them
      problems.add(
          new SpecProblem(
              path + ".task",
              Messages.get(
                  "task.processResults.needsCompletions",
                  def.name(),
                  def.processResults(),
                  model.api())));
      return;
    }
    try {
      TaskPrompt prompt = prompt(def, step, limit(step.params()));
      List<Sample> first = samples(step.dataset().toSource(), 1);
      if (!first.isEmpty()) {
        tryRender(def, prompt, first.get(0));
      }
    } catch (SpecException e) {
      e.problems().forEach(x -> problems.add(new SpecProblem(path + "." + x.path(), x.message())));
    } catch (RuntimeException e) {
      problems.add(new SpecProblem(path, e.getMessage()));
    }
  }

  /** Renders everything a sample's prompt and score need, so a bad template fails before a run. */
  private static void tryRender(TaskDefinition def, TaskPrompt prompt, Sample s) {
    prompt.context(s);
    prompt.target(s);
    if (def.outputType() == OutputType.MULTIPLE_CHOICE) {
      prompt.goldIndex(s, prompt.choices(s));
    } else {
      prompt.references(s);
    }
  }

  /**
   * The task's prompts over the step's data set.
   *
   * @param limit the rows evaluated (0 for all): the {@code random} sampler draws for their
   *     positions
   */
  private static TaskPrompt prompt(TaskDefinition def, StepSpec step, long limit) {
    TaskDefinition.Fewshot f = def.fewshot();
    FewshotSampler sampler = FewshotSampler.none();
    if (f.count() > 0) {
      DatasetSource evaluated = step.dataset().toSource();
      DatasetSource poolSource =
          f.dataset() == null && f.split() == null
              ? evaluated
              : fewshotSpec(def, step.dataset()).toSource();
      boolean drawExtra = f.drawExtra() != null ? f.drawExtra() : poolSource.equals(evaluated);
      Map<String, Integer> positions = f.random() ? positions(evaluated, limit) : Map.of();
      sampler = new FewshotSampler(samples(poolSource, Long.MAX_VALUE), f, drawExtra, positions);
    }
    return new TaskPrompt(def, new Templates(step.dataset().fields()), sampler);
  }

  /**
   * Each evaluated document's id and its position in evaluation order: its row's in the data set,
   * malformed rows counted, as the evaluator reads them.
   */
  private static Map<String, Integer> positions(DatasetSource source, long limit) {
    Map<String, Integer> positions = new HashMap<>();
    try (SampleStream rows = Datasets.open(source)) {
      for (int i = 0; rows.hasNext() && (limit == 0 || i < limit); i++) {
        if (rows.next() instanceof DataRow.Good g) {
          positions.putIfAbsent(g.sample().id(), i);
        }
      }
    }
    return positions;
  }

  @Override
  public StepPlan plan(StepSpec step, ModelSpec model) {
    Map<String, Object> p = step.params();
    TaskDefinition def = overridden(definition(p), p);
    DatasetSource source = step.dataset().toSource();
    long limit = limit(p);
    TaskPrompt prompt = prompt(def, step, limit);
    boolean completions = "completions".equals(model.api());
    GenerationParams params = params(def, model.params());
    SampleTask task;
    List<String> metrics;
    String method;
    if (def.outputType() == OutputType.MULTIPLE_CHOICE) {
      task =
          new MultipleChoiceTask(
              def, prompt, completions, params, Messages.get(MultipleChoiceTask.LETTER_SUFFIX_KEY));
      metrics =
          def.processResults() != null
              ? def.metrics().stream().map(TaskMetric::name).toList()
              : MultipleChoiceTask.metricNames(
                  def,
                  completions
                      ? io.aieval.core.score.Loglikelihoods.MULTIPLE_CHOICE_METRICS
                      : List.of("acc"));
      method = completions ? "loglikelihood" : "choice_letter";
    } else {
      task = new GenerateUntilTask(def, prompt, params, !completions);
      metrics = GenerateUntilTask.metricNames(def);
      method = "generate_until";
    }
    String provenance =
        "task: " + def.name() + "\nversion: " + def.version() + "\n" + def.templates().canonical();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("task", def.name());
    details.put("task_version", def.version());
    details.put("task_source", def.source().where());
    details.put("method", method);
    if (def.processResults() != null) {
      details.put("process_results", def.processResults());
    }
    if (!task.corpusMetrics().isEmpty()) {
      // the bootstrap behind corpus metrics' standard errors, so aieval score can repeat them
      details.put("bootstrap_iters", String.valueOf(Bootstrap.DEFAULT_ITERATIONS));
      details.put("bootstrap_seed", String.valueOf(Bootstrap.DEFAULT_SEED));
    }
    return new StepPlan(
        step.name(), type(), source, task, method, metrics, limit, provenance, details);
  }

  /** The step's {@code limit}, 0 for none. */
  private static long limit(Map<String, Object> p) {
    return p.get("limit") instanceof Number n ? n.longValue() : 0;
  }

  private static TaskDefinition definition(Map<String, Object> p) {
    if (p.get("file") instanceof String file) {
      return Tasks.read(Path.of(file));
    }
    if (p.get("task") instanceof String name) {
      return Tasks.catalog(Tasks.userDirs()).get(name);
    }
    return null;
  }

  private static TaskDefinition overridden(TaskDefinition d, Map<String, Object> p) {
    TaskDefinition.Fewshot f = d.fewshot();
    int shots = p.get("num_fewshot") instanceof Integer n ? n : f.count();
    int repeats = p.get("repeats") instanceof Integer n ? n : d.repeats();
    return new TaskDefinition(
        d.name(),
        d.version(),
        d.description(),
        d.dataset(),
        d.templates(),
        d.outputType(),
        d.generation(),
        new TaskDefinition.Fewshot(
            shots, f.sampler(), f.seed(), f.split(), f.dataset(), f.drawExtra()),
        d.chat(),
        d.filters(),
        d.metrics(),
        d.processResults(),
        repeats,
        d.source());
  }

  /** The task's generation settings over the model's. */
  private static GenerationParams params(TaskDefinition def, GenerationParams model) {
    TaskDefinition.Generation g = def.generation();
    // lm-evaluation-harness decodes greedily unless do_sample is set
    Double temperature =
        g.doSample() ? (g.temperature() != null ? g.temperature() : model.temperature()) : 0.0;
    return new GenerationParams(
        temperature,
        g.maxTokens() != null ? g.maxTokens() : model.maxTokens(),
        model.topP(),
        g.until().isEmpty() ? model.stop() : g.until(),
        model.seed());
  }

  /**
   * The few-shot examples' data set: the step's section with the task's {@code fewshot_config} keys
   * ({@code split}, {@code dataset}) over it, read by the spec loader.
   *
   * @throws SpecException when the examples' split is to come from the step's path, which is one
   *     file of a layout and so holds only the evaluated split
   */
  private static DatasetSpec fewshotSpec(TaskDefinition def, DatasetSpec main) {
    TaskDefinition.Fewshot f = def.fewshot();
    boolean samePath = f.dataset() == null || !f.dataset().containsKey("path");
    if (f.split() != null
        && samePath
        && main.layout() != null
        && Files.isRegularFile(main.resolved())) {
      throw new SpecException(
          List.of(
              new SpecProblem(
                  "dataset.path",
                  Messages.get(
                      "task.fewshotSplitInFile",
                      def.name(),
                      String.valueOf(f.count()),
                      f.split(),
                      main.path()))));
    }
    Map<String, Object> section = new LinkedHashMap<>(SpecWriter.dataset(main));
    if (f.dataset() != null) {
      section.putAll(f.dataset());
    }
    if (f.split() != null) {
      section.put("split", f.split());
    }
    return Planner.loader().parseDataset(section, "fewshot_config.dataset", Path.of("."));
  }

  private static List<Sample> samples(DatasetSource source, long most) {
    List<Sample> out = new ArrayList<>();
    try (SampleStream rows = Datasets.open(source)) {
      while (rows.hasNext() && out.size() < most) {
        if (rows.next() instanceof DataRow.Good g) {
          out.add(g.sample());
        }
      }
    }
    return out;
  }
}
