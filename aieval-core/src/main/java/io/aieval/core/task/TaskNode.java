package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
import io.aieval.core.spec.SpecProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value of a parsed task file with its place (a JSON pointer), reading typed values and
 * recording each problem at {@code file:line: key}.
 */
final class TaskNode {
  private final Object value;
  private final String pointer;
  private final Located file;
  private final Map<String, Located> origins;

  TaskNode(Object value, String pointer, Located file) {
    this(value, pointer, file, Map.of());
  }

  /**
   * A task file's top level, whose keys may come from the files it includes.
   *
   * @param origins the file each top-level key was read from, where it is not {@code file}
   */
  TaskNode(Object value, String pointer, Located file, Map<String, Located> origins) {
    this.value = value;
    this.pointer = pointer;
    this.file = file;
    this.origins = Map.copyOf(origins);
    if (pointer.isEmpty() && value != null && !(value instanceof Map)) {
      problem(SpecProblem.expected("map", value));
    }
  }

  boolean isMap() {
    return value instanceof Map;
  }

  boolean present() {
    return value != null;
  }

  TaskNode get(String key) {
    Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
    return new TaskNode(v, pointer + "/" + key, origins.getOrDefault(key, file));
  }

  /** The folder relative paths of this value start from, or {@code null} for a built-in task. */
  java.nio.file.Path dir() {
    return file.dir();
  }

  /** The elements of a list; a missing value is an empty list. */
  List<TaskNode> items() {
    List<TaskNode> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        out.add(new TaskNode(list.get(i), pointer + "/" + i, file));
      }
    } else if (value != null) {
      problem(SpecProblem.expected("list", value));
    }
    return out;
  }

  /** A map's entries as written, or {@code null} when absent. */
  Map<String, Object> map() {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    if (value != null) {
      problem(SpecProblem.expected("map", value));
    }
    return null;
  }

  void rejectUnknown(Set<String> allowed) {
    if (value instanceof Map<?, ?> m) {
      for (Object key : m.keySet()) {
        String k = String.valueOf(key);
        if (!allowed.contains(k)) {
          get(k).report(SpecProblem.unknownKey("", k, allowed.stream().sorted().toList()));
        }
      }
    } else if (value != null) {
      problem(SpecProblem.expected("map", value));
    }
  }

  String text(String key, String fallback, boolean required) {
    Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
    if (v == null) {
      if (required) {
        get(key).problem(Messages.get("spec.required"));
      }
      return fallback;
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    get(key).problem(SpecProblem.expected("string", v));
    return fallback;
  }

  /** A list of strings; one string is a list of one. */
  List<String> texts() {
    if (value instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    for (TaskNode n : items()) {
      if (n.value instanceof String || n.value instanceof Number) {
        out.add(n.value.toString());
      } else {
        n.problem(SpecProblem.expected("string", n.value));
      }
    }
    return out;
  }

  /**
   * A template: Jinja text, or a registered function as {@code !function name} or {@code {function:
   * name}}.
   */
  DocTemplate template(String fallback) {
    if (value == null) {
      return fallback == null ? null : new DocTemplate.Jinja(fallback);
    }
    String name = functionName();
    if (name == null && (value instanceof String || value instanceof Number)) {
      return new DocTemplate.Jinja(value.toString());
    } else if (name == null) {
      problem(SpecProblem.expected("string", value));
      return fallback == null ? null : new DocTemplate.Jinja(fallback);
    }
    if (!TaskFunctions.all().contains(name)) {
      report(SpecProblem.unknownName("", "taskFunction", name, TaskFunctions.all().names()));
    }
    return new DocTemplate.Function(name);
  }

  /**
   * The name {@code process_results} gives: {@code !function name}, {@code {function: name}} or
   * plain {@code name}; {@code null} when absent or not a name.
   */
  String resultsName() {
    if (value == null) {
      return null;
    }
    String name = functionName();
    if (name == null && value instanceof String s) {
      name = s.strip();
    }
    if (name == null || name.isEmpty()) {
      problem(Messages.get("task.processResults.notFunction"));
      return null;
    }
    return name;
  }

  /** The name of a function written as {@code !function name} or {@code {function: name}}. */
  private String functionName() {
    if (value instanceof String s && file.isFunction(pointer)) {
      return s.strip();
    }
    if (value instanceof Map<?, ?>) {
      rejectUnknown(Set.of("function"));
      return get("function").value instanceof String s ? s : "";
    }
    return null;
  }

  /** Templates: a list of them, or one (a function may give a whole list of choices). */
  List<DocTemplate> templateList() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      return List.of(template(null));
    }
    return items().stream().map(n -> n.template("")).toList();
  }

  long integer(String key, long fallback, long min) {
    Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
    if (v == null) {
      return fallback;
    }
    if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() >= min) {
      return ((Number) v).longValue();
    }
    get(key).problem(SpecProblem.expected("integer", v));
    return fallback;
  }

  Double decimal(String key) {
    Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
    if (v == null || v instanceof Number) {
      return v == null ? null : ((Number) v).doubleValue();
    }
    get(key).problem(SpecProblem.expected("number", v));
    return null;
  }

  boolean flag(String key, boolean fallback) {
    Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
    if (v == null || v instanceof Boolean) {
      return v == null ? fallback : (Boolean) v;
    }
    get(key).problem(SpecProblem.expected("boolean", v));
    return fallback;
  }

  Object raw() {
    return value;
  }

  void unknownName(String kind, String name, List<String> known) {
    report(SpecProblem.unknownName("", kind, name, known));
  }

  void problem(String message) {
    report(new SpecProblem("", message));
  }

  private void report(SpecProblem p) {
    file.problems().add(new SpecProblem(file.at(pointer), p.message()));
  }

  List<SpecProblem> problems() {
    return file.problems();
  }
}
