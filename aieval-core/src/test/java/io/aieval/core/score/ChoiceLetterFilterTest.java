package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceLetterFilterTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // A bare or decorated letter at the start.
        arguments("C", 4, "C"),
        arguments("c", 4, "C"),
        arguments("(C)", 4, "C"),
        arguments("C.", 4, "C"),
        arguments("C)", 4, "C"),
        arguments("[C]", 4, "C"),
        arguments("**C**", 4, "C"),
        arguments("(d)", 4, "D"),
        arguments("【C】", 4, "C"),
        arguments("Ｃ", 4, "C"),
        arguments("C. Paris", 4, "C"),
        arguments("C: Paris", 4, "C"),
        arguments("A) London", 4, "A"),
        arguments("A\n\nBecause London is in England.", 4, "A"),
        // English answer phrases.
        arguments("Answer: C", 4, "C"),
        arguments("answer: (c)", 4, "C"),
        arguments("ANSWER: D", 4, "D"),
        arguments("The answer is C because Paris is the capital.", 4, "C"),
        arguments("The correct answer is option C.", 4, "C"),
        arguments("**Answer:** C", 4, "C"),
        arguments("The answer is: **B**", 4, "B"),
        arguments("The answer is\n\nC", 4, "C"),
        arguments("The answer is b", 4, "B"),
        arguments("The answer is A because the others are wrong.", 4, "A"),
        arguments("Hmm, the answer is (A) since B and C fail.", 4, "A"),
        arguments("I think the answer is B, not C.", 4, "B"),
        arguments("I'd go with B.", 4, "B"),
        arguments("A good choice is C", 4, "C"),
        arguments("Final answer: $\\boxed{C}$", 4, "C"),
        arguments("So \\boxed{B}, not C.", 4, "B"),
        arguments(
            "Let's look at each option.\nA is wrong because London is in England.\n"
                + "B is wrong too.\nTherefore, the answer is D.",
            4,
            "D"),
        arguments("Answer: A. Wait, let me reconsider. The answer is B.", 4, "B"),
        arguments("The answer is a bit tricky, but the answer is B.", 4, "B"),
        arguments("Answer: B. The answer is a guess, though.", 4, "B"),
        // Chinese answer phrases.
        arguments("答案是C", 4, "C"),
        arguments("答案：C", 4, "C"),
        arguments("答案为 C", 4, "C"),
        arguments("正确答案是C。", 4, "C"),
        arguments("选C", 4, "C"),
        arguments("选择 B", 4, "B"),
        arguments("故选D", 4, "D"),
        arguments("答：B", 4, "B"),
        arguments("答案应该是A", 4, "A"),
        arguments("答案是（B）", 4, "B"),
        arguments("最终答案：**D**", 4, "D"),
        arguments("选项A和选项B都不对，所以答案是D", 4, "D"),
        // A single bracketed letter, then a single standalone letter.
        arguments("I think it's (B).", 4, "B"),
        arguments("Comparing A with C, I'd say (B).", 4, "B"),
        arguments("Between A and C, **B** fits best.", 4, "B"),
        arguments("A careful reading points to C.", 4, "C"),
        arguments("A is correct because the others are wrong.", 4, "A"),
        arguments("Option C is correct.", 4, "C"),
        arguments("我认为C是对的", 4, "C"),
        // Choices beyond D, and the range check.
        arguments("J", 10, "J"),
        arguments("The answer is J", 10, "J"),
        arguments("Answer: Z", 26, "Z"),
        arguments("Answer: B", 2, "B"),
        // Thinking blocks are not the answer.
        arguments("<think>Maybe A? No, B.</think>\nThe answer is C.", 4, "C"),
        arguments("</think>The answer is B", 4, "B"),
        // No answer.
        arguments("E", 4, null),
        arguments("The answer is E.", 4, null),
        arguments("Answer: C", 2, null),
        arguments("J", 4, null),
        arguments("I have no idea.", 4, null),
        arguments("The capital of France is Paris.", 4, null),
        arguments("The answer is not clear.", 4, null),
        arguments("Cats are cute.", 4, null),
        arguments("i think it's b", 4, null),
        arguments("answer(s) may vary", 26, null),
        arguments("Either A or C could work.", 4, null),
        arguments("Both (A) and (C) look plausible.", 4, null),
        arguments("<think>I guess A</think>", 4, null),
        arguments("<think>A seems right, but B", 4, null),
        arguments("", 4, null),
        arguments("   \n", 4, null),
        arguments(null, 4, null));
  }

  @ParameterizedTest(name = "[{index}] {0} ({1} choices) -> {2}")
  @MethodSource("cases")
  void extractsTheLetter(String text, int numChoices, String expected) {
    assertThat(Filters.choiceLetter(numChoices).apply(text)).isEqualTo(expected);
  }

  @Test
  void rejectsChoiceCountsOutsideOneToTwentySix() {
    assertThatThrownBy(() -> Filters.choiceLetter(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filters.choiceLetter(27))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("27");
  }

  @Test
  void copesWithLongAndHostileText() {
    String noise = "((((**[[ answer is ".repeat(20_000) + "C";
    assertThat(Filters.choiceLetter(4).apply(noise)).isEqualTo("C");
  }
}
