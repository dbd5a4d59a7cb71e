package io.aieval.core.data.layout;

import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import io.aieval.core.text.PythonText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HellaSwag as its authors distribute it ({@code data/hellaswag_{train,val,test}.jsonl}): ind,
 * activity_label, ctx_a, ctx_b, ctx, endings and label (none in test). The sample's text is
 * lm-evaluation-harness's: {@code activity_label + ": " + ctx_a + " " + ctx_b.capitalize()} and
 * each ending, preprocessed as its {@code preprocess} does (WikiHow's {@code [title]} markers and
 * other bracketed artifacts removed).
 */
final class HellaSwag implements Benchmark {
  /** Python's {@code .} matches anything but a newline; Java's also stops at CR and others. */
  private static final Pattern BRACKETED = Pattern.compile("\\[.*?\\]", Pattern.UNIX_LINES);

  private static final LayoutFiles FILES =
      LayoutFiles.of(
          List.of("train", "val", "test"),
          "val",
          "hellaswag_{split}.jsonl",
          "data/hellaswag_{split}.jsonl");

  @Override
  public String name() {
    return "hellaswag";
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
          unit.text("activity_label");
          unit.text("ctx_a");
          unit.text("ctx_b");
          List<String> endings = unit.texts("endings");
          if (endings.isEmpty()) {
            throw unit.problem("endings", Messages.get("data.empty"));
          }
          if (unit.has("label") || !"test".equals(unit.file().split())) {
            long label = unit.integer("label");
            if (label < 0 || label >= endings.size()) {
              String problem =
                  Messages.get(
                      "layout.indexOutOfRange",
                      String.valueOf(label),
                      String.valueOf(endings.size() - 1));
              throw unit.problem("label", problem);
            }
          }
          return unit.document(unit.has("ind") ? unit.text("ind") : unit.positionId());
        });
  }

  @Override
  @SuppressWarnings("unchecked")
  public Sample sample(Document doc) {
    String ctx = doc.text("ctx_a") + " " + PythonText.capitalize(doc.text("ctx_b"));
    String query = preprocess(doc.text("activity_label") + ": " + ctx);
    List<String> choices =
        ((List<Object>) doc.fields().get("endings"))
            .stream().map(e -> preprocess(LayoutJson.text(e))).toList();
    Object label = doc.fields().get("label");
    String target = label == null ? "" : Letters.of(Integer.parseInt(LayoutJson.text(label)));
    return new Sample(
        doc.id(),
        query,
        choices,
        target,
        Metadata.except(doc, "activity_label", "ctx_a", "ctx_b", "endings").toMap());
  }

  /** lm-evaluation-harness's {@code preprocess} of HellaSwag text. */
  static String preprocess(String text) {
    String out = PythonText.strip(text);
    out = out.replace(" [title]", ". ");
    out = BRACKETED.matcher(out).replaceAll("");
    return out.replace("  ", " ");
  }
}
