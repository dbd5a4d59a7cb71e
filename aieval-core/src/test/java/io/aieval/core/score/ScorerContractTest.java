package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.aieval.api.data.Sample;
import io.aieval.api.score.Score;
import io.aieval.api.score.Scorer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in scorer promises: any output text is scored, never thrown on. */
class ScorerContractTest {
  private static final Sample SAMPLE =
      new Sample(
          "q", "Capital of France?", List.of("London", "Berlin", "Paris", "Rome"), "C", null);

  private static final List<String> HOSTILE_OUTPUTS =
      Arrays.asList(
          null,
          "",
          " \n\t",
          "C",
          "<think>",
          "</think>",
          "<think>unfinished",
          "\\E\\Q$1(?[*+",
          "\u0000\uFFFF\uD800",
          "😀 答案 ：",
          "answer is ".repeat(50_000),
          "(".repeat(100_000),
          "<think>x".repeat(20_000));

  static Stream<Arguments> scorers() {
    return Stream.of(
        Arguments.of("multipleChoice", Scorers.multipleChoice()),
        Arguments.of("exactMatch", Scorers.exactMatch()),
        Arguments.of(
            "exactMatch+choiceLetter",
            Scorers.exactMatch(Normalization.defaults(), Filters.choiceLetter(4))),
        Arguments.of(
            "exactMatch+regex",
            Scorers.exactMatch(new Normalization(true, true, true, List.of("\\s*\\.$")))),
        Arguments.of("includes", Scorers.includes(Normalization.defaults())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorers")
  @Timeout(10)
  void scoresEveryOutputWithoutThrowing(String name, Scorer scorer) {
    for (String output : HOSTILE_OUTPUTS) {
      assertThatCode(() -> scorer.score(SAMPLE, output)).as(name).doesNotThrowAnyException();
      Score score = scorer.score(SAMPLE, output);
      assertThat(score.value()).as(name).isIn(0.0, 1.0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorers")
  void scoresTheTargetItselfCorrect(String name, Scorer scorer) {
    assertThat(scorer.score(SAMPLE, "C").value()).as(name).isEqualTo(1.0);
  }
}
