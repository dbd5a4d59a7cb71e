package io.aieval.core.run;

import io.aieval.api.model.TokenUsage;
import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.api.run.SampleResult;
import io.aieval.core.result.StepSummary;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.CorpusAccumulator;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.MeanAccumulator;
import io.aieval.core.score.MetricValue;
import io.aieval.core.score.Metrics;
import io.aieval.core.score.SavedPrediction;
import io.aieval.core.step.StepPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Running totals of one step: the mean and variance of each per-sample metric online, latencies in
 * a histogram, in constant memory; for each corpus metric, what it reads of every sample in reduced
 * form (10 ints for BLEU, 24 for chrF, two doubles for TER, a pair of labels for MCC and F1), the
 * one cost that grows with the step. Fed from many threads, so every method is synchronized.
 */
final class StepAggregate {
  private final Map<String, CorpusMetric<?>> corpusMetrics;
  private final Bootstrap bootstrap;
  private final Map<String, CorpusAccumulator<?>> corpus = new HashMap<>();
  private final MeanAccumulator score = new MeanAccumulator();
  // the scores a sample reports by metric name, beside its primary value
  private final Map<String, MeanAccumulator> byMetric = new HashMap<>();
  private final Histogram latencyMicros = new Histogram(3);
  private final Map<String, Long> failures = new TreeMap<>();
  private long scored;
  private long failed;
  private long skipped;
  private long resumed;
  private long cached;
  private long promptTokens;
  private long completionTokens;

  /** Totals of a step that reports per-sample metrics only. */
  StepAggregate() {
    this(Map.of(), Bootstrap.defaults());
  }

  /**
   * @param corpusMetrics the step's corpus metrics by the name it reports them under
   * @param bootstrap how their standard errors are estimated
   */
  StepAggregate(Map<String, CorpusMetric<?>> corpusMetrics, Bootstrap bootstrap) {
    this.corpusMetrics = Map.copyOf(corpusMetrics);
    this.bootstrap = bootstrap;
  }

  /** Totals of {@code plan}'s step, with its task's corpus metrics and the default bootstrap. */
  static StepAggregate of(StepPlan plan) {
    return new StepAggregate(plan.task().corpusMetrics(), Bootstrap.defaults());
  }

  /** Counts one sample. {@code status} is {@code scored}, {@code failed} or {@code skipped}. */
  synchronized void record(Recorded r) {
    switch (r.status()) {
      case "scored" -> {
        scored++;
        score.add(r.score());
        r.scores()
            .forEach((k, v) -> byMetric.computeIfAbsent(k, n -> new MeanAccumulator()).add(v));
        r.corpus().forEach((k, v) -> keep(r.id(), k, v));
      }
      case "failed" -> {
        failed++;
        failures.merge(r.errorKind() == null ? "unknown" : r.errorKind(), 1L, Long::sum);
      }
      default -> skipped++;
    }
    if (r.resumed()) {
      resumed++;
    }
    if (r.cached()) {
      cached++;
    } else if (r.latencyMillis() > 0) {
      latencyMicros.recordValue(Math.max(1, Math.round(r.latencyMillis() * 1000)));
    }
    promptTokens += r.promptTokens();
    completionTokens += r.completionTokens();
  }

  private void keep(String id, String name, CorpusInput input) {
    CorpusMetric<?> metric = corpusMetrics.get(name);
    if (metric != null) {
      corpus
          .computeIfAbsent(name, n -> CorpusAccumulator.of(metric))
          .add(SavedPrediction.ofCorpus(id, input));
    }
  }

  synchronized long done() {
    return scored + failed + skipped;
  }

  synchronized long failed() {
    return failed;
  }

  synchronized long scored() {
    return scored;
  }

  /**
   * The step's figures.
   *
   * @param metrics the metrics to report, the primary one first: it is the mean of every sample's
   *     {@code score}, the others the means of the scores samples reported under their names
   */
  synchronized StepSummary summary(
      StepSummaryHeader header, List<String> metrics, Map<String, Long> retries) {
    List<MetricValue> values = new ArrayList<>();
    for (String name : metrics) {
      if (corpusMetrics.containsKey(name)) {
        values.add(corpusValue(name));
      } else if (values.isEmpty()) {
        values.add(score.summary(Metrics.proportion(name)));
      } else {
        values.add(
            byMetric.getOrDefault(name, new MeanAccumulator()).summary(Metrics.proportion(name)));
      }
    }
    StepSummary.Counts counts =
        new StepSummary.Counts(done(), scored, failed, skipped, resumed, cached);
    return new StepSummary(
        header.name(),
        header.type(),
        header.scorer(),
        values,
        counts,
        failures,
        retries,
        new TokenUsage(promptTokens, completionTokens),
        latency(),
        header.dataset(),
        header.promptTemplateSha256());
  }

  private MetricValue corpusValue(String name) {
    CorpusAccumulator<?> kept =
        corpus.computeIfAbsent(name, n -> CorpusAccumulator.of(corpusMetrics.get(n)));
    MetricValue v = kept.summary(bootstrap);
    return new MetricValue(name, v.value(), v.stderr(), v.ciLow(), v.ciHigh(), v.count());
  }

  private StepSummary.LatencySummary latency() {
    if (latencyMicros.getTotalCount() == 0) {
      return new StepSummary.LatencySummary(0, 0, 0, 0, 0);
    }
    return new StepSummary.LatencySummary(
        latencyMicros.getMean() / 1000,
        latencyMicros.getValueAtPercentile(50) / 1000.0,
        latencyMicros.getValueAtPercentile(90) / 1000.0,
        latencyMicros.getValueAtPercentile(99) / 1000.0,
        latencyMicros.getMaxValue() / 1000.0);
  }

  /** What a sample contributes to the totals, whether just evaluated or read back on resume. */
  record Recorded(
      String id,
      String status,
      double score,
      Map<String, Double> scores,
      Map<String, CorpusInput> corpus,
      String errorKind,
      double latencyMillis,
      long promptTokens,
      long completionTokens,
      boolean cached,
      boolean resumed) {
    static Recorded of(SampleResult r, boolean resumed) {
      SampleOutcome.Scored s = r.outcome() instanceof SampleOutcome.Scored sc ? sc : null;
      String kind = r.outcome() instanceof SampleOutcome.Failed f ? f.kind() : null;
      return new Recorded(
          r.sampleId(),
          r.outcome().status(),
          s == null ? 0 : s.value(),
          s == null ? Map.of() : s.scores(),
          s == null ? Map.of() : s.corpus(),
          kind,
          r.latencyMillis(),
          r.usage().promptTokens(),
          r.usage().completionTokens(),
          r.cached(),
          resumed);
    }
  }

  /** The parts of a step summary that do not come from the samples. */
  record StepSummaryHeader(
      String name,
      String type,
      String scorer,
      StepSummary.DatasetInfo dataset,
      String promptTemplateSha256) {}
}
