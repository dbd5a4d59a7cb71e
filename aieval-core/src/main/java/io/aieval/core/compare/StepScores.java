package io.aieval.core.compare;

import io.aieval.api.run.SampleOutcome;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a finished run: what it measured, on which data, and how each sample ended.
 *
 * @param name the step name, the key steps are paired on
 * @param metrics every metric the step reports, the primary one first (its per-sample score is the
 *     sample's {@code score}); not empty, names unique
 * @param datasetSha256 the SHA-256 of the data set file, or {@code null} when not recorded
 * @param promptTemplateSha256 the SHA-256 of the prompt template, or {@code null} when not recorded
 * @param outcomes each sample's outcome by sample id, in the order the run recorded them
 */
public record StepScores(
    String name,
    List<StepMetric> metrics,
    String datasetSha256,
    String promptTemplateSha256,
    Map<String, SampleOutcome> outcomes) {
  public StepScores {
    Objects.requireNonNull(name, "name");
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("step " + name + " reports no metric");
    }
    Set<String> names = new HashSet<>();
    for (StepMetric m : metrics) {
      if (!names.add(m.name())) {
        throw new IllegalArgumentException("metric " + m.name() + " appears twice in " + name);
      }
    }
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** The step's primary metric, the one its samples' {@code score} is of. */
  public StepMetric primary() {
    return metrics.get(0);
  }

  /** The metric called {@code name}, if the step reports one. */
  public Optional<StepMetric> metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * The per-sample score {@code s} has for the metric called {@code name}: its entry in {@code
   * scores}, or for the primary metric its {@code score}; {@code NaN} when it has none.
   */
  public double score(String name, SampleOutcome.Scored s) {
    Double own = s.scores().get(name);
    if (own != null) {
      return own;
    }
    return name.equals(primary().name()) ? s.value() : Double.NaN;
  }
}
