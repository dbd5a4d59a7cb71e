package io.aieval.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimTokensTest {

  @Test
  void wordsKeepTheSpaceBeforeThemSoTokensRebuildTheText() {
    String text = "  The answer\nis  C. ";

    assertThat(SimTokens.split(text)).containsExactly("  The", " answer", "\nis", "  C. ");
    assertThat(String.join("", SimTokens.split(text))).isEqualTo(text);
  }

  @Test
  void eachChineseCharacterIsAToken() {
    assertThat(SimTokens.split("答案是C，对")).containsExactly("答", "案", "是", "C，", "对");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(SimTokens.split("")).isEmpty();
    assertThat(SimTokens.split("   ")).containsExactly("   ");
  }

  @Test
  void promptTokensAreUtf8BytesOverFourRoundedUpAndAtLeastOne() {
    assertThat(SimTokens.countPrompt("")).isEqualTo(1);
    assertThat(SimTokens.countPrompt("abcd")).isEqualTo(1);
    assertThat(SimTokens.countPrompt("abcde")).isEqualTo(2);
    assertThat(SimTokens.countPrompt("北京市")).isEqualTo(3);
  }
}
