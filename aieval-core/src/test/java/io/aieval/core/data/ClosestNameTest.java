package io.aieval.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTest {
  private static final List<String> FORMATS = List.of("csv", "jsonl", "tsv");

  @Test
  void suggestsTheNearestKnownName() {
    assertThat(ClosestName.among("jsnl", FORMATS)).isEqualTo("jsonl");
    assertThat(ClosestName.among("JSON", FORMATS)).isEqualTo("jsonl");
    assertThat(ClosestName.among("tsb", FORMATS)).isEqualTo("tsv");
  }

  @Test
  void suggestsNothingWhenNoNameIsClose() {
    assertThat(ClosestName.among("parquet", FORMATS)).isNull();
  }

  @Test
  void countsInsertionsDeletionsAndReplacements() {
    assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestName.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestName.distance("same", "same")).isZero();
  }
}
