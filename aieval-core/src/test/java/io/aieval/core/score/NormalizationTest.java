package io.aieval.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NormalizationTest {
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

  private static String apply(Normalization n, String text) {
    return n.compile().apply(text);
  }

  @Test
  void defaultsOnlyCollapseAndStripWhitespace() {
    Normalization d = Normalization.defaults();
    assertThat(apply(d, "  Paris,\t\n France!  ")).isEqualTo("Paris, France!");
    assertThat(apply(d, "a\u3000\u00a0b")).as("ideographic and no-break spaces").isEqualTo("a b");
    assertThat(apply(d, null)).isEmpty();
  }

  @Test
  void whitespaceIsKeptWhenNotIgnored() {
    Normalization n = new Normalization(true, false, false, List.of());
    assertThat(apply(n, "  A  B ")).isEqualTo("  a  b ");
  }

  @Test
  void regexesAreRemovedBeforeCaseIsFolded() {
    Normalization n = new Normalization(true, false, true, List.of("THE "));
    // Folding first would turn "THE " into "the " and the regex would no longer match.
    assertThat(apply(n, "THE Answer")).isEqualTo("answer");
  }

  @Test
  void regexesAreRemovedBeforePunctuation() {
    Normalization n = new Normalization(true, true, true, List.of("\\(.*?\\)"));
    // Removing punctuation first would leave "paris france".
    assertThat(apply(n, "Paris (France)")).isEqualTo("paris");
  }

  @Test
  void punctuationIsRemovedBeforeWhitespaceIsCollapsed() {
    Normalization n = new Normalization(false, true, true, List.of());
    assertThat(apply(n, "a , b")).isEqualTo("a b");
  }

  @Test
  void regexesApplyInOrder() {
    Normalization n = new Normalization(false, false, true, List.of("ab", "c"));
    // "acbc": "ab" does not match first, "c" then leaves "ab"; the other order would leave "".
    assertThat(apply(n, "acbc")).isEqualTo("ab");
  }

  @Test
  void punctuationIncludesChineseAndAsciiSymbols() {
    Normalization n = new Normalization(false, true, false, List.of());
    assertThat(apply(n, "你好，世界！“引号”、冒号：分号；问号？句号。")).isEqualTo("你好世界引号冒号分号问号句号");
    assertThat(apply(n, "$1,000+ <x> ^_^ a|b~`'\"")).isEqualTo("1000 x  ab");
  }

  @Test
  void regexListIsCopied() {
    List<String> regexes = new ArrayList<>(List.of("x"));
    Normalization n = new Normalization(false, false, false, regexes);
    regexes.add("y");
    assertThat(n.regexesToIgnore()).containsExactly("x");
    assertThat(new Normalization(false, false, false, null).regexesToIgnore()).isEmpty();
  }

  @Test
  void invalidRegexIsRejectedWithThePattern() {
    assertThatThrownBy(() -> new Normalization(false, false, false, List.of("a(b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a(b\"")
        .hasMessageContaining("does not compile");
  }

  @Test
  void fromMapReadsSnakeCaseOptions() {
    Map<String, Object> options =
        Map.of(
            "ignore_case",
            true,
            "ignore_punctuation",
            "TRUE",
            "ignore_whitespace",
            false,
            "regexes_to_ignore",
            List.of("^answer:\\s*"));
    assertThat(Normalization.fromMap(options))
        .isEqualTo(new Normalization(true, true, false, List.of("^answer:\\s*")));
  }

  @Test
  void fromMapKeepsDefaultsForMissingOptions() {
    assertThat(Normalization.fromMap(Map.of())).isEqualTo(Normalization.defaults());
    assertThat(Normalization.fromMap(null)).isEqualTo(Normalization.defaults());
    assertThat(Normalization.fromMap(Map.of("regexes_to_ignore", "x")).regexesToIgnore())
        .containsExactly("x");
  }

  @Test
  void fromMapRejectsAnUnknownOptionByName() {
    assertThatThrownBy(() -> Normalization.fromMap(Map.of("ignore_cases", true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ignore_cases\"")
        .hasMessageContaining("ignore_case, ignore_punctuation");
  }

  @Test
  void fromMapRejectsValuesOfTheWrongType() {
    assertThatThrownBy(() -> Normalization.fromMap(Map.of("ignore_case", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ignore_case")
        .hasMessageContaining("yes");
    Map<String, Object> listWithNumber = new HashMap<>();
    listWithNumber.put("regexes_to_ignore", Arrays.asList("a", 1));
    assertThatThrownBy(() -> Normalization.fromMap(listWithNumber))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regexes_to_ignore");
  }

  @Test
  void fromMapRejectsABadRegexWithThePattern() {
    assertThatThrownBy(() -> Normalization.fromMap(Map.of("regexes_to_ignore", List.of("[a-"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a-");
  }
}
