package io.aieval.core.task;

import io.aieval.core.i18n.Messages;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a task file and lays the files it names in {@code include} under it, as
 * lm-evaluation-harness's {@code include} does, keeping where each top-level key came from so
 * problems are reported at their own file's line.
 */
final class TaskIncludes {
  static final String INCLUDE = "include";
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private TaskIncludes() {}

  /**
   * Parses {@code text} and what it includes.
   *
   * @throws SpecException when a file is not YAML
   */
  static Layered read(String text, String where, Path dir) {
    return layered(text, where, dir, new ArrayList<>(), List.of());
  }

  /**
   * A task file's top level with the files it includes laid under it.
   *
   * @param origins the file each included key came from
   */
  record Layered(Object root, Located file, Map<String, Located> origins) {}

  /**
   * Reads a task file and, as lm-evaluation-harness's {@code include} does, the files it names
   * first: their top-level keys, each overridden by a later file's and then by this one's.
   *
   * @param chain the files that include this one, outermost first, to refuse a cycle
   */
  private static Layered layered(
      String text, String where, Path dir, List<SpecProblem> problems, List<String> chain) {
    Object root;
    try {
      root = YAML.readValue(text, Object.class);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new SpecException(
          List.of(
              new SpecProblem(
                  where + ":" + line, Messages.get("spec.syntax", e.getOriginalMessage()))));
    }
    Located file = new Located(where, new YamlLines(YAML, text), dir, problems);
    if (!(root instanceof Map<?, ?> own) || !own.containsKey(INCLUDE)) {
      return new Layered(root, file, Map.of());
    }
    TaskNode include = new TaskNode(root, "", file).get(INCLUDE);
    List<String> inner = new ArrayList<>(chain);
    inner.add(where);
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, Located> origins = new HashMap<>();
    for (TaskNode item : include.raw() instanceof List ? include.items() : List.of(include)) {
      IncludedFile source = included(item, dir);
      if (source == null) {
        continue;
      }
      if (inner.contains(source.where())) {
        item.problem(
            Messages.get("task.includeCycle", String.join(" → ", inner) + " → " + source.where()));
        continue;
      }
      Layered base = layered(source.text(), source.where(), source.dir(), problems, inner);
      if (base.root() instanceof Map<?, ?> m) {
        m.forEach(
            (k, v) -> {
              String key = String.valueOf(k);
              merged.put(key, v);
              origins.put(key, base.origins().getOrDefault(key, base.file()));
            });
      }
    }
    merged.remove(INCLUDE);
    origins.remove(INCLUDE);
    own.forEach(
        (k, v) -> {
          merged.put(String.valueOf(k), v);
          origins.remove(String.valueOf(k));
        });
    return new Layered(merged, file, origins);
  }

  /** An included task file's text and where it is. */
  private record IncludedFile(String text, String where, Path dir) {}

  /**
   * What an {@code include} names: a task file ({@code *.yaml}, relative to the including file's
   * folder) or a built-in task; {@code null}, with the problem recorded, when it is neither.
   */
  private static IncludedFile included(TaskNode item, Path dir) {
    String name = item.raw() instanceof String s ? s.strip() : null;
    if (name == null || name.isEmpty()) {
      item.problem(SpecProblem.expected("string", item.raw()));
      return null;
    }
    if (!name.matches("(?s).*\\.ya?ml")) {
      String text = Tasks.builtInText(name);
      if (text == null) {
        item.unknownName("builtInTask", name, Tasks.builtInNames());
        return null;
      }
      return new IncludedFile(text, Tasks.builtInWhere(name), null);
    }
    if (dir == null) {
      String base = name.replaceFirst("\\.ya?ml$", "");
      String text = Tasks.builtInText(base);
      if (text == null) {
        item.unknownName("builtInTask", base, Tasks.builtInNames());
        return null;
      }
      return new IncludedFile(text, Tasks.builtInWhere(base), null);
    }
    Path file = dir.resolve(name).normalize();
    try {
      return new IncludedFile(
          Files.readString(file, StandardCharsets.UTF_8), file.toString(), file.getParent());
    } catch (IOException e) {
      item.problem(Messages.get("task.unreadable", file + ": " + e.getMessage()));
      return null;
    }
  }
}
