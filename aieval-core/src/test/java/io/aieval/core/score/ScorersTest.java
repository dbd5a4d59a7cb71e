package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import io.aieval.api.score.AnswerFilter;
import io.aieval.api.score.Score;
import io.aieval.api.score.Scorer;
import io.aieval.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScorersTest {
  private static final List<String> CAPITALS = List.of("London", "Berlin", "Paris", "Rome");
  // GSM8K-style: the answer follows "####".
  private static final AnswerFilter AFTER_HASHES =
      text -> text.contains("####") ? text.substring(text.lastIndexOf("####") + 4) : null;

  private Locale saved;

  @BeforeEach
  void english() {
    saved = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(saved);
  }

  private static Sample mc(String target) {
    return new Sample("q1", "Capital of France?", CAPITALS, target, null);
  }

  private static Sample text(String target) {
    return new Sample("q2", "Capital of France?", List.of(), target, null);
  }

  @Test
  void multipleChoiceScoresTheExtractedLetter() {
    Scorer mc = Scorers.multipleChoice();
    assertThat(mc.score(mc("C"), "The answer is C.")).isEqualTo(Score.correct("C"));
    assertThat(mc.score(mc("C"), "答案：B")).isEqualTo(Score.incorrect("B", null));
    assertThat(mc.score(mc(" c "), "<think>B?</think>(C)")).isEqualTo(Score.correct("C"));
  }

  @Test
  void multipleChoiceFallsBackToChoiceTextAndSaysSo() {
    Scorer mc = Scorers.multipleChoice();
    String reason = "no choice letter found; the answer gives the text of choice C";
    assertThat(mc.score(mc("C"), "paris")).isEqualTo(new Score(1.0, "C", reason));
    assertThat(mc.score(mc("D"), "It is Paris.")).isEqualTo(new Score(0.0, "C", reason));
  }

  @Test
  void multipleChoiceWithoutALetterScoresZeroWithAReason() {
    Scorer mc = Scorers.multipleChoice();
    Score expected = Score.incorrect(null, "no choice letter found");
    assertThat(mc.score(mc("C"), "I do not know.")).isEqualTo(expected);
    assertThat(mc.score(mc("C"), null)).isEqualTo(expected);
    assertThat(mc.score(mc("C"), "E")).as("beyond the choices").isEqualTo(expected);
  }

  @Test
  void multipleChoiceReasonFollowsTheLocale() {
    Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(Scorers.multipleChoice().score(mc("C"), "?").reason()).isEqualTo("未找到选项字母");
  }

  @Test
  void multipleChoiceRejectsSamplesItCannotScore() {
    Scorer mc = Scorers.multipleChoice();
    assertThatThrownBy(() -> mc.score(text("C"), "C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample q2 has 0 choices; multiple choice needs 1 to 26");
    assertThatThrownBy(() -> mc.score(mc("E"), "C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample q1: target \"E\" is not a choice letter from A to D");
    assertThatThrownBy(() -> mc.score(mc("Paris"), "C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Paris\"");
  }

  @Test
  void exactMatchComparesNormalisedTexts() {
    Scorer strict = Scorers.exactMatch();
    assertThat(strict.score(text("Paris"), "  Paris \n")).isEqualTo(Score.correct("  Paris \n"));
    assertThat(strict.score(text("Paris"), "<think>Rome?</think>\nParis").value()).isEqualTo(1.0);
    assertThat(strict.score(text("Paris"), "paris."))
        .isEqualTo(
            Score.incorrect(
                "paris.", "normalised answer \"paris.\" differs from normalised target \"Paris\""));
    Scorer loose = Scorers.exactMatch(new Normalization(true, true, true, List.of()));
    assertThat(loose.score(text("Paris"), "paris.").value()).isEqualTo(1.0);
    assertThat(loose.score(text("Paris"), "Paris, France").value()).isEqualTo(0.0);
  }

  @Test
  void exactMatchReasonAbbreviatesALongAnswer() {
    String essay = "x".repeat(1_000);
    Score score = Scorers.exactMatch().score(text("Paris"), essay);
    assertThat(score.extracted()).isEqualTo(essay);
    assertThat(score.reason())
        .isEqualTo(
            "normalised answer \""
                + "x".repeat(200)
                + "…\" differs from normalised target \"Paris\"");
  }

  @Test
  void exactMatchAppliesTheFilterFirst() {
    Scorer scorer = Scorers.exactMatch(Normalization.defaults(), AFTER_HASHES);
    assertThat(scorer.score(text("42"), "6 times 7 is 42.\n#### 42"))
        .isEqualTo(Score.correct(" 42"));
    assertThat(scorer.score(text("42"), "#### 41").value()).isEqualTo(0.0);
    assertThat(scorer.score(text("42"), "42"))
        .isEqualTo(Score.incorrect(null, "the answer filter found no answer in the output"));
  }

  @Test
  void exactMatchCanUseTheChoiceLetterFilter() {
    Scorer scorer = Scorers.exactMatch(Normalization.defaults(), Filters.choiceLetter(4));
    assertThat(scorer.score(text("B"), "The answer is (B).")).isEqualTo(Score.correct("B"));
  }

  @Test
  void includesLooksForTheTargetInTheOutput() {
    Scorer scorer = Scorers.includes(new Normalization(true, false, true, List.of()));
    assertThat(scorer.score(text("Paris"), "The capital is PARIS."))
        .isEqualTo(Score.correct("Paris"));
    assertThat(scorer.score(text("Lyon"), "The capital is Paris."))
        .isEqualTo(
            Score.incorrect(null, "normalised target \"lyon\" not found in the normalised output"));
    assertThat(scorer.score(text("Paris"), "<think>Paris?</think>Rome").value()).isEqualTo(0.0);
  }

  @Test
  void includesRejectsAnEmptyTarget() {
    assertThatThrownBy(() -> Scorers.includes(Normalization.defaults()).score(text(" "), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q2");
  }
}
