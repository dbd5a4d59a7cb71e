package io.aieval.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishMessages.class)
class FieldMappingTest {

  @Test
  void defaultsLeaveEveryFieldToTheDefaultRules() {
    assertThat(FieldMapping.defaults()).isEqualTo(new FieldMapping(null, null, null, null));
    assertThat(FieldMapping.defaults().choices()).isEmpty();
    assertThat(FieldMapping.fromMap(Map.of())).isEqualTo(FieldMapping.defaults());
  }

  @Test
  void fromMapReadsEveryKeyAndAcceptsOneChoicesFieldOrAList() {
    assertThat(
            FieldMapping.fromMap(
                Map.of(
                    "id", "qid",
                    "input", "question",
                    "choices", List.of("A", "B", "C", "D"),
                    "target", "answer")))
        .isEqualTo(new FieldMapping("qid", "question", List.of("A", "B", "C", "D"), "answer"));
    assertThat(FieldMapping.fromMap(Map.of("choices", "options")).choices())
        .containsExactly("options");
  }

  @Test
  void unknownKeyIsNamed() {
    assertThatThrownBy(() -> FieldMapping.fromMap(Map.of("inptu", "q")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown key \"inptu\" in the field mapping (known keys: id, input, choices, target)");
  }

  @Test
  void valuesMustBeFieldNames() {
    Map<String, Object> number = new LinkedHashMap<>();
    number.put("target", 3);
    assertThatThrownBy(() -> FieldMapping.fromMap(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the field mapping key \"target\" needs a field name, found 3");
    assertThatThrownBy(() -> FieldMapping.fromMap(Map.of("choices", List.of("A", 2))))
        .hasMessage("the field mapping key \"choices\" needs a field name, found 2");
    assertThatThrownBy(() -> new FieldMapping(" ", null, List.of(), null))
        .hasMessage("the field mapping key \"id\" needs a field name, found \" \"");
  }

  @Test
  void choicesAreCopied() {
    List<String> columns = new ArrayList<>(List.of("A", "B"));
    FieldMapping mapping = new FieldMapping(null, null, columns, null);

    columns.add("C");

    assertThat(mapping.choices()).containsExactly("A", "B");
  }
}
