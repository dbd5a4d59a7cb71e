package io.aieval.core.task;

import java.util.List;
import java.util.Map;

/**
 * {@code doc_to_text: !function target_index}: the index of the document's target among its data
 * set choices (the target as an index, a letter or a choice's text). As lm-evaluation-harness's
 * {@code doc_to_text} that returns an integer, it makes a multiple-choice task a multiple-input
 * one: each choice ends its own context and {@code doc_to_target} is the continuation scored after
 * every one, and the index is the right choice (Winogrande's {@code
 * preprocess_winogrande.doc_to_text}).
 */
public final class TargetIndexFunction implements TaskFunction {
  @Override
  public String name() {
    return "target_index";
  }

  @Override
  public Object apply(Map<String, Object> doc) {
    List<String> choices =
        doc.get("choices") instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : List.of();
    return TaskPrompt.index(
        String.valueOf(doc.get("id")), String.valueOf(doc.get("target")), choices);
  }
}
