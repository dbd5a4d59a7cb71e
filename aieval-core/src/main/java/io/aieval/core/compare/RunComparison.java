package io.aieval.core.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate run compared with a baseline, step by step.
 *
 * @param baseline the baseline's label
 * @param candidate the candidate's label
 * @param steps one entry per step and metric both runs report, for the steps with at least one
 *     paired sample, in the baseline's order of steps and metrics
 * @param withoutPairs steps both runs have but with no sample scored in both, and why
 * @param notCompared metrics of paired steps that could not be compared, and why
 * @param onlyInBaseline steps the candidate lacks
 * @param onlyInCandidate steps the baseline lacks
 * @param warnings changed data sets, prompt templates or metrics
 */
public record RunComparison(
    String baseline,
    String candidate,
    List<StepComparison> steps,
    Map<String, Pairing> withoutPairs,
    List<MetricNotCompared> notCompared,
    List<String> onlyInBaseline,
    List<String> onlyInCandidate,
    List<CompareWarning> warnings) {
  public RunComparison {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    steps = List.copyOf(steps);
    withoutPairs = Collections.unmodifiableMap(new LinkedHashMap<>(withoutPairs));
    notCompared = List.copyOf(notCompared);
    onlyInBaseline = List.copyOf(onlyInBaseline);
    onlyInCandidate = List.copyOf(onlyInCandidate);
    warnings = List.copyOf(warnings);
  }
}
