package io.aieval.api.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a data set, after field mapping.
 *
 * @param id stable identifier, unique within the data set (used for resume and comparison)
 * @param input the question or prompt text
 * @param choices answer options for multiple-choice items, in order; empty for generation items
 * @param target the reference answer: for multiple choice a letter ({@code "C"}), otherwise text
 * @param metadata any other fields of the row, kept for reports and templates
 */
public record Sample(
    String id, String input, List<String> choices, String target, Map<String, String> metadata) {
  public Sample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    choices = choices == null ? List.of() : List.copyOf(choices);
    target = target == null ? "" : target;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** Whether the sample has answer options. */
  public boolean isMultipleChoice() {
    return !choices.isEmpty();
  }
}
