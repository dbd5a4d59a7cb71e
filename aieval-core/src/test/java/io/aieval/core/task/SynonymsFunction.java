package io.aieval.core.task;

import java.util.List;
import java.util.Map;

/** A task function giving a document several references: its answer and the answer's plural. */
public final class SynonymsFunction implements TaskFunction {
  @Override
  public String name() {
    return "synonyms";
  }

  @Override
  public Object apply(Map<String, Object> doc) {
    return List.of(doc.get("answer"), doc.get("answer") + "s");
  }
}
