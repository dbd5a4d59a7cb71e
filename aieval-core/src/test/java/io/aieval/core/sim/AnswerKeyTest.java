package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {
  private final AnswerKey key =
      new AnswerKey(
          List.of(
              new AnswerKey.Entry("What  is 2+2?\nShow your work.", List.of("3", "4"), "B"),
              new AnswerKey.Entry("天空是什么颜色？", List.of(), "蓝色"),
              new AnswerKey.Entry("Question: Name a prime.", List.of(), "7")));

  @Test
  void matchesTheFirstLineWithWhitespaceCollapsed() {
    assertThat(key.find("Please help.\n   What is   2+2?  \nA. 3\nB. 4"))
        .map(AnswerKey.Entry::answer)
        .contains("B");
  }

  @Test
  void matchesWithALeadingLabelRemovedFromThePromptOrTheKey() {
    assertThat(key.find("问题：天空是什么颜色？\n答案：")).map(AnswerKey.Entry::answer).contains("蓝色");
    assertThat(key.find("Q: What is 2+2?")).map(AnswerKey.Entry::answer).contains("B");
    assertThat(key.find("Name a prime.")).map(AnswerKey.Entry::answer).contains("7");
  }

  @Test
  void theLastMatchingLineWinsSoFewShotExamplesAreSkipped() {
    String prompt = "Q: What is 2+2?\nA: B\n\nQ: 天空是什么颜色？\nA:";

    assertThat(key.find(prompt)).map(AnswerKey.Entry::answer).contains("蓝色");
  }

  @Test
  void anUnknownPromptFindsNothing() {
    assertThat(key.find("What is 3+3?")).isEmpty();
    assertThat(AnswerKey.EMPTY.find("What is 2+2?")).isEmpty();
  }

  @Test
  void normaliseCollapsesEveryKindOfSpace() {
    assertThat(AnswerKey.normalise(" a\t b\u3000\u00a0c \n")).isEqualTo("a b c");
  }
}
