package io.aieval.core.task;

import java.util.List;
import java.util.Objects;

/**
 * A task's Jinja templates.
 *
 * @param docToText the prompt of a document
 * @param docToTarget the reference answer: text, or for multiple choice a choice's index, letter or
 *     text; for generation also a list of references (a template that is one expression giving a
 *     list, or a function returning one), each a text or a list of spans
 * @param docToChoice the choices, one template each (a function may give several); empty to take
 *     the data set's choices
 * @param targetDelimiter put between a prompt and its answer ({@code " "})
 * @param fewshotDelimiter put between few-shot examples ({@code "\n\n"})
 * @param fewshotTarget {@code fewshot_config.doc_to_target}: the answer shown after an example's
 *     prompt where it is not the (first) reference, or {@code null} to show that
 * @param decontaminationQuery {@code doc_to_decontamination_query}: the text of a document that
 *     {@code aieval contamination} looks for in a corpus, or {@code null} for what the model is
 *     shown and must answer; not part of the prompt, so not hashed
 */
public record TaskTemplates(
    DocTemplate docToText,
    DocTemplate docToTarget,
    List<DocTemplate> docToChoice,
    String targetDelimiter,
    String fewshotDelimiter,
    DocTemplate fewshotTarget,
    DocTemplate decontaminationQuery) {
  public TaskTemplates {
    Objects.requireNonNull(docToText, "docToText");
    Objects.requireNonNull(docToTarget, "docToTarget");
    docToChoice = List.copyOf(docToChoice);
    Objects.requireNonNull(targetDelimiter, "targetDelimiter");
    Objects.requireNonNull(fewshotDelimiter, "fewshotDelimiter");
  }

  /** Every template in one text, hashed into provenance. */
  String canonical() {
    String all =
        String.join(
            "\n---\n",
            docToText.canonical(),
            docToTarget.canonical(),
            String.join("\n", docToChoice.stream().map(DocTemplate::canonical).toList()),
            targetDelimiter,
            fewshotDelimiter);
    // added only when set, so the hash of a task without it stays what it was
    return fewshotTarget == null ? all : all + "\n---\n" + fewshotTarget.canonical();
  }
}
