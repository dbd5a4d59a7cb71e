package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import io.aieval.core.run.Planner;
import io.aieval.core.step.StepPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plans one built-in task step over a folder, and reads its samples, for the task tests. */
final class BuiltInTaskPlans {
  private BuiltInTaskPlans() {}

  /**
   * The plan of a step running {@code task} with {@code fewshot} examples over {@code data}.
   *
   * @param api {@code chat} or {@code completions}
   */
  static StepPlan plan(Path dir, String task, int fewshot, String api) {
    String yaml =
        "name: t\nmodel: {provider: sim, api: "
            + api
            + "}\nsteps:\n  - {type: task, task: "
            + task
            + ", num_fewshot: "
            + fewshot
            + ", dataset: {path: data}}\n";
    return Planner.plan(Planner.loader(k -> null).parse(yaml, false, "t", dir)).get(0);
  }

  static List<Sample> samples(StepPlan plan) {
    List<Sample> out = new ArrayList<>();
    try (SampleStream rows = Datasets.open(plan.source())) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          out.add(g.sample());
        }
      }
    }
    return out;
  }
}
