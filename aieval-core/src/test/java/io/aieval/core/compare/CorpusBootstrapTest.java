package io.aieval.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.PredictionMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorpusBootstrapTest {
  private static final int ITERATIONS = 200;
  private static final long SEED = 7;

  private static CorpusMetric<?> metric(String name) {
    return (CorpusMetric<?>) PredictionMetrics.named(name, Map.of());
  }

  /** Samples s0, s1 … with {@code (prediction, gold)} corpus inputs for {@code name}. */
  private static CorpusItems<?> items(String name, String... predictionGold) {
    Map<String, SampleOutcome> outcomes = new LinkedHashMap<>();
    for (int i = 0; i < predictionGold.length; i += 2) {
      CorpusInput input = new CorpusInput(predictionGold[i], List.of(predictionGold[i + 1]));
      outcomes.put(
          "s" + i / 2, new SampleOutcome.Scored(0, null, null, Map.of(), Map.of(name, input)));
    }
    return CorpusItems.of(metric(name), outcomes, name);
  }

  /**
   * How many of the bootstrap's resamples of two samples draw both, drawn as it documents: a
   * SplittableRandom seeded with the seed, two nextInt(2) per resample.
   */
  private static int mixedDraws() {
    SplittableRandom random = new SplittableRandom(SEED);
    int mixed = 0;
    for (int r = 0; r < ITERATIONS; r++) {
      if (random.nextInt(2) != random.nextInt(2)) {
        mixed++;
      }
    }
    return mixed;
  }

  /**
   * MCC on two samples, where every resample can be worked out by hand. The baseline predicts 1 for
   * both (gold 1 and 0): its predictions are constant, so MCC = 0 (scikit-learn's convention). The
   * candidate gets both right: MCC = 1, so δ = 1. A resample drawing both samples gives the same
   * figures, δ* = 1; one drawing a sample twice has constant gold labels, MCC = 0 on both sides, δ*
   * = 0.
   */
  @Test
  void mccReplicatesAreBothRunsRecomputedOnTheSameResample() {
    PairedBootstrap d =
        CorpusBootstrap.of(
            items("mcc", "1", "1", "1", "0"),
            items("mcc", "1", "1", "0", "0"),
            new Bootstrap(ITERATIONS, SEED));
    int mixed = mixedDraws();
    int same = ITERATIONS - mixed;
    // the interval below is [0, 1] only if each value fills more than 2.5% of the resamples
    assertThat(mixed).isBetween(6, ITERATIONS - 6);
    assertThat(d.difference()).isEqualTo(1.0);
    // the sample standard deviation of `mixed` ones and `same` zeros
    double sd = Math.sqrt((double) mixed * same / ((double) ITERATIONS * (ITERATIONS - 1)));
    assertThat(d.stderr()).isCloseTo(sd, within(1e-12));
    assertThat(d.ciLow()).isEqualTo(0.0);
    assertThat(d.ciHigh()).isEqualTo(1.0);
    // |δ* − δ| ≥ |δ| exactly when δ* = 0
    assertThat(d.test().pValue()).isEqualTo((1.0 + same) / (ITERATIONS + 1));
    assertThat(d.test().replicates()).isEqualTo(ITERATIONS);
    assertThat(d.test().method()).isEqualTo("paired_bootstrap_corpus");
  }

  /**
   * Pearson's r of two points is ±1 and undefined on a resample that draws one point twice
   * (constant values): those resamples are left out of every figure and of the p-value's count.
   */
  @Test
  void resamplesOnWhichTheMetricIsUndefinedAreLeftOut() {
    PairedBootstrap d =
        CorpusBootstrap.of(
            items("pearson", "1", "1", "2", "2"),
            items("pearson", "2", "1", "1", "2"),
            new Bootstrap(ITERATIONS, SEED));
    int mixed = mixedDraws();
    // -2 up to the rounding of Pearson's r in the last bits
    assertThat(d.difference()).isCloseTo(-2.0, within(1e-12));
    assertThat(d.test().replicates()).isEqualTo(mixed);
    assertThat(d.stderr()).isCloseTo(0, within(1e-12));
    assertThat(d.ciLow()).isCloseTo(-2.0, within(1e-12));
    assertThat(d.ciHigh()).isCloseTo(-2.0, within(1e-12));
    // every defined replicate equals δ, so none is as far from it as |δ|
    assertThat(d.test().pValue()).isEqualTo(1.0 / (mixed + 1));
  }

  @Test
  void aMetricUndefinedOnTheWholeSamplesGivesNoComparison() {
    assertThat(
            CorpusBootstrap.of(
                items("pearson", "1", "1", "1", "2"),
                items("pearson", "2", "1", "1", "2"),
                new Bootstrap(ITERATIONS, SEED)))
        .isNull();
  }

  /** The observed difference is that of the full figures; the seed moves only the resampling. */
  @Test
  void bleuIsTheSameSeededFigureOnEveryCallAndAnotherSeedMovesOnlyTheInterval() {
    String[] a = {
      "the cat sat on the mat today", "the cat sat on the mat today",
      "a dog ran in the park at noon", "the dog ran in the park at noon",
      "one two three four five", "one two three four six"
    };
    String[] b = {
      "the cat sat on a mat today", "the cat sat on the mat today",
      "the dog ran in the park at noon", "the dog ran in the park at noon",
      "one two three four five", "one two three four six"
    };
    Bootstrap seeded = new Bootstrap(500, 3);
    PairedBootstrap first = CorpusBootstrap.of(items("bleu", a), items("bleu", b), seeded);
    assertThat(CorpusBootstrap.of(items("bleu", a), items("bleu", b), seeded)).isEqualTo(first);
    assertThat(first.difference()).isEqualTo(items("bleu", b).figure() - items("bleu", a).figure());
    PairedBootstrap other =
        CorpusBootstrap.of(items("bleu", a), items("bleu", b), new Bootstrap(500, 4));
    assertThat(other.difference()).isEqualTo(first.difference());
    assertThat(other.stderr()).isNotEqualTo(first.stderr());
  }
}
