package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.score.AnswerFilter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersTest {
  private static final List<String> CAPITALS = List.of("London", "Berlin", "Paris", "Rome");

  @Test
  void stripThinkingLeavesTextWithoutTagsUntouched() {
    String text = "  The answer is C.\n";
    assertThat(Filters.stripThinking().apply(text)).isSameAs(text);
    assertThat(Filters.stripThinking().apply(null)).isNull();
  }

  @Test
  void stripThinkingRemovesEveryBlockInAnyCase() {
    AnswerFilter strip = Filters.stripThinking();
    assertThat(strip.apply("<think>a\nb</think>\n\nParis")).isEqualTo("Paris");
    assertThat(strip.apply("<THINK>x</Think> Paris <think>y</think> too")).isEqualTo("Paris  too");
  }

  @Test
  void stripThinkingDropsEverythingUpToAnOrphanClosingTag() {
    assertThat(Filters.stripThinking().apply("reasoning A</think>\n Paris")).isEqualTo("Paris");
  }

  @Test
  void stripThinkingEndsABlockAtItsFirstClosingTag() {
    AnswerFilter strip = Filters.stripThinking();
    assertThat(strip.apply("<think>x<think>y</think>Paris")).isEqualTo("Paris");
    assertThat(strip.apply("a </think> b <think>c</think> d")).isEqualTo("b  d");
  }

  @Test
  void stripThinkingDropsAnUnclosedBlock() {
    assertThat(Filters.stripThinking().apply("Paris <think>or was it Rome")).isEqualTo("Paris");
  }

  @Test
  void choiceTextMapsAnOutputEqualToAChoice() {
    AnswerFilter byText = Filters.choiceText(CAPITALS);
    assertThat(byText.apply("Paris")).isEqualTo("C");
    assertThat(byText.apply("  paris. ")).isEqualTo("C");
    assertThat(byText.apply("<think>Rome?</think>Paris")).isEqualTo("C");
  }

  @Test
  void choiceTextMapsAnOutputContainingExactlyOneChoice() {
    AnswerFilter byText = Filters.choiceText(CAPITALS);
    assertThat(byText.apply("The capital of France is Paris.")).isEqualTo("C");
    assertThat(byText.apply("Paris or Rome")).isNull();
    assertThat(byText.apply("Parisian food")).as("whole words only").isNull();
    assertThat(byText.apply("Madrid")).isNull();
    assertThat(byText.apply("")).isNull();
    assertThat(byText.apply(null)).isNull();
  }

  @Test
  void choiceTextPrefersTheLongerChoiceThatHoldsAShorterOne() {
    AnswerFilter byText = Filters.choiceText(List.of("Paris", "Paris, Texas", "Rome"));
    assertThat(byText.apply("I mean Paris, Texas.")).isEqualTo("B");
    assertThat(byText.apply("Paris")).isEqualTo("A");
  }

  @Test
  void choiceTextGivesNoLetterForDuplicateOrEmptyChoices() {
    assertThat(Filters.choiceText(List.of("Paris", "paris")).apply("Paris")).isNull();
    assertThat(Filters.choiceText(Arrays.asList("...", "Rome")).apply("Rome!")).isEqualTo("B");
  }
}
