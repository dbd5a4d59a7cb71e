package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
import io.aieval.core.score.Loglikelihoods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code process_results: !function mc2}: lm-evaluation-harness's {@code process_results_mc2} of
 * TruthfulQA, reporting {@code acc} as the normalised probability mass of the true answers (those
 * before the first 0 of the document's {@code labels}, which the {@code truthfulqa_mc2} layout puts
 * in the metadata).
 */
public final class Mc2Function implements ResultsFunction {
  @Override
  public String name() {
    return "mc2";
  }

  @Override
  public Map<String, Double> apply(
      Map<String, Object> doc, List<Double> loglikelihoods, List<Boolean> isGreedy) {
    if (!(doc.get("labels") instanceof List<?> values)) {
      throw new IllegalArgumentException(Messages.get("task.mc2.noLabels", doc.get("id")));
    }
    List<Integer> labels = new ArrayList<>();
    for (Object v : values) {
      if (!(v instanceof Number n) || n.doubleValue() != 0 && n.doubleValue() != 1) {
        throw new IllegalArgumentException(Messages.get("task.mc2.noLabels", doc.get("id")));
      }
      labels.add(n.intValue());
    }
    return Map.of("acc", Loglikelihoods.mc2(loglikelihoods, labels));
  }
}
