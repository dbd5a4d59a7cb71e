package io.aieval.core.data.layout;

import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;

/**
 * Winogrande as AI2 distribute it ({@code winogrande_1.1/{train_xs … train_xl,dev,test}.jsonl}):
 * qID, a sentence with a {@code _} blank, option1, option2 and answer {@code "1"} or {@code "2"}
 * (none in test). lm-evaluation-harness scores it by partial evaluation: the log-likelihood of the
 * text after the blank ({@code after_blank}, stripped) following each option put into the text
 * before it ({@code before_blank}); both are in the metadata for that.
 */
final class Winogrande implements Benchmark {
  private static final String BLANK = "_";
  private static final LayoutFiles FILES =
      LayoutFiles.of(
          List.of(
              "train_xs",
              "train_s",
              "train_m",
              "train_l",
              "train_xl",
              "train_debiased",
              "dev",
              "test"),
          "dev",
          "{split}.jsonl",
          "winogrande_1.1/{split}.jsonl");

  @Override
  public String name() {
    return "winogrande";
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
          if (!unit.nonBlank("sentence").contains(BLANK)) {
            throw unit.problem("sentence", Messages.get("layout.noBlank"));
          }
          unit.text("option1");
          unit.text("option2");
          if (unit.has("answer") || !"test".equals(unit.file().split())) {
            String answer = unit.text("answer").strip();
            if (!answer.equals("1") && !answer.equals("2")) {
              throw unit.problem("answer", Messages.get("layout.notAmong", "1, 2", answer));
            }
          }
          return unit.document(unit.has("qID") ? unit.nonBlank("qID") : unit.positionId());
        });
  }

  @Override
  public Sample sample(Document doc) {
    String sentence = doc.text("sentence");
    int blank = sentence.indexOf(BLANK);
    Object answer = doc.fields().get("answer");
    String target =
        answer == null ? "" : Letters.of(Integer.parseInt(LayoutJson.text(answer).strip()) - 1);
    return new Sample(
        doc.id(),
        sentence,
        List.of(doc.text("option1"), doc.text("option2")),
        target,
        Metadata.except(doc, "sentence", "option1", "option2")
            .with("before_blank", sentence.substring(0, blank))
            .with("after_blank", PythonText.strip(sentence.substring(blank + 1)))
            .toMap());
  }
}
