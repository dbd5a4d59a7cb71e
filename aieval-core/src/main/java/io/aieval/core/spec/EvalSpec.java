package io.aieval.core.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A whole evaluation: which model, which steps on which data, where results go. One schema for the
 * CLI, the API and workers.
 *
 * @param name a short name for the run, used in the output folder and reports
 * @param seed seed for everything random in the run (sampling, baselines, bootstrap)
 * @param model the model under evaluation
 * @param steps the steps, in order
 * @param outputDir the output folder, or {@code null} for a fresh folder under {@code aieval-out/}
 * @param baseDir the folder relative paths were resolved against
 */
public record EvalSpec(
    String name, long seed, ModelSpec model, List<StepSpec> steps, Path outputDir, Path baseDir) {
  public EvalSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
    steps = List.copyOf(steps);
    Objects.requireNonNull(baseDir, "baseDir");
  }
}
