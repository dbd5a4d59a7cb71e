package io.aieval.core.score;

import static io.aieval.core.score.Predictions.EXACT;
import static io.aieval.core.score.Predictions.score;
import static io.aieval.core.score.Predictions.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SQuAD v2.0's exact match and F1, and HELM's set-based F1. */
class TokenF1Test {

  @Test
  void squadNormalisesCasePunctuationArticlesAndSpaces() {
    assertThat(TokenF1.normalize("The  Eiffel-Tower, (Paris).")).isEqualTo("eiffeltower paris");
    assertThat(TokenF1.normalize("An apple a day")).isEqualTo("apple day");
    // "another" keeps its "an": articles are whole words only.
    assertThat(TokenF1.normalize("another theme")).isEqualTo("another theme");
  }

  @Test
  void squadF1WithArticlesAndPunctuation() {
    // prediction "The Eiffel Tower, Paris." → "eiffel tower paris" (3 tokens);
    // gold "Eiffel Tower in Paris" → "eiffel tower in paris" (4 tokens). Shared: 3.
    // precision 3/3, recall 3/4, F1 = 2 · 1 · 0.75 / 1.75 = 6/7. Not an exact match.
    SavedPrediction line = text("The Eiffel Tower, Paris.", "Eiffel Tower in Paris");
    assertThat(score("squad_f1", line)).isCloseTo(6.0 / 7, within(EXACT));
    assertThat(score("squad_exact", line)).isEqualTo(0.0);
    // A second gold answer that normalises to the same tokens: both maxima are 1.
    SavedPrediction two =
        text("The Eiffel Tower, Paris.", "Eiffel Tower in Paris", "the Eiffel Tower; Paris");
    assertThat(score("squad_f1", two)).isEqualTo(1.0);
    assertThat(score("squad_exact", two)).isEqualTo(1.0);
  }

  @Test
  void squadCountsTokensAsAMultisetAndHelmAsASet() {
    // "paris paris" against "paris": SQuAD shares 1 of 2 predicted tokens, P = 1/2, R = 1,
    // F1 = 2/3; HELM compares the sets {paris} and {paris}: F1 = 1.
    SavedPrediction line = text("paris paris", "Paris");
    assertThat(score("squad_f1", line)).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(score("helm_f1", line)).isEqualTo(1.0);
    // HELM: {big, red, dog} vs {red, dog}: P = 2/2, R = 2/3, 1 / (0.5/1 + 0.5/(2/3)) = 0.8.
    assertThat(score("helm_f1", text("red dog", "The big red dog"))).isCloseTo(0.8, within(EXACT));
  }

  @Test
  void unanswerableQuestionsFollowSquadV2() {
    // Every gold answer normalises to nothing ("", "the"), so the gold is the empty answer: an
    // empty (or article-only) prediction scores 1, anything else 0.
    assertThat(score("squad_f1", text("", "", "the"))).isEqualTo(1.0);
    assertThat(score("squad_exact", text("An", "", "the"))).isEqualTo(1.0);
    assertThat(score("squad_f1", text("Paris", "", "the"))).isEqualTo(0.0);
    // A gold that normalises to nothing is dropped when another remains.
    assertThat(score("squad_exact", text("", "a", "Paris"))).isEqualTo(0.0);
    // HELM: an empty side makes NLTK's f_measure None, which HELM scores 0.
    assertThat(score("helm_f1", text("", ""))).isEqualTo(0.0);
  }

  @Test
  void aLineWithoutReferencesIsAQuestionWithoutAnswers() {
    // The script scores a question whose answer list is empty against [""].
    SavedPrediction none =
        new SavedPrediction("x", List.of("The."), List.of(), null, null, null, null, null, null);
    assertThat(score("squad_exact", none)).isEqualTo(1.0);
    assertThat(score("squad_f1", none)).isEqualTo(1.0);
    SavedPrediction guess =
        new SavedPrediction(
            "x", List.of("unanswerable"), List.of(), null, null, null, null, null, null);
    assertThat(score("squad_exact", guess)).isEqualTo(0.0);
    assertThat(score("squad_f1", guess)).isEqualTo(0.0);
  }

  /**
   * Forty made-up cases (articles, punctuation, case, repeated tokens, questions without answers),
   * their values computed by the official SQuAD 2.0 script's {@code compute_exact} and {@code
   * compute_f1} retyped in Python 3, taking the best over the answers that do not normalise to
   * nothing, or [""]; compared to the last bit.
   */
  @Test
  void randomCasesMatchTheOfficialScript() throws Exception {
    List<String> lines = ReferenceCases.lines("squad_v2_reference_cases.jsonl");
    assertThat(lines).hasSize(40);
    for (String l : lines) {
      JsonNode c = ReferenceCases.JSON.readTree(l);
      List<List<String>> answers = new ArrayList<>();
      c.path("answers").forEach(a -> answers.add(List.of(a.asString())));
      SavedPrediction line =
          new SavedPrediction(
              "x",
              List.of(c.path("prediction").asString()),
              answers,
              null,
              null,
              null,
              null,
              null,
              null);
      assertThat(score("squad_exact", line)).as(l).isEqualTo(c.path("exact").asDouble());
      assertThat(score("squad_f1", line)).as(l).isEqualTo(c.path("f1").asDouble());
    }
  }
}
