package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.core.text.PythonText;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code str} methods and Jinja2's {@code trim} in templates. Expected values were printed
 * by CPython 3.11 with Jinja2 on this machine: {@code x.strip()} etc. directly, templates with
 * {@code jinja2.Environment(undefined=StrictUndefined, keep_trailing_newline=True)
 * .from_string(t).render(x=X, y=Y)}, as lm-evaluation-harness renders them.
 */
class StrMethodsTest {
  // ideographic, no-break and figure spaces, narrow no-break space, unit separator, next line
  private static final String X = "\u3000\u00a0 hi there \u2007\u202f\u001f\u0085\u3000";
  private static final String Y = "  Hello, World,,  ";
  private static final Map<String, Object> DOC = Map.of("x", X, "y", Y);

  private static String render(String template) {
    return Templates.render(template, DOC);
  }

  @Test
  void stripTakesPythonsWhitespaceFromEitherEnd() {
    // x.strip() -> 'hi there'; x.lstrip() -> 'hi there \u2007\u202f\x1f\x85\u3000';
    // x.rstrip() -> '\u3000\xa0 hi there'
    assertThat(PythonText.strip(X, null)).isEqualTo("hi there");
    assertThat(PythonText.lstrip(X, null)).isEqualTo("hi there \u2007\u202f\u001f\u0085\u3000");
    assertThat(PythonText.rstrip(X, null)).isEqualTo("\u3000\u00a0 hi there");
    assertThat(X.strip())
        .as("Java's strip keeps U+0085 and the no-break spaces")
        .isNotEqualTo("hi there");
    // '\x01abc\x01'.strip() -> '\x01abc\x01' (Java's trim would remove the control characters)
    assertThat(PythonText.strip("\u0001abc\u0001", null)).isEqualTo("\u0001abc\u0001");
    // y.strip(' H,') -> 'ello, World'; 'xxaxx'.strip('x') -> 'a'
    assertThat(PythonText.strip(Y, " H,")).isEqualTo("ello, World");
    assertThat(PythonText.strip("xxaxx", "x")).isEqualTo("a");
  }

  @Test
  void splitReplaceUpperAndLowerAreAsInPython() {
    // y.split(',') -> ['  Hello', ' World', '', '  ']; y.split() -> ['Hello,', 'World,,']
    // y.split(None, 1) -> ['Hello,', 'World,,  ']; y.split(',', 1) -> ['  Hello', ' World,,  ']
    assertThat(StrMethods.split(Y, ",", -1)).containsExactly("  Hello", " World", "", "  ");
    assertThat(StrMethods.split(Y, null, -1)).containsExactly("Hello,", "World,,");
    assertThat(StrMethods.split(Y, null, 1)).containsExactly("Hello,", "World,,  ");
    assertThat(StrMethods.split(Y, ",", 1)).containsExactly("  Hello", " World,,  ");
    assertThat(StrMethods.split(X, null, -1)).containsExactly("hi", "there");
    assertThatThrownBy(() -> StrMethods.split(Y, "", -1))
        .isInstanceOf(IllegalArgumentException.class);
    // y.replace('l', 'L') -> '  HeLLo, WorLd,,  '; y.replace('l', 'L', 2) -> '  HeLLo, World,,  '
    // y.replace('', '-', 3) -> '- - -Hello, World,,  '
    assertThat(StrMethods.replace(Y, "l", "L", -1)).isEqualTo("  HeLLo, WorLd,,  ");
    assertThat(StrMethods.replace(Y, "l", "L", 2)).isEqualTo("  HeLLo, World,,  ");
    assertThat(StrMethods.replace(Y, "", "-", 3)).isEqualTo("- - -Hello, World,,  ");
    // y.upper() -> '  HELLO, WORLD,,  '; y.lower() -> '  hello, world,,  '
    assertThat(StrMethods.upper(Y)).isEqualTo("  HELLO, WORLD,,  ");
    assertThat(StrMethods.lower(Y)).isEqualTo("  hello, world,,  ");
  }

  @Test
  void templatesCallPythonsMethodsAndJinjasTrim() {
    // '[{{x.strip()}}]' -> '[hi there]'; '[{{x|trim}}]' -> '[hi there]'
    // "[{{y|trim(' ,')}}]" -> '[Hello, World]'; "[{{y.split(',')[-1]}}]" -> '[  ]'
    // "[{{y.split()|join('+')}}]" -> '[Hello,+World,,]'
    assertThat(render("[{{x.strip()}}]")).isEqualTo("[hi there]");
    assertThat(render("[{{x|trim}}]")).isEqualTo("[hi there]");
    assertThat(render("[{{y|trim(' ,')}}]")).isEqualTo("[Hello, World]");
    assertThat(render("[{{y.split(',')[-1]}}]")).isEqualTo("[  ]");
    assertThat(render("[{{y.split()|join('+')}}]")).isEqualTo("[Hello,+World,,]");
    assertThat(render("[{{x.lstrip().rstrip().upper()}}]")).isEqualTo("[HI THERE]");
    assertThat(render("[{{y.replace('l', 'L', 2).lower()}}]")).isEqualTo("[  hello, world,,  ]");
    assertThat(render("[{{y.strip(' H,')}}]")).isEqualTo("[ello, World]");
  }

  @Test
  void aTaskFileCallingPythonsMethodsOnALiteralPassesTheSyntaxCheck() {
    TaskDefinition def =
        Tasks.parse(
            "task: t\ndoc_to_text: \"{{ ' Q: '.lstrip() }}{{question}}\"\n", "t.yaml", null);
    assertThat(Templates.render(def.templates().docToText(), Map.of("question", "x")))
        .isEqualTo("Q: x");
  }

  @Test
  void otherMethodsAreLeftToJinjava() {
    assertThat(render("{{y.length()}}")).isEqualTo("18");
  }
}
