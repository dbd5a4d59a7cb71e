package io.aieval.core.task;

import io.aieval.core.spec.SpecProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A task file being read: its name, its lines, the folder its relative paths start from, and the
 * problems found so far (shared with the files it includes and that include it, so a task reports
 * them all at once).
 */
final class Located {
  private final String where;
  private final YamlLines lines;
  private final Path dir;
  private final List<SpecProblem> problems;

  /**
   * @param dir the file's folder, or {@code null} for a built-in task
   * @param problems where problems are collected
   */
  Located(String where, YamlLines lines, Path dir, List<SpecProblem> problems) {
    this.where = where;
    this.lines = lines;
    this.dir = dir;
    this.problems = problems;
  }

  String where() {
    return where;
  }

  Path dir() {
    return dir;
  }

  /** {@code file:line: metric_list[0].metric} for a JSON pointer. */
  String at(String pointer) {
    String key = pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    key = key.startsWith(".") ? key.substring(1) : key;
    String line = where + ":" + lines.line(pointer);
    return key.isEmpty() ? line : line + ": " + key;
  }

  boolean isFunction(String pointer) {
    return lines.isFunction(pointer);
  }

  List<SpecProblem> problems() {
    return problems;
  }
}
