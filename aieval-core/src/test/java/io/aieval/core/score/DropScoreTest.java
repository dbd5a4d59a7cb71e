package io.aieval.core.score;

import static io.aieval.core.score.Predictions.score;
import static io.aieval.core.score.Predictions.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DROP's official exact match and F1 as lm-evaluation-harness runs them. */
class DropScoreTest {

  private static SavedPrediction spans(List<String> predicted, List<List<String>> golds) {
    return new SavedPrediction("x", predicted, golds, null, null, null, null, null, null);
  }

  @Test
  void numbersAreNormalisedLikePythonFloats() {
    // "1,000" is no float, so its comma goes: "1000", a float, written "1000.0"; "1000" and
    // "1e3" are floats written "1000.0" too.
    assertThat(DropScore.normalize("1,000")).isEqualTo("1000.0");
    assertThat(DropScore.normalize("1000")).isEqualTo("1000.0");
    assertThat(DropScore.normalize("1e3")).isEqualTo("1000.0");
    assertThat(DropScore.normalize("The 3.50 well-known cats!")).isEqualTo("3.5 well known cats");
    assertThat(score("drop_em", text("1,000", "1000"))).isEqualTo(1.0);
    assertThat(score("drop_f1", text("1,000", "1000"))).isEqualTo(1.0);
  }

  @Test
  void f1IsRoundedToTwoDecimals() {
    // prediction "The 3 cats" → bag {3.0, cats}; gold "3" → {3.0}. Numbers agree; P = 1/2, R = 1,
    // F1 = 2/3, rounded 0.67. Exact match needs equal spans: "3.0 cats" ≠ "3.0".
    assertThat(score("drop_f1", text("The 3 cats", "3"))).isEqualTo(0.67);
    assertThat(score("drop_em", text("The 3 cats", "3"))).isEqualTo(0.0);
  }

  @Test
  void aGoldNumberMissingFromThePredictionScoresZero() {
    // {4.0, cats} vs {3.0, cats}: "cats" overlaps, but the gold number 3.0 is not predicted.
    assertThat(score("drop_f1", text("4 cats", "3 cats"))).isEqualTo(0.0);
  }

  @Test
  void multiSpanAnswersAreAlignedOneToOne() {
    // Gold spans {alice}, {bob}; predicted spans {bob}, {alice}: the same set → EM 1, F1 1.
    SavedPrediction both = spans(List.of("bob", "Alice"), List.of(List.of("Alice", "Bob")));
    assertThat(score("drop_em", both)).isEqualTo(1.0);
    assertThat(score("drop_f1", both)).isEqualTo(1.0);
    // One predicted span {alice, and, bob} vs gold {alice}, {bob}: each pair has F1
    // 2 · (1/3) · 1 / (4/3) = 0.5, but only one pair can be matched; the other gold span scores
    // 0, so F1 = (0.5 + 0) / 2 = 0.25.
    SavedPrediction one = spans(List.of("Alice and Bob"), List.of(List.of("Alice", "Bob")));
    assertThat(score("drop_f1", one)).isEqualTo(0.25);
    assertThat(score("drop_em", one)).isEqualTo(0.0);
  }

  @Test
  void roundingIsHalfToEvenAsPythonRounds() {
    // Gold spans {x}, {zzz}; one predicted span of 7 tokens containing x: pair F1
    // 2 · (1/7) · 1 / (8/7) = 0.25, mean over 2 gold spans 0.125, round(0.125, 2) = 0.12.
    SavedPrediction line = spans(List.of("x b c d e f g"), List.of(List.of("x", "zzz")));
    assertThat(score("drop_f1", line)).isEqualTo(0.12);
  }

  @Test
  void theBestGoldAnswerCountsAndBlankOnesAreSkipped() {
    SavedPrediction line =
        spans(List.of("two"), List.of(List.of(" "), List.of("one"), List.of("two")));
    assertThat(score("drop_em", line)).isEqualTo(1.0);
    SavedPrediction blank = spans(List.of(""), List.of(List.of("")));
    assertThat(score("drop_f1", blank)).isEqualTo(0.0);
  }

  @Test
  void roundingIsNumPysOfTheComputedMean() {
    // Gold spans {x}, {zzz}; one predicted span of 39 distinct tokens containing x: pair F1
    // 2 · (1/39) · 1 / (40/39) = 0.05, mean over 2 gold spans 0.025. NumPy rounds 0.025 × 100 =
    // 2.5 half to even: 0.02 (Python's round of the exact decimal 0.02500000000000000138… gives
    // 0.03).
    StringBuilder many = new StringBuilder("x");
    for (int i = 1; i < 39; i++) {
      many.append(" t").append(i);
    }
    SavedPrediction line = spans(List.of(many.toString()), List.of(List.of("x", "zzz")));
    assertThat(score("drop_f1", line)).isEqualTo(0.02);
  }

  /**
   * Forty made-up cases (numbers written several ways, hyphens, articles, punctuation, multi-span
   * and blank gold answers), their values computed by lm-evaluation-harness's {@code drop/utils.py}
   * ({@code process_results} over {@code get_metrics}, with NumPy and SciPy's {@code
   * linear_sum_assignment}) retyped in Python 3; compared to the last bit.
   */
  @Test
  void randomCasesMatchTheReferenceHarness() throws Exception {
    List<String> lines = ReferenceCases.lines("drop_reference_cases.jsonl");
    assertThat(lines).hasSize(40);
    for (String l : lines) {
      JsonNode c = ReferenceCases.JSON.readTree(l);
      List<List<String>> golds = new ArrayList<>();
      for (JsonNode gold : c.path("golds")) {
        List<String> gs = new ArrayList<>();
        gold.forEach(span -> gs.add(span.asString()));
        golds.add(gs);
      }
      SavedPrediction line = spans(List.of(c.path("prediction").asString()), golds);
      assertThat(score("drop_em", line)).as(l).isEqualTo(c.path("em").asDouble());
      assertThat(score("drop_f1", line)).as(l).isEqualTo(c.path("f1").asDouble());
    }
  }
}
