package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import io.aieval.core.run.Planner;
import io.aieval.core.spec.EvalSpec;
import io.aieval.core.step.StepPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A built-in task planned as {@code aieval run} plans it, for a completions endpoint, over a
 * made-up copy of its benchmark's layout in {@code dir/data}: its prompts, and its scores of given
 * completions.
 */
final class PlannedTask {
  private final StepPlan plan;
  private final Map<String, Sample> samples = new LinkedHashMap<>();

  private PlannedTask(StepPlan plan) {
    this.plan = plan;
    try (SampleStream rows = Datasets.open(plan.source())) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          samples.put(g.sample().id(), g.sample());
        }
      }
    }
  }

  static PlannedTask of(Path dir, String task, int fewshot) {
    String yaml =
        "name: t\nmodel: {provider: sim, api: completions}\nsteps:\n  - {type: task, task: "
            + task
            + ", num_fewshot: "
            + fewshot
            + ", dataset: {path: data}}\n";
    EvalSpec spec = Planner.loader(k -> null).parse(yaml, false, "test", dir);
    return new PlannedTask(Planner.plan(spec).get(0));
  }

  /** Writes {@code text} to {@code dir/data/relative}. */
  static void write(Path dir, String relative, String text) {
    Path file = dir.resolve("data").resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  StepPlan plan() {
    return plan;
  }

  String prompt(String id) {
    return ((Prompt.Text) plan.task().calls(samples.get(id)).prompt()).text();
  }

  SampleOutcome.Scored score(String id, String completion) {
    return plan.task().score(samples.get(id), completion);
  }
}
