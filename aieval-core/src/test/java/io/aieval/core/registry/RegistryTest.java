package io.aieval.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.UnknownComponentException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RegistryTest {
  private final Registry<String> providers =
      Registry.of("model provider", List.of("openai", "baseline", "sim"), Function.identity());

  @Test
  void unknownNameSuggestsTheClosestAndListsAll() {
    assertThatThrownBy(() -> providers.get("opnai"))
        .isInstanceOfSatisfying(
            UnknownComponentException.class,
            e -> {
              assertThat(e.suggestion()).isEqualTo("openai");
              assertThat(e.known()).containsExactly("baseline", "openai", "sim");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "unknown model provider \"opnai\", did you mean \"openai\"? (known:"
                          + " baseline, openai, sim)");
            });
  }

  @Test
  void farOffNameHasNoSuggestion() {
    assertThatThrownBy(() -> providers.get("anthropic-claude"))
        .isInstanceOfSatisfying(
            UnknownComponentException.class, e -> assertThat(e.suggestion()).isNull());
  }

  @Test
  void transpositionsAndCaseCountAsCloseTypos() {
    assertThat(ClosestName.among("baesline", providers.names())).isEqualTo("baseline");
    assertThat(ClosestName.among("OpenAI", providers.names())).isEqualTo("openai");
    assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
    List<String> formats = List.of("csv", "jsonl", "tsv");
    assertThat(ClosestName.among("jsnl", formats)).isEqualTo("jsonl");
    assertThat(ClosestName.among("JSON", formats)).isEqualTo("jsonl");
    assertThat(ClosestName.among("tsb", formats)).isEqualTo("tsv");
    assertThat(ClosestName.among("parquet", formats)).isNull();
  }

  @Test
  void duplicateNamesAreRejected() {
    assertThatThrownBy(() -> Registry.of("step", List.of("a", "a"), Function.identity()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two steps are named a");
  }

  @Test
  void knownNameIsFound() {
    assertThat(providers.get("sim")).isEqualTo("sim");
    assertThat(providers.contains("sim")).isTrue();
  }
}
