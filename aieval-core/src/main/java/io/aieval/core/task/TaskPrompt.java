package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.Prompt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a document into a prompt: the task's templates rendered, few-shot examples before it, as
 * one text for completions endpoints or as chat messages.
 */
final class TaskPrompt {
  private final TaskDefinition def;
  private final Templates templates;
  private final FewshotSampler fewshot;

  TaskPrompt(TaskDefinition def, Templates templates, FewshotSampler fewshot) {
    this.def = def;
    this.templates = templates;
    this.fewshot = fewshot;
  }

  /**
   * {@code doc_to_text}; for a multiple-input task the choice its index names, as lm-eval's
   * few-shot samplers show an example.
   */
  String text(Sample s) {
    Integer i = inputIndex(s);
    return i != null
        ? choices(s).get(i)
        : Templates.render(def.templates().docToText(), templates.doc(s));
  }

  /**
   * The index of the right choice when {@code doc_to_text} is a function that gives an integer,
   * which makes the task one of lm-evaluation-harness's multiple-input tasks (Winogrande): each
   * choice ends its own context and {@code doc_to_target} is the continuation after every one; else
   * {@code null}.
   *
   * @throws IllegalArgumentException when the index is not one of a choice
   */
  Integer inputIndex(Sample s) {
    if (!(def.templates().docToText() instanceof DocTemplate.Function f)) {
      return null;
    }
    Object v = TaskFunctions.all().get(f.name()).apply(templates.doc(s));
    if (!(v instanceof Integer || v instanceof Long)) {
      return null;
    }
    long i = ((Number) v).longValue();
    int n = choices(s).size();
    if (i < 0 || i >= n) {
      throw new IllegalArgumentException(
          io.aieval.core.i18n.Messages.get("task.inputIndex", s.id(), i, n - 1));
    }
    return (int) i;
  }

  /** The index of the right choice: {@link #inputIndex} or else {@link #targetIndex}. */
  int goldIndex(Sample s, List<String> choices) {
    Integer i = inputIndex(s);
    return i != null ? i : targetIndex(s, choices);
  }

  /** The document as templates and functions see it. */
  Map<String, Object> doc(Sample s) {
    return templates.doc(s);
  }

  String target(Sample s) {
    return Templates.render(def.templates().docToTarget(), templates.doc(s));
  }

  /**
   * The references of a generated answer: each item of the list {@code doc_to_target} gives (a
   * template that is one expression, or a function), an item that is itself a list being a
   * reference of several spans (DROP's); otherwise the one rendered text. A list may be empty (a
   * SQuAD v2 question without answers).
   */
  List<List<String>> references(Sample s) {
    return references(def.templates().docToTarget(), s);
  }

  private List<List<String>> references(DocTemplate template, Sample s) {
    Map<String, Object> doc = templates.doc(s);
    if (!(Templates.value(template, doc) instanceof Collection<?> list)) {
      return List.of(List.of(Templates.render(template, doc)));
    }
    List<List<String>> out = new ArrayList<>();
    for (Object item : list) {
      out.add(
          item instanceof Collection<?> spans
              ? spans.stream().map(String::valueOf).toList()
              : List.of(String.valueOf(item)));
    }
    return out;
  }

  /**
   * A reference as one text: its spans joined by commas, as lm-eval's DROP task writes a gold
   * answer ({@code answer|join(',')}).
   */
  static String text(List<String> reference) {
    return String.join(",", reference);
  }

  List<String> choices(Sample s) {
    if (def.templates().docToChoice().isEmpty()) {
      return s.choices();
    }
    return Templates.choices(def.templates().docToChoice(), templates.doc(s));
  }

  /**
   * The index of the right choice: the rendered target as an index, a letter, or a choice's text.
   *
   * @throws IllegalArgumentException when it is none of these
   */
  int targetIndex(Sample s, List<String> choices) {
    return index(s.id(), target(s), choices);
  }

  /** The index {@code target} names among {@code choices}: as an index, a letter or a text. */
  static int index(String id, String target, List<String> choices) {
    String t = target.strip();
    if (t.matches("\\d+") && Integer.parseInt(t) < choices.size()) {
      return Integer.parseInt(t);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.length() == 1 && upper.charAt(0) >= 'A' && upper.charAt(0) < 'A' + choices.size()) {
      return upper.charAt(0) - 'A';
    }
    int i = choices.indexOf(t);
    if (i < 0) {
      throw new IllegalArgumentException(io.aieval.core.i18n.Messages.get("task.badTarget", id, t));
    }
    return i;
  }

  /**
   * The system prompt rendered over the document, as lm-evaluation-harness renders a task's
   * description ({@code … about {{subject}}}), or {@code null} when the task has none.
   */
  private String system(Sample s) {
    String system = def.chat().systemPrompt();
    return system == null ? null : Templates.render(system, templates.doc(s));
  }

  /**
   * The answer shown after an example's prompt: for generation the first reference of {@code
   * fewshot_config.doc_to_target}, else of {@code doc_to_target}, as lm-eval shows {@code
   * doc_to_target(doc)[0]} of a list; empty when there is none.
   */
  private String answer(Sample s) {
    if (def.outputType() == OutputType.MULTIPLE_CHOICE && inputIndex(s) == null) {
      List<String> c = choices(s);
      return c.get(targetIndex(s, c));
    }
    DocTemplate shown = def.templates().fewshotTarget();
    List<List<String>> references =
        references(shown == null ? def.templates().docToTarget() : shown, s);
    return references.isEmpty() ? "" : text(references.get(0));
  }

  /**
   * Examples and document as one text (completions endpoints, log-likelihood contexts); for a
   * multiple-input task the examples only, which every choice follows, as in lm-eval.
   */
  String context(Sample s) {
    StringBuilder b = new StringBuilder();
    String system = system(s);
    if (system != null) {
      b.append(system).append(def.templates().fewshotDelimiter());
    }
    for (Sample e : fewshot.examples(s)) {
      b.append(text(e))
          .append(def.templates().targetDelimiter())
          .append(answer(e))
          .append(def.templates().fewshotDelimiter());
    }
    return b.append(question(s)).toString();
  }

  /** The document's own text after the examples: none for a multiple-input task. */
  private String question(Sample s) {
    return inputIndex(s) != null ? "" : text(s);
  }

  /**
   * Chat messages: the system prompt, the examples as user/assistant turns ({@code
   * fewshot_as_multiturn}) or in the user message, then the document with {@code suffix} after it.
   */
  Prompt chat(Sample s, String suffix) {
    List<ChatMessage> messages = new ArrayList<>();
    String system = system(s);
    if (system != null) {
      messages.add(ChatMessage.system(system));
    }
    if (!def.chat().fewshotAsMultiturn()) {
      StringBuilder b = new StringBuilder();
      for (Sample e : fewshot.examples(s)) {
        b.append(text(e))
            .append(def.templates().targetDelimiter())
            .append(answer(e))
            .append(def.templates().fewshotDelimiter());
      }
      messages.add(ChatMessage.user(b.append(question(s)).append(suffix).toString()));
      return new Prompt.Chat(messages);
    }
    for (Sample e : fewshot.examples(s)) {
      messages.add(ChatMessage.user(text(e)));
      messages.add(ChatMessage.assistant(answer(e)));
    }
    messages.add(ChatMessage.user(question(s) + suffix));
    return new Prompt.Chat(messages);
  }
}
