package io.aieval.cli;

import io.aieval.core.task.Tasks;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --tasks DIR}, mixed into the commands that read the task registry: task folders added to
 * it while the command runs. The task step reads the registry when a spec is loaded, in this
 * process, so the folders are passed as a system property for the duration of the command and then
 * restored.
 */
final class TaskFolders {
  @Option(names = "--tasks", paramLabel = "DIR", descriptionKey = "tasks.dirs")
  List<Path> dirs = new ArrayList<>();

  /** Runs {@code command} with these folders in the registry. */
  <T> T with(Supplier<T> command) {
    if (dirs.isEmpty()) {
      return command.get();
    }
    String before = System.getProperty(Tasks.DIRS_PROPERTY);
    System.setProperty(
        Tasks.DIRS_PROPERTY,
        String.join(File.pathSeparator, dirs.stream().map(Path::toString).toList()));
    try {
      return command.get();
    } finally {
      if (before == null) {
        System.clearProperty(Tasks.DIRS_PROPERTY);
      } else {
        System.setProperty(Tasks.DIRS_PROPERTY, before);
      }
    }
  }

  /** The registry's folders: these, then the user's own ({@link Tasks#userDirs()}). */
  List<Path> all() {
    List<Path> out = new ArrayList<>(dirs);
    out.addAll(Tasks.userDirs());
    return out;
  }
}
