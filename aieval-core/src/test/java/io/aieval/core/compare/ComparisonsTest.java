package io.aieval.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.PredictionMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final CompareSettings SETTINGS = new CompareSettings(new Bootstrap(500, 3), 2);
  private static final CorpusMetric<?> MCC =
      (CorpusMetric<?>) PredictionMetrics.named("mcc", Map.of());

  private static SampleOutcome scored(double score, String extracted) {
    return new SampleOutcome.Scored(score, extracted, null);
  }

  private static StepScores step(String name, String sha, Map<String, SampleOutcome> outcomes) {
    return new StepScores(name, List.of(StepMetric.mean("acc", Double.NaN)), sha, "p", outcomes);
  }

  /** Baseline: s1..s6 correct, s7..s8 wrong; candidate loses s2, s4, s6 and gains s8. */
  private static Map<String, SampleOutcome> baseline() {
    Map<String, SampleOutcome> m = new LinkedHashMap<>();
    for (int i = 8; i >= 1; i--) {
      m.put("s" + i, scored(i <= 6 ? 1 : 0, i <= 6 ? "A" : "B"));
    }
    m.put("failed-in-b", scored(1, "A"));
    m.put("only-a", scored(1, "A"));
    return m;
  }

  private static Map<String, SampleOutcome> candidate() {
    Map<String, SampleOutcome> m = new LinkedHashMap<>();
    for (int i = 1; i <= 8; i++) {
      boolean right = i <= 6 ? i % 2 == 1 : i == 8;
      m.put("s" + i, scored(right ? 1 : 0, right ? "A" : "C"));
    }
    m.put("failed-in-b", new SampleOutcome.Failed("timeout", "no answer", 3));
    m.put("only-b", scored(0, "D"));
    return m;
  }

  @Test
  void flipsAreCountedInFullAndListedByIdUpToTheLimit() {
    RunComparison c =
        Comparisons.compare(
            new ScoredRun("a", List.of(step("mmlu", "x", baseline()))),
            new ScoredRun("b", List.of(step("mmlu", "x", candidate()))),
            SETTINGS);
    StepComparison s = c.steps().get(0);
    assertThat(s.pairing()).isEqualTo(new Pairing(8, 1, 1, 1));
    assertThat(s.baselineValue()).isEqualTo(6.0 / 8);
    assertThat(s.candidateValue()).isEqualTo(4.0 / 8);
    assertThat(s.difference().difference()).isEqualTo(-2.0 / 8);
    assertThat(s.flips().lostCount()).isEqualTo(3);
    assertThat(s.flips().gainedCount()).isEqualTo(1);
    assertThat(s.flips().lost())
        .containsExactly(new Flips.Flip("s2", "A", "C"), new Flips.Flip("s4", "A", "C"));
    assertThat(s.flips().gained()).containsExactly(new Flips.Flip("s8", "B", "A"));
    assertThat(s.test()).isEqualTo(McNemar.exact(3, 1));
    assertThat(s.test().pValue()).isEqualTo(2 * (1 + 4) / 16.0);
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void nonBinaryScoresGetTheBootstrapTestAndNoFlips() {
    Map<String, SampleOutcome> a = new LinkedHashMap<>();
    Map<String, SampleOutcome> b = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      a.put("q" + i, scored(0.5, null));
      b.put("q" + i, scored(i % 4 == 0 ? 0.25 : 0.75, null));
    }
    RunComparison c =
        Comparisons.compare(
            new ScoredRun("a", List.of(step("f1", "x", a))),
            new ScoredRun("b", List.of(step("f1", "x", b))),
            SETTINGS);
    StepComparison s = c.steps().get(0);
    assertThat(s.binary()).isFalse();
    assertThat(s.test()).isSameAs(s.difference().test());
    assertThat(s.test().method()).isEqualTo("paired_bootstrap");
    assertThat(s.flips()).isEqualTo(Flips.none());
    assertThat(s.difference().difference()).isEqualTo(0.125);
  }

  @Test
  void changedDataSetsAndPromptsAreWarningsAndStepsOnOneSideAreListed() {
    ScoredRun a =
        new ScoredRun(
            "a",
            List.of(
                new StepScores(
                    "x", List.of(StepMetric.mean("acc", Double.NaN)), "d1", "p1", baseline()),
                step("gone", "d", Map.of("s1", scored(1, "A")))));
    ScoredRun b =
        new ScoredRun(
            "b",
            List.of(
                new StepScores(
                    "x",
                    List.of(StepMetric.mean("exact_match", Double.NaN)),
                    "d2",
                    "p2",
                    candidate()),
                step("new", "d", Map.of("s1", scored(1, "A")))));
    RunComparison c = Comparisons.compare(a, b, SETTINGS);
    assertThat(c.warnings())
        .containsExactly(
            new CompareWarning.DatasetDiffers("x", "d1", "d2"),
            new CompareWarning.PromptTemplateDiffers("x", "p1", "p2"),
            new CompareWarning.MetricDiffers("x", "acc", "exact_match"));
    assertThat(c.steps()).hasSize(1);
    assertThat(c.onlyInBaseline()).containsExactly("gone");
    assertThat(c.onlyInCandidate()).containsExactly("new");
  }

  @Test
  void aStepWithNothingScoredInBothIsReportedWithoutATest() {
    ScoredRun a = new ScoredRun("a", List.of(step("x", "d", Map.of("s1", scored(1, "A")))));
    ScoredRun b =
        new ScoredRun(
            "b", List.of(step("x", "d", Map.of("s1", new SampleOutcome.Skipped("bad row")))));
    RunComparison c = Comparisons.compare(a, b, SETTINGS);
    assertThat(c.steps()).isEmpty();
    assertThat(c.withoutPairs()).containsEntry("x", new Pairing(0, 0, 0, 1));
  }

  @Test
  void moreThanTwoRunsAreEachComparedWithTheFirst() {
    ScoredRun a = new ScoredRun("a", List.of(step("x", "d", baseline())));
    ScoredRun b = new ScoredRun("b", List.of(step("x", "d", candidate())));
    ScoredRun c = new ScoredRun("c", List.of(step("x", "d", baseline())));
    List<RunComparison> all = Comparisons.eachToFirst(List.of(a, b, c), SETTINGS);
    assertThat(all).extracting(RunComparison::candidate).containsExactly("b", "c");
    assertThat(all.get(1).steps().get(0).test().pValue()).isEqualTo(1.0);
    assertThatThrownBy(() -> Comparisons.eachToFirst(List.of(a), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A chat multiple-choice step as the engine records it: {@code acc} per sample, and the chosen
   * and gold index as the {@code mcc} input. Sample i has gold i % 2; {@code wrong} lists the
   * samples answered with the other label.
   */
  private static Map<String, SampleOutcome> labelled(int n, List<Integer> wrong) {
    Map<String, SampleOutcome> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int gold = i % 2;
      int chosen = wrong.contains(i) ? 1 - gold : gold;
      double acc = chosen == gold ? 1 : 0;
      m.put(
          "q" + i,
          new SampleOutcome.Scored(
              acc,
              String.valueOf((char) ('A' + chosen)),
              null,
              Map.of("acc", acc, "acc_norm", acc),
              Map.of("mcc", new CorpusInput(chosen + "", List.of(gold + "")))));
    }
    return m;
  }

  private static StepScores mc(Map<String, SampleOutcome> outcomes, double mcc) {
    return new StepScores(
        "mc",
        List.of(
            StepMetric.mean("acc", Double.NaN),
            StepMetric.mean("acc_norm", Double.NaN),
            new StepMetric("mcc", mcc, MCC)),
        "d",
        "p",
        outcomes);
  }

  /**
   * Binary MCC from the confusion counts, (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)). With
   * 10 samples, 5 of each label, and {@code wrongOnes} ones and {@code wrongZeros} zeros answered
   * wrong: tp = 5 − wrongOnes, fn = wrongOnes, tn = 5 − wrongZeros, fp = wrongZeros.
   */
  private static double mcc(int wrongOnes, int wrongZeros) {
    double tp = 5 - wrongOnes;
    double fn = wrongOnes;
    double tn = 5 - wrongZeros;
    double fp = wrongZeros;
    return (tp * tn - fp * fn) / Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  }

  @Test
  void everyMetricOfAStepIsComparedAndACorpusMetricAsAWhole() {
    // baseline misses q1 (a one); candidate misses q1, q2 (a zero) and q3 (a one)
    StepScores a = mc(labelled(10, List.of(1)), mcc(1, 0));
    StepScores b = mc(labelled(10, List.of(1, 2, 3)), mcc(2, 1));
    RunComparison c =
        Comparisons.compare(
            new ScoredRun("a", List.of(a)), new ScoredRun("b", List.of(b)), SETTINGS);
    assertThat(c.steps())
        .extracting(StepComparison::metric)
        .containsExactly("acc", "acc_norm", "mcc");
    assertThat(c.steps().get(1).test()).isEqualTo(McNemar.exact(2, 0));
    StepComparison m = c.steps().get(2);
    assertThat(m.test().method()).isEqualTo("paired_bootstrap_corpus");
    assertThat(m.baselineValue()).isCloseTo(mcc(1, 0), within(1e-12));
    assertThat(m.candidateValue()).isCloseTo(mcc(2, 1), within(1e-12));
    assertThat(m.difference().difference()).isCloseTo(mcc(2, 1) - mcc(1, 0), within(1e-12));
    assertThat(m.flips()).isEqualTo(Flips.none());
    assertThat(c.notCompared()).isEmpty();
  }

  @Test
  void aCorpusFigureTheSamplesDoNotReproduceIsNotCompared() {
    StepScores a = mc(labelled(10, List.of(1)), 0.5);
    StepScores b = mc(labelled(10, List.of(1, 2, 3)), mcc(2, 1));
    RunComparison c =
        Comparisons.compare(
            new ScoredRun("a", List.of(a)), new ScoredRun("b", List.of(b)), SETTINGS);
    assertThat(c.steps()).extracting(StepComparison::metric).containsExactly("acc", "acc_norm");
    assertThat(c.notCompared())
        .containsExactly(
            new MetricNotCompared(
                "mc",
                "mcc",
                MetricNotCompared.Reason.NOT_REPRODUCED,
                "a",
                new Pairing(10, 0, 0, 0)));
  }

  @Test
  void aMetricNoPairedSampleHasInBothRunsIsListedAsWithoutPairs() {
    Map<String, SampleOutcome> plain = new LinkedHashMap<>();
    labelled(10, List.of())
        .forEach(
            (id, o) -> {
              SampleOutcome.Scored s = (SampleOutcome.Scored) o;
              plain.put(
                  id,
                  new SampleOutcome.Scored(
                      s.value(), s.extracted(), null, Map.of("acc", s.value()), s.corpus()));
            });
    StepScores a = mc(labelled(10, List.of(1)), mcc(1, 0));
    StepScores b = mc(plain, 1.0);
    RunComparison c =
        Comparisons.compare(
            new ScoredRun("a", List.of(a)), new ScoredRun("b", List.of(b)), SETTINGS);
    assertThat(c.steps()).extracting(StepComparison::metric).containsExactly("acc", "mcc");
    assertThat(c.notCompared())
        .containsExactly(
            new MetricNotCompared(
                "mc",
                "acc_norm",
                MetricNotCompared.Reason.NO_PAIRS,
                null,
                new Pairing(0, 0, 0, 10)));
  }
}
