package io.aieval.core.task;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jinjava.javax.el.CompositeELResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a task's Jinja templates with Jinjava. A template sees the document: every field of the
 * source row by its own name (the sample's metadata), and {@code id}, {@code input}, {@code
 * choices}, {@code target}, also under the names the data set mapped them from ({@code question},
 * {@code answer} …). As lm-evaluation-harness's Jinja environment: an unknown field is an error, a
 * trailing newline is kept, and Python's string methods ({@code {{question.strip()}}}) and Jinja2's
 * {@code trim} give Python's results. Thread safe.
 */
final class Templates {
  private static final Jinjava JINJAVA = pythonic(true);

  // checks syntax only: the fields a template reads are not known before a document is
  private static final Jinjava LENIENT = pythonic(false);

  private static final Pattern ONE_EXPRESSION =
      Pattern.compile("\\s*\\{\\{((?:(?!}}|\\{\\{).)*)}}\\s*", Pattern.DOTALL);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> aliases;

  /**
   * @param fields the data set's field mapping as written ({@code input: question}); unmapped parts
   *     are also seen as {@code question} and {@code answer}, the default source names
   */
  Templates(Map<String, Object> fields) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("input", fields.get("input") instanceof String s ? s : "question");
    a.put("target", fields.get("target") instanceof String s ? s : "answer");
    if (fields.get("choices") instanceof String s) {
      a.put("choices", s);
    }
    if (fields.get("id") instanceof String s) {
      a.put("id", s);
    }
    this.aliases = Map.copyOf(a);
  }

  /**
   * Jinjava with Python's string methods and Jinja2's {@code trim}, as lm-evaluation-harness's
   * templates expect them.
   *
   * @param strict an unknown field is an error
   */
  private static Jinjava pythonic(boolean strict) {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new StrMethodResolver());
    resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY);
    Jinjava jinjava =
        new Jinjava(
            JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(strict)
                .withElResolver(resolver)
                .build());
    jinjava.getGlobalContext().registerFilter(new PythonTrimFilter());
    return jinjava;
  }

  /** The document a template sees for {@code sample}. */
  Map<String, Object> doc(Sample sample) {
    Map<String, Object> doc = new LinkedHashMap<>();
    sample.metadata().forEach((k, v) -> doc.put(k, structured(v)));
    Map<String, Object> own = new LinkedHashMap<>();
    own.put("id", sample.id());
    own.put("input", sample.input());
    own.put("choices", sample.choices());
    own.put("target", sample.target());
    own.forEach(
        (k, v) -> {
          doc.put(k, v);
          String alias = aliases.get(k);
          if (alias != null) {
            doc.putIfAbsent(alias, v);
          }
        });
    return doc;
  }

  /**
   * A source field that held a JSON array or object (kept as its JSON text in the sample) as a list
   * or map again, so templates can write {@code {{choices.text[0]}}} as lm-eval's do.
   */
  private static Object structured(String value) {
    String v = value == null ? "" : value.strip();
    if (!(v.startsWith("[") && v.endsWith("]") || v.startsWith("{") && v.endsWith("}"))) {
      return value;
    }
    try {
      return JSON.readValue(v, Object.class);
    } catch (JacksonException e) {
      return value;
    }
  }

  /**
   * @throws TemplateException when the template does not render (unknown field, bad syntax)
   */
  static String render(DocTemplate template, Map<String, Object> doc) {
    if (template instanceof DocTemplate.Function f) {
      return String.valueOf(TaskFunctions.all().get(f.name()).apply(doc));
    }
    return render(((DocTemplate.Jinja) template).text(), doc);
  }

  /** The choices of a document: each template's text, a function's list spread out. */
  static List<String> choices(List<DocTemplate> templates, Map<String, Object> doc) {
    List<String> out = new java.util.ArrayList<>();
    for (DocTemplate t : templates) {
      if (value(t, doc) instanceof java.util.Collection<?> list) {
        list.forEach(c -> out.add(String.valueOf(c)));
      } else {
        out.add(render(t, doc));
      }
    }
    return out;
  }

  /**
   * What a function returns, or what a template that is one expression ({@code {{choices.text}}})
   * evaluates to, so that either may give a whole list (of choices, of references) as in lm-eval;
   * else {@code null}.
   */
  static Object value(DocTemplate t, Map<String, Object> doc) {
    if (t instanceof DocTemplate.Function f) {
      return TaskFunctions.all().get(f.name()).apply(doc);
    }
    Matcher m = ONE_EXPRESSION.matcher(((DocTemplate.Jinja) t).text());
    if (!m.matches()) {
      return null;
    }
    JinjavaInterpreter interpreter = JINJAVA.newInterpreter();
    interpreter.getContext().putAll(doc);
    try {
      return interpreter.resolveELExpression(m.group(1), 1);
    } catch (RuntimeException e) {
      return null; // rendered below, which reports the problem
    }
  }

  static String render(String template, Map<String, Object> doc) {
    RenderResult r = JINJAVA.renderForResult(template, doc);
    List<TemplateError> errors =
        r.getErrors().stream()
            .filter(e -> e.getSeverity() == TemplateError.ErrorType.FATAL)
            .toList();
    if (!errors.isEmpty()) {
      throw new TemplateException(
          Messages.get(
              "task.template",
              template,
              errors.stream().map(TemplateError::getMessage).collect(Collectors.joining("; "))));
    }
    return r.getOutput();
  }

  /** Reports templates whose syntax is wrong, at their line in the task file. */
  static void check(TaskDefinition def, TaskNode top) {
    if (def == null) {
      return;
    }
    syntax(def.templates().docToText(), top.get("doc_to_text"));
    syntax(def.templates().docToTarget(), top.get("doc_to_target"));
    for (DocTemplate c : def.templates().docToChoice()) {
      syntax(c, top.get("doc_to_choice"));
    }
    if (def.templates().decontaminationQuery() != null) {
      syntax(def.templates().decontaminationQuery(), top.get("doc_to_decontamination_query"));
    }
    if (def.templates().fewshotTarget() != null) {
      syntax(def.templates().fewshotTarget(), top.get("fewshot_config").get("doc_to_target"));
    }
  }

  private static void syntax(DocTemplate t, TaskNode at) {
    if (!(t instanceof DocTemplate.Jinja j)) {
      return;
    }
    String template = j.text();
    List<String> errors =
        LENIENT.renderForResult(template, Map.of()).getErrors().stream()
            .filter(e -> e.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR)
            .map(TemplateError::getMessage)
            .toList();
    if (!errors.isEmpty()) {
      at.problem(Messages.get("task.template", template, String.join("; ", errors)));
    }
  }

  /** A template that could not be rendered for a document. */
  static final class TemplateException extends IllegalArgumentException {
    TemplateException(String message) {
      super(message);
    }
  }
}
