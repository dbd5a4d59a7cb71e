package io.aieval.core.data.layout;

import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;

/**
 * GSM8K as OpenAI distribute it ({@code grade_school_math/data/{train,test}.jsonl}): question and
 * answer, the worked answer ending in {@code #### 72}. The target is the text after the last {@code
 * ####}, stripped, as lm-evaluation-harness takes it; the full answer stays in the metadata.
 */
final class Gsm8k implements Benchmark {
  private static final String FINAL = "####";
  private static final LayoutFiles FILES =
      LayoutFiles.of(
          List.of("train", "test"),
          "test",
          "{split}.jsonl",
          "data/{split}.jsonl",
          "grade_school_math/data/{split}.jsonl");

  @Override
  public String name() {
    return "gsm8k";
  }

  @Override
  public LayoutFiles files() {
    return FILES;
  }

  @Override
  public UnitFormat format(FileContext file) {
    return UnitFormat.jsonl();
  }

  @Override
  public List<Parsed> documents(Unit unit) {
    return Parsed.one(
        () -> {
          unit.nonBlank("question");
          if (!unit.nonBlank("answer").contains(FINAL)) {
            throw unit.problem("answer", Messages.get("layout.noFinalAnswer"));
          }
          return unit.document(unit.positionId());
        });
  }

  @Override
  public Sample sample(Document doc) {
    String answer = doc.text("answer");
    String target = PythonText.strip(answer.substring(answer.lastIndexOf(FINAL) + FINAL.length()));
    return new Sample(
        doc.id(),
        doc.text("question"),
        List.of(),
        target,
        Metadata.except(doc, "question").toMap());
  }
}
