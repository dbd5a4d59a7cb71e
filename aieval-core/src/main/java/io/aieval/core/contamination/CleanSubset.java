package io.aieval.core.contamination;

import io.aieval.api.run.SampleOutcome;
import io.aieval.core.compare.ScoredRun;
import io.aieval.core.compare.StepMetric;
import io.aieval.core.compare.StepScores;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.CorpusAccumulator;
import io.aieval.core.score.MeanAccumulator;
import io.aieval.core.score.Metric;
import io.aieval.core.score.MetricValue;
import io.aieval.core.score.Metrics;
import io.aieval.core.score.SavedPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A run's metrics on every scored sample and on the clean ones only, recomputed from its samples as
 * the run computed them, so the full-set figure equals the one in {@code results.json}: a mean of
 * per-sample scores with standard error sample sd / √n and a normal 95% interval (clamped to [0, 1]
 * for scores in [0, 1]); a corpus metric (BLEU, MCC …) over the samples' corpus inputs, with the
 * bootstrapped standard error the run used.
 *
 * @param run the run's label
 * @param matchedByDataset whether the steps were chosen because their data set file has the
 *     benchmark's SHA-256; when no step has, every step is matched on sample ids alone
 * @param steps one entry per step checked and metric it reports
 */
public record CleanSubset(String run, boolean matchedByDataset, List<StepSubset> steps) {
  public CleanSubset {
    Objects.requireNonNull(run, "run");
    steps = List.copyOf(steps);
  }

  /**
   * One step's metric on all and on clean samples.
   *
   * @param step the step name
   * @param all the metric over every scored sample, under the name the step reports it
   * @param clean the metric over scored samples not found dirty
   * @param dirtyScored scored samples found dirty
   */
  public record StepSubset(String step, MetricValue all, MetricValue clean, long dirtyScored) {
    public StepSubset {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(all, "all");
      Objects.requireNonNull(clean, "clean");
    }
  }

  /** The run's steps on the benchmark of {@code report}, on all and on clean samples. */
  public static CleanSubset of(ScoredRun run, ContaminationReport report) {
    Set<String> dirty =
        report.dirty().stream().map(DirtySample::id).collect(Collectors.toUnmodifiableSet());
    List<StepScores> matched =
        run.steps().stream()
            .filter(s -> Objects.equals(s.datasetSha256(), report.benchmarkSha256()))
            .toList();
    boolean byDataset = !matched.isEmpty();
    List<StepSubset> steps = new ArrayList<>();
    for (StepScores s : byDataset ? matched : run.steps()) {
      for (StepMetric m : s.metrics()) {
        steps.add(m.isCorpus() ? corpus(s, m, dirty) : mean(s, m.name(), dirty));
      }
    }
    return new CleanSubset(run.label(), byDataset, steps);
  }

  private static StepSubset mean(StepScores step, String name, Set<String> dirty) {
    MeanAccumulator all = new MeanAccumulator();
    MeanAccumulator clean = new MeanAccumulator();
    boolean proportion = true;
    long dirtyScored = 0;
    for (var e : step.outcomes().entrySet()) {
      if (e.getValue() instanceof SampleOutcome.Scored s && !Double.isNaN(step.score(name, s))) {
        double score = step.score(name, s);
        all.add(score);
        proportion &= score >= 0 && score <= 1;
        if (dirty.contains(e.getKey())) {
          dirtyScored++;
        } else {
          clean.add(score);
        }
      }
    }
    Metric metric = proportion ? Metrics.proportion(name) : Metrics.mean(name);
    return new StepSubset(step.name(), all.summary(metric), clean.summary(metric), dirtyScored);
  }

  /** A corpus metric over the samples with an input for it, as the run's step aggregated them. */
  private static StepSubset corpus(StepScores step, StepMetric m, Set<String> dirty) {
    CorpusAccumulator<?> all = CorpusAccumulator.of(m.corpus());
    CorpusAccumulator<?> clean = CorpusAccumulator.of(m.corpus());
    long dirtyScored = 0;
    for (var e : step.outcomes().entrySet()) {
      if (e.getValue() instanceof SampleOutcome.Scored s && s.corpus().containsKey(m.name())) {
        SavedPrediction line = SavedPrediction.ofCorpus(e.getKey(), s.corpus().get(m.name()));
        all.add(line);
        if (dirty.contains(e.getKey())) {
          dirtyScored++;
        } else {
          clean.add(line);
        }
      }
    }
    return new StepSubset(step.name(), named(all, m.name()), named(clean, m.name()), dirtyScored);
  }

  private static MetricValue named(CorpusAccumulator<?> kept, String name) {
    MetricValue v = kept.summary(Bootstrap.defaults());
    return new MetricValue(name, v.value(), v.stderr(), v.ciLow(), v.ciHigh(), v.count());
  }
}
