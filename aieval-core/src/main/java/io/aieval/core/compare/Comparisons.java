package io.aieval.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares finished runs step by step and metric by metric, on the samples they scored in common: a
 * metric averaged over per-sample scores by its paired mean difference (McNemar's test for 0/1
 * scores, the paired bootstrap's otherwise), a corpus metric by the paired bootstrap of the metric
 * itself ({@link CorpusBootstrap}).
 */
public final class Comparisons {
  private Comparisons() {}

  /**
   * Every run after the first compared with the first.
   *
   * @throws IllegalArgumentException when fewer than two runs are given
   */
  public static List<RunComparison> eachToFirst(List<ScoredRun> runs, CompareSettings settings) {
    if (runs.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two runs, not " + runs.size());
    }
    List<RunComparison> out = new ArrayList<>();
    for (ScoredRun candidate : runs.subList(1, runs.size())) {
      out.add(compare(runs.get(0), candidate, settings));
    }
    return out;
  }

  /** The candidate compared with the baseline. */
  public static RunComparison compare(
      ScoredRun baseline, ScoredRun candidate, CompareSettings settings) {
    List<StepComparison> steps = new ArrayList<>();
    Map<String, Pairing> withoutPairs = new LinkedHashMap<>();
    List<MetricNotCompared> notCompared = new ArrayList<>();
    List<String> onlyInBaseline = new ArrayList<>();
    List<CompareWarning> warnings = new ArrayList<>();
    for (StepScores a : baseline.steps()) {
      Optional<StepScores> b = candidate.step(a.name());
      if (b.isEmpty()) {
        onlyInBaseline.add(a.name());
        continue;
      }
      warnings.addAll(warnings(a, b.get()));
      StepMetrics metrics =
          new StepMetrics(baseline.label(), candidate.label(), a, b.get(), settings);
      if (metrics.pairing().paired() == 0) {
        withoutPairs.put(a.name(), metrics.pairing());
        continue;
      }
      for (StepMetric m : a.metrics()) {
        // a metric only one run reports is named in the metric warning
        counterpart(m, a, b.get()).ifPresent(other -> metrics.compare(m, other));
      }
      steps.addAll(metrics.compared());
      notCompared.addAll(metrics.notCompared());
    }
    List<String> onlyInCandidate =
        candidate.steps().stream()
            .map(StepScores::name)
            .filter(name -> baseline.step(name).isEmpty())
            .toList();
    return new RunComparison(
        baseline.label(),
        candidate.label(),
        steps,
        withoutPairs,
        notCompared,
        onlyInBaseline,
        onlyInCandidate,
        warnings);
  }

  /**
   * The candidate's metric of the same name; for the baseline's primary metric, when neither
   * primary has a namesake on the other side, the candidate's primary (a renamed scorer), which the
   * metric warning names.
   */
  private static Optional<StepMetric> counterpart(StepMetric m, StepScores a, StepScores b) {
    Optional<StepMetric> same = b.metric(m.name());
    if (same.isPresent() || m != a.primary() || a.metric(b.primary().name()).isPresent()) {
      return same;
    }
    return Optional.of(b.primary());
  }

  private static List<CompareWarning> warnings(StepScores a, StepScores b) {
    List<CompareWarning> out = new ArrayList<>();
    if (differ(a.datasetSha256(), b.datasetSha256())) {
      out.add(new CompareWarning.DatasetDiffers(a.name(), a.datasetSha256(), b.datasetSha256()));
    }
    if (differ(a.promptTemplateSha256(), b.promptTemplateSha256())) {
      out.add(
          new CompareWarning.PromptTemplateDiffers(
              a.name(), a.promptTemplateSha256(), b.promptTemplateSha256()));
    }
    String metricsA = names(a);
    String metricsB = names(b);
    if (!metricsA.equals(metricsB)) {
      out.add(new CompareWarning.MetricDiffers(a.name(), metricsA, metricsB));
    }
    return out;
  }

  private static String names(StepScores s) {
    return String.join(", ", s.metrics().stream().map(StepMetric::name).toList());
  }

  /** Recorded in both and different: a hash only one run recorded cannot be checked. */
  private static boolean differ(String a, String b) {
    return a != null && b != null && !Objects.equals(a, b);
  }
}
