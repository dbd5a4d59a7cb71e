package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import io.aieval.core.registry.Registry;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The task registry: the tasks bundled with aieval, then every {@code *.yaml} file of the user's
 * task folders (a user task of the same name replaces a built-in one).
 */
public final class Tasks {
  /** A system property listing extra task folders, as {@code --tasks DIR} sets it. */
  public static final String DIRS_PROPERTY = "aieval.tasks";

  private static final String BUILT_IN = "/io/aieval/core/task/builtin/";
  private static final List<String> BUILT_INS =
      List.of(
          "arc_challenge",
          "arc_easy",
          "boolq",
          "ceval",
          "cmmlu",
          "cola",
          "drop",
          "gsm8k",
          "hellaswag",
          "mc_jsonl",
          "mmlu",
          "mnli",
          "mrpc",
          "qnli",
          "qqp",
          "rte",
          "squadv2",
          "sst2",
          "stsb",
          "truthfulqa_mc1",
          "truthfulqa_mc2",
          "winogrande");

  private Tasks() {}

  /** Reads and checks one task file. */
  public static TaskDefinition read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SpecException(
          List.of(
              new SpecProblem(file.toString(), Messages.get("task.unreadable", e.getMessage()))));
    }
    return TaskFileReader.read(text, file.toString(), file.toAbsolutePath().getParent());
  }

  /** Reads and checks task text, with {@code where} naming it in messages. */
  public static TaskDefinition parse(String text, String where, Path dir) {
    return TaskFileReader.read(text, where, dir);
  }

  /**
   * The built-in tasks and those of {@code dirs} (missing folders are skipped).
   *
   * @throws SpecException when a task file is invalid
   */
  public static Registry<TaskDefinition> catalog(List<Path> dirs) {
    Map<String, TaskDefinition> byName = new LinkedHashMap<>();
    for (String name : BUILT_INS) {
      TaskDefinition t = builtIn(name);
      byName.put(t.name(), t);
    }
    for (Path dir : dirs) {
      for (Path file : yamlFiles(dir)) {
        TaskDefinition t = read(file);
        byName.put(t.name(), t);
      }
    }
    return Registry.of("task", new ArrayList<>(byName.values()), TaskDefinition::name);
  }

  /**
   * The user's task folders: those of the {@value #DIRS_PROPERTY} system property, then {@code
   * $AIEVAL_HOME/tasks} (else {@code ~/.aieval/tasks}).
   */
  public static List<Path> userDirs() {
    List<Path> dirs = new ArrayList<>();
    String extra = System.getProperty(DIRS_PROPERTY);
    if (extra != null && !extra.isBlank()) {
      for (String d : extra.split(java.io.File.pathSeparator)) {
        dirs.add(Path.of(d));
      }
    }
    String home = System.getenv("AIEVAL_HOME");
    dirs.add(
        home != null && !home.isBlank()
            ? Path.of(home, "tasks")
            : Path.of(System.getProperty("user.home"), ".aieval", "tasks"));
    return dirs;
  }

  /**
   * What a model is shown of {@code sample} under {@code def} and must answer, without few-shot
   * examples or system prompt, as a contamination check reads it: the rendered {@code
   * doc_to_decontamination_query} alone where the task has one (lm-eval's key); the whole filled-in
   * text for a multiple-input task (Winogrande's sentence); else a sample whose input is the
   * rendered {@code doc_to_text}, whose choices are the rendered {@code doc_to_choice} (the
   * sample's own when the task has none), and whose target is the rendered {@code doc_to_target},
   * for multiple choice the letter of the right choice.
   *
   * @param fields the data set's field mapping as written, which templates also see names by
   * @throws IllegalArgumentException when a template does not render for the sample, or its target
   *     names no choice
   */
  public static Sample rendered(TaskDefinition def, Map<String, Object> fields, Sample sample) {
    Templates templates = new Templates(fields);
    DocTemplate query = def.templates().decontaminationQuery();
    if (query != null) {
      String text = Templates.render(query, templates.doc(sample));
      return new Sample(sample.id(), text, List.of(), "", sample.metadata());
    }
    TaskPrompt prompt = new TaskPrompt(def, templates, FewshotSampler.none());
    Integer input = prompt.inputIndex(sample);
    if (input != null) {
      // a multiple-input task's document is its right choice continued by the target
      List<String> choices = prompt.choices(sample);
      String text = choices.get(input) + def.templates().targetDelimiter() + prompt.target(sample);
      return new Sample(sample.id(), text, List.of(), "", sample.metadata());
    }
    String text = prompt.text(sample);
    if (def.outputType() != OutputType.MULTIPLE_CHOICE) {
      // every reference the answer is scored against, one a line (DROP's spans joined by spaces)
      String target =
          prompt.references(sample).stream()
              .map(spans -> String.join(" ", spans))
              .collect(java.util.stream.Collectors.joining("\n"));
      return new Sample(sample.id(), text, List.of(), target, sample.metadata());
    }
    List<String> choices = prompt.choices(sample);
    String letter = String.valueOf((char) ('A' + prompt.goldIndex(sample, choices)));
    return new Sample(sample.id(), text, choices, letter, sample.metadata());
  }

  private static TaskDefinition builtIn(String name) {
    return TaskFileReader.read(builtInText(name), builtInWhere(name), null);
  }

  /** The names of the built-in tasks. */
  static List<String> builtInNames() {
    return BUILT_INS;
  }

  /** How messages name a built-in task's file. */
  static String builtInWhere(String name) {
    return "built-in:" + name + ".yaml";
  }

  /** A built-in task's file as written, or {@code null} when there is no such task. */
  static String builtInText(String name) {
    if (!BUILT_INS.contains(name)) {
      return null;
    }
    try (InputStream in = Tasks.class.getResourceAsStream(BUILT_IN + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new SpecException(
          List.of(
              new SpecProblem(dir.toString(), Messages.get("task.unreadable", e.getMessage()))));
    }
  }
}
