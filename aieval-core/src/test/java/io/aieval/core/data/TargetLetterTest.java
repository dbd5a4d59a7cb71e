package io.aieval.core.data;

import static io.aieval.core.data.Rows.error;
import static io.aieval.core.data.Rows.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.DataFormatException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

@ExtendWith(EnglishMessages.class)
class TargetLetterTest {
  private static final String CAPITALS = "[\"Paris\",\"Rome\",\"Berlin\",\"Madrid\"]";

  private final RowMapper mapper = new RowMapper(FieldMapping.defaults(), "t.jsonl");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"b\"      | B",
        "\"(C)\"    | C",
        "\"D\"      | D",
        "1          | B",
        "\"2\"      | C",
        "3.0        | D",
        "\"Rome\"   | B",
        "\" Madrid \" | D",
      })
  void letterIndexOrChoiceTextBecomesTheLetter(String target, String letter) {
    assertThat(sample(map(CAPITALS, target)).target()).isEqualTo(letter);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"\"E\"     | E", "4 | 4", "-1 | -1", "\"London\" | London", "\"\" | ''"})
  void anythingElseIsABadRowOfTheTargetField(String target, String shown) {
    DataFormatException error = error(map(CAPITALS, target));

    assertThat(error.field()).isEqualTo("target");
    assertThat(error.problem())
        .isEqualTo(
            "\""
                + shown
                + "\" is not a choice letter (A-D), an index (0-3) or the text of a choice");
  }

  @Test
  void readingsThatNameDifferentChoicesAreAmbiguous() {
    DataFormatException error = error(map("[\"1\",\"2\",\"3\"]", "\"1\""));

    assertThat(error.problem()).isEqualTo("\"1\" could mean more than one choice: A, B");
  }

  @Test
  void readingsThatAgreeAreFine() {
    assertThat(sample(map("[\"0\",\"1\",\"2\"]", "\"1\"")).target()).isEqualTo("B");
    assertThat(sample(map("[\"A\",\"B\"]", "\"b\"")).target()).isEqualTo("B");
  }

  @Test
  void moreChoicesThanLettersIsABadRow() {
    String choices =
        IntStream.range(0, 27).mapToObj(i -> "\"c" + i + "\"").collect(Collectors.joining(","));

    DataFormatException error = error(map("[" + choices + "]", "\"A\""));

    assertThat(error.field()).isEqualTo("choices");
    assertThat(error.problem()).isEqualTo("27 choices, but at most 26 can be lettered A-Z");
  }

  @Test
  void choicesThatAreNotAListOrNotTextAreBadRows() {
    assertThat(error(map("\"Paris or Rome\"", "\"A\"")).problem())
        .isEqualTo("expected a JSON array of choices, found \"Paris or Rome\"");
    assertThat(error(map("[\"a\",{\"b\":1}]", "\"A\"")).problem())
        .isEqualTo("choice 2 is not text but object");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "42 | 42",
        "42.0 | 42.0",
        "3.50 | 3.50",
        "true | true",
        "\"\" | ''",
        "\" x \" | ' x '"
      })
  void withoutChoicesTheTargetIsKeptAsWrittenInTheFile(String target, String text) {
    assertThat(sample(map("[]", target)).target()).isEqualTo(text);
  }

  private DataRow map(String choicesJson, String targetJson) {
    String json = "{\"input\":\"q\",\"choices\":" + choicesJson + ",\"target\":" + targetJson + "}";
    return mapper.map((ObjectNode) JsonValues.MAPPER.readTree(json), 1, 1);
  }
}
