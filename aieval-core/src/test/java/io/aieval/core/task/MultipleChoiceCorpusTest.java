package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.SavedPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A multiple-choice task's {@code mcc} and {@code f1} over (chosen index, gold index). */
class MultipleChoiceCorpusTest {
  private static final String YAML =
      """
      task: yesno
      output_type: multiple_choice
      doc_to_text: "{{input}}"
      doc_to_choice: ["no", "yes"]
      doc_to_target: "{{target}}"
      metric_list:
        - metric: acc
        - metric: mcc
        - metric: f1
      """;

  @Test
  void mccAndF1AreComputedFromTheChosenAndGoldIndices() {
    TaskDefinition def = Tasks.parse(YAML, "yesno.yaml", null);
    MultipleChoiceTask task =
        new MultipleChoiceTask(
            def,
            new TaskPrompt(def, new Templates(Map.of()), FewshotSampler.none()),
            false,
            new GenerationParams(0.0, null, null, List.of(), null),
            "Answer with the letter.");
    // gold yes: 3 answered yes (tp), 2 no (fn); gold no: 1 answered yes (fp), 2 no (tn)
    String[][] lines = {
      {"1", "B"}, {"1", "B"}, {"1", "B"}, {"1", "A"}, {"1", "A"}, {"0", "B"}, {"0", "A"}, {"0", "A"}
    };
    List<CorpusInput> inputs = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Sample s = new Sample("s" + i, "q" + i, List.of(), lines[i][0], Map.of());
      SampleOutcome.Scored scored = task.score(s, lines[i][1]);
      assertThat(scored.scores()).containsOnlyKeys("acc");
      assertThat(scored.corpus()).containsOnlyKeys("mcc", "f1");
      assertThat(scored.corpus().get("mcc").prediction())
          .isEqualTo(lines[i][1].equals("B") ? "1" : "0");
      inputs.add(scored.corpus().get("mcc"));
    }
    // (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)) = (6 − 2) / √(4·5·3·4)
    assertThat(aggregate(task.corpusMetrics().get("mcc"), inputs))
        .isCloseTo(4 / Math.sqrt(240), within(1e-12));
    // 2tp / (2tp + fp + fn), "1" (yes) positive
    assertThat(aggregate(task.corpusMetrics().get("f1"), inputs)).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(MultipleChoiceTask.metricNames(def, List.of("acc")))
        .containsExactly("acc", "mcc", "f1");
  }

  private static <T> double aggregate(CorpusMetric<T> metric, List<CorpusInput> inputs) {
    List<T> items = new ArrayList<>();
    for (CorpusInput in : inputs) {
      items.add(metric.item(SavedPrediction.of("x", in.prediction(), in.references().get(0))));
    }
    return metric.aggregate(items);
  }
}
