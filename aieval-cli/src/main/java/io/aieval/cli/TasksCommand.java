package io.aieval.cli;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.registry.Registry;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import io.aieval.core.task.TaskDefinition;
import io.aieval.core.task.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aieval tasks ls|show}: the task registry, built-in tasks then those of {@code --tasks}
 * folders and {@code AIEVAL_HOME/tasks}.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true)
final class TasksCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--tasks",
      paramLabel = "DIR",
      descriptionKey = "tasks.dirs",
      scope = CommandLine.ScopeType.INHERIT)
  List<Path> dirs = new ArrayList<>();

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "ls", mixinStandardHelpOptions = true)
  int list() {
    return withCatalog(
        catalog -> {
          List<String[]> rows = new ArrayList<>();
          rows.add(
              new String[] {
                Text.get("tasks.name"),
                Text.get("tasks.outputType"),
                Text.get("tasks.version"),
                Text.get("tasks.description")
              });
          for (String name : catalog.names()) {
            TaskDefinition t = catalog.get(name);
            rows.add(
                new String[] {
                  name,
                  t.outputType().key(),
                  t.version(),
                  t.description(io.aieval.core.i18n.Messages.locale())
                });
          }
          System.out.print(table(rows));
        });
  }

  @Command(name = "show", mixinStandardHelpOptions = true)
  int show(@Parameters(paramLabel = "NAME", descriptionKey = "tasks.show.name") String name) {
    return withCatalog(
        catalog -> {
          TaskDefinition t = catalog.get(name);
          System.out.println("# " + Text.get("tasks.source", t.source().where()));
          System.out.print(t.source().text());
        });
  }

  private int withCatalog(java.util.function.Consumer<Registry<TaskDefinition>> action) {
    List<Path> all = new ArrayList<>(dirs);
    all.addAll(Tasks.userDirs());
    try {
      action.accept(Tasks.catalog(all));
      return Main.OK;
    } catch (SpecException e) {
      System.err.println(Text.get("tasks.invalid", e.problems().size()));
      for (SpecProblem p : e.problems()) {
        System.err.println("  " + p);
      }
      return Main.INVALID_INPUT;
    } catch (UnknownComponentException e) {
      System.err.println(e.getMessage());
      return Main.INVALID_INPUT;
    }
  }

  private static String table(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length - 1; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        b.append(i < r.length - 1 ? String.format("%-" + (width[i] + 2) + "s", r[i]) : r[i]);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
