package io.aieval.core.compare;

import io.aieval.core.score.MeanAccumulator;
import io.aieval.core.score.PredictionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics of one step compared between two runs, on the samples scored in both. Collects a
 * {@link StepComparison} for each metric it could compare and a {@link MetricNotCompared} for each
 * it could not. Not thread safe.
 */
final class StepMetrics {
  // a recomputed corpus figure equals the reported one up to summation order in the last bits
  private static final double REPRODUCED = 1e-9;

  private final String baselineLabel;
  private final String candidateLabel;
  private final StepScores a;
  private final StepScores b;
  private final StepPairs pairs;
  private final CompareSettings settings;
  private final List<StepComparison> compared = new ArrayList<>();
  private final List<MetricNotCompared> notCompared = new ArrayList<>();

  StepMetrics(
      String baselineLabel,
      String candidateLabel,
      StepScores a,
      StepScores b,
      CompareSettings settings) {
    this.baselineLabel = baselineLabel;
    this.candidateLabel = candidateLabel;
    this.a = a;
    this.b = b;
    this.pairs = new StepPairs(a, b);
    this.settings = settings;
  }

  /** How the step's samples paired up, whatever the metric. */
  Pairing pairing() {
    return pairs.pairing();
  }

  List<StepComparison> compared() {
    return List.copyOf(compared);
  }

  List<MetricNotCompared> notCompared() {
    return List.copyOf(notCompared);
  }

  /** Compares the metric the baseline reports as {@code ma} and the candidate as {@code mb}. */
  void compare(StepMetric ma, StepMetric mb) {
    if (ma.isCorpus() || mb.isCorpus()) {
      corpus(ma, mb);
    } else {
      mean(ma.name(), mb.name());
    }
  }

  private void mean(String name, String candidateName) {
    StepPairs p =
        pairs.having(
            (x, y) -> !Double.isNaN(a.score(name, x)) && !Double.isNaN(b.score(candidateName, y)));
    if (p.pairing().paired() == 0) {
      skip(name, MetricNotCompared.Reason.NO_PAIRS, null, p);
      return;
    }
    double[] x = StepPairs.scores(p.baseline, s -> a.score(name, s));
    double[] y = StepPairs.scores(p.candidate, s -> b.score(candidateName, s));
    PairedBootstrap difference = PairedBootstrap.of(x, y, settings.bootstrap());
    boolean binary = StepPairs.binary(x, y);
    Flips flips = binary ? p.flips(x, y, settings.flipLimit()) : Flips.none();
    Significance test =
        binary ? McNemar.of(flips.lostCount(), flips.gainedCount()) : difference.test();
    compared.add(
        new StepComparison(a.name(), name, p.pairing(), mean(x), mean(y), difference, test, flips));
  }

  /**
   * A corpus metric: each run's own figure is recomputed from all its samples first, so that a
   * metric rebuilt with other options than the run's is reported rather than compared; then both
   * are bootstrapped on the paired samples.
   */
  private void corpus(StepMetric ma, StepMetric mb) {
    String name = ma.name();
    StepPairs p =
        pairs.having((x, y) -> x.corpus().containsKey(name) && y.corpus().containsKey(mb.name()));
    CorpusItems<?> itemsA = reproduced(ma, a, baselineLabel, p);
    CorpusItems<?> itemsB = reproduced(mb, b, candidateLabel, p);
    if (itemsA == null || itemsB == null) {
      return;
    }
    if (p.pairing().paired() == 0) {
      skip(name, MetricNotCompared.Reason.NO_PAIRS, null, p);
      return;
    }
    CorpusItems<?> pairedA = itemsA.only(p.ids);
    CorpusItems<?> pairedB = itemsB.only(p.ids);
    double figureA = pairedA.figure();
    double figureB = pairedB.figure();
    if (Double.isNaN(figureA) || Double.isNaN(figureB)) {
      String run = Double.isNaN(figureA) ? baselineLabel : candidateLabel;
      skip(name, MetricNotCompared.Reason.UNDEFINED, run, p);
      return;
    }
    PairedBootstrap difference = CorpusBootstrap.of(pairedA, pairedB, settings.bootstrap());
    if (difference == null) {
      skip(name, MetricNotCompared.Reason.UNDEFINED, null, p);
      return;
    }
    compared.add(
        new StepComparison(
            a.name(),
            name,
            p.pairing(),
            figureA,
            figureB,
            difference,
            difference.test(),
            Flips.none()));
  }

  /**
   * The metric's items of all of {@code step}'s samples, if the metric recomputed on them gives the
   * figure the run reported; else {@code null}, with the reason recorded.
   */
  private CorpusItems<?> reproduced(StepMetric m, StepScores step, String label, StepPairs p) {
    if (!m.isCorpus()) {
      skip(m.name(), MetricNotCompared.Reason.NOT_REPRODUCED, label, p);
      return null;
    }
    CorpusItems<?> items;
    try {
      items = CorpusItems.of(m.corpus(), step.outcomes(), m.name());
    } catch (PredictionException e) {
      // an input the run's own metric could read, this one cannot: not the run's metric
      skip(m.name(), MetricNotCompared.Reason.NOT_REPRODUCED, label, p);
      return null;
    }
    double figure = items.figure();
    double reported = m.reported();
    if (Double.isNaN(figure) && Double.isNaN(reported)) {
      skip(m.name(), MetricNotCompared.Reason.UNDEFINED, label, p);
      return null;
    }
    if (!(Math.abs(figure - reported) <= REPRODUCED * Math.max(1, Math.abs(reported)))) {
      skip(m.name(), MetricNotCompared.Reason.NOT_REPRODUCED, label, p);
      return null;
    }
    return items;
  }

  private void skip(String metric, MetricNotCompared.Reason reason, String run, StepPairs p) {
    notCompared.add(new MetricNotCompared(a.name(), metric, reason, run, p.pairing()));
  }

  private static double mean(double[] scores) {
    MeanAccumulator m = new MeanAccumulator();
    for (double s : scores) {
      m.add(s);
    }
    return m.mean();
  }
}
