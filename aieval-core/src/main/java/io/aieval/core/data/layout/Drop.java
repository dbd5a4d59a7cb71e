package io.aieval.core.data.layout;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import io.aieval.core.text.PythonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DROP as AI2 distribute it ({@code drop_dataset/drop_dataset_{train,dev}.json}): an object from
 * passage id to passage, {@code wiki_url} and {@code qa_pairs}; each pair has question, query_id,
 * an {@code answer} of number, date (day, month, year) and spans, and (in dev) {@code
 * validated_answers}. As in lm-evaluation-harness, each answer becomes a tuple of strings (the
 * number, else the spans, else the date's parts joined), duplicates dropped, the given answer first
 * ({@code answers} in the metadata); the target is the first, its parts joined by commas.
 */
final class Drop implements Benchmark {
  private static final LayoutFiles FILES =
      LayoutFiles.of(
          List.of("train", "dev"),
          "dev",
          "drop_dataset_{split}.json",
          "drop_dataset/drop_dataset_{split}.json");

  @Override
  public String name() {
    return "drop";
  }

  @Override
  public LayoutFiles files() {
    return FILES;
  }

  @Override
  public UnitFormat format(FileContext file) {
    return UnitFormat.json("*");
  }

  @Override
  public List<Parsed> documents(Unit section) {
    List<Parsed> parsed = new ArrayList<>();
    try {
      String passage = section.text("passage");
      String wikiUrl = section.optionalText("wiki_url");
      for (Unit qa : section.objects("qa_pairs")) {
        parsed.add(Parsed.attempt(() -> question(qa, section.path(), passage, wikiUrl)));
      }
    } catch (DataFormatException e) {
      parsed.add(new Parsed.Broken(e));
    }
    return parsed;
  }

  private static Document question(Unit qa, String sectionId, String passage, String wikiUrl) {
    String id = qa.nonBlank("query_id");
    qa.text("question");
    Set<List<String>> answers = new LinkedHashSet<>();
    answers.add(parse(qa.object("answer")));
    if (qa.has("validated_answers")) {
      qa.objects("validated_answers").forEach(a -> answers.add(parse(a)));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("section_id", sectionId);
    fields.put("passage", passage);
    if (wikiUrl != null) {
      fields.put("wiki_url", wikiUrl);
    }
    fields.putAll(qa.fields());
    fields.put("answers", new ArrayList<>(answers));
    return qa.document(id, fields);
  }

  /** lm-evaluation-harness's {@code parse_answer}. */
  private static List<String> parse(Unit answer) {
    String number = answer.has("number") ? answer.text("number") : "";
    if (!number.isEmpty()) {
      return List.of(number);
    }
    List<String> spans = answer.has("spans") ? answer.texts("spans") : List.of();
    if (!spans.isEmpty()) {
      return spans;
    }
    Unit date = answer.object("date");
    String joined =
        String.join(
            " ",
            date.has("day") ? date.text("day") : "",
            date.has("month") ? date.text("month") : "",
            date.has("year") ? date.text("year") : "");
    return List.of(PythonText.strip(joined));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Sample sample(Document doc) {
    List<Object> first = (List<Object>) ((List<Object>) doc.fields().get("answers")).get(0);
    List<String> parts = first.stream().map(LayoutJson::text).toList();
    return new Sample(
        doc.id(),
        doc.text("passage") + " " + doc.text("question"),
        List.of(),
        String.join(",", parts),
        Metadata.except(doc, "query_id", "passage", "question").toMap());
  }
}
