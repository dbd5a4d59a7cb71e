package io.aieval.cli;

import io.aieval.api.UnknownComponentException;
import io.aieval.api.data.DataFormatException;
import io.aieval.core.compare.RunSourceException;
import io.aieval.core.compare.RunSources;
import io.aieval.core.contamination.BenchmarkField;
import io.aieval.core.contamination.BenchmarkSource;
import io.aieval.core.contamination.CleanSubset;
import io.aieval.core.contamination.Contamination;
import io.aieval.core.contamination.ContaminationReport;
import io.aieval.core.contamination.ContaminationSettings;
import io.aieval.core.contamination.CorpusException;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.FieldMapping;
import io.aieval.core.registry.ClosestName;
import io.aieval.core.registry.Registry;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import io.aieval.core.task.TaskDefinition;
import io.aieval.core.task.Tasks;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aieval contamination}: which benchmark samples share a word n-gram with a training corpus,
 * and, given a run, its metrics without them. The benchmark is a data file, or a task (by name from
 * the registry, or a task file) read from the user's copy of its data set ({@code --data}), each
 * sample checked as the task renders it ({@link BenchmarkSource}).
 */
@Command(name = "contamination", mixinStandardHelpOptions = true)
final class ContaminationCommand implements Callable<Integer> {
  private static final Pattern TASK_FILE = Pattern.compile(".*\\.ya?ml");

  /** How a plain-text corpus file is cut into documents. */
  enum Documents {
    FILES,
    LINES
  }

  @Option(
      names = "--benchmark",
      required = true,
      paramLabel = "TASK|FILE",
      descriptionKey = "cont.benchmark")
  String benchmark;

  @Option(names = "--data", paramLabel = "PATH", descriptionKey = "cont.data")
  Path data;

  @Option(names = "--subset", paramLabel = "NAME", descriptionKey = "cont.subset")
  String subset;

  @Option(names = "--split", paramLabel = "NAME", descriptionKey = "cont.split")
  String split;

  @Mixin TaskFolders tasks;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cont.format")
  String format;

  @Option(names = "--field", paramLabel = "KEY=FIELD", descriptionKey = "cont.field")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(
      names = "--check",
      split = ",",
      paramLabel = "FIELD",
      defaultValue = "input,target",
      descriptionKey = "cont.check")
  List<BenchmarkField> check;

  @Option(names = "--corpus", required = true, paramLabel = "PATH", descriptionKey = "cont.corpus")
  List<Path> corpus;

  @Option(
      names = "--corpus-field",
      paramLabel = "NAME",
      defaultValue = "text",
      descriptionKey = "cont.corpusField")
  String corpusField;

  @Option(
      names = "--corpus-docs",
      paramLabel = "UNIT",
      defaultValue = "files",
      descriptionKey = "cont.corpusDocs")
  Documents documents;

  @Option(
      names = "--n",
      paramLabel = "N",
      defaultValue = "" + ContaminationSettings.DEFAULT_N,
      descriptionKey = "cont.n")
  int n;

  @Option(names = "--run", paramLabel = "OUTDIR", descriptionKey = "cont.run")
  Path run;

  @Option(names = "--list", paramLabel = "N", defaultValue = "20", descriptionKey = "cont.list")
  int list;

  @Option(names = "--json", descriptionKey = "cont.json")
  boolean json;

  @Override
  public Integer call() {
    try {
      BenchmarkSource source = source();
      if (source == null) {
        return Main.INVALID_INPUT;
      }
      ContaminationSettings settings =
          new ContaminationSettings(
              n, EnumSet.copyOf(check), corpusField, documents == Documents.LINES);
      ContaminationReport report = Contamination.check(source, corpus, settings);
      CleanSubset subset =
          run == null ? null : CleanSubset.of(RunSources.folder(run).read(), report);
      if (json) {
        System.out.println(ContaminationJson.of(report, corpus, subset));
      } else {
        System.out.print(ContaminationOutput.text(report, subset, list));
      }
      return Main.OK;
    } catch (SpecException e) {
      for (SpecProblem p : e.problems()) {
        System.err.println(p);
      }
      return Main.INVALID_INPUT;
    } catch (CorpusException | UnknownComponentException | DataFormatException e) {
      System.err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (RunSourceException e) {
      System.err.println(Text.get("compare.unreadable", e.source(), e.getMessage()));
      return Main.INVALID_INPUT;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (UncheckedIOException e) {
      System.err.println(Text.get("cont.cannotRead", benchmark, e.getCause().getMessage()));
      return Main.INVALID_INPUT;
    }
  }

  /**
   * {@code --benchmark} as a data file, a task file ({@code .yaml}) or a task of the registry;
   * {@code null}, with the reason printed, when it is none of these or the options do not fit it.
   */
  private BenchmarkSource source() {
    Path file = existingFile(benchmark);
    if (file != null && !TASK_FILE.matcher(benchmark).matches()) {
      if (data != null || subset != null || split != null) {
        System.err.println(Text.get("cont.taskOptions", benchmark));
        return null;
      }
      return BenchmarkSource.file(DatasetSource.of(file).withFormat(format).withMapping(mapping()));
    }
    if (format != null || !fields.isEmpty()) {
      System.err.println(Text.get("cont.fileOptions", benchmark));
      return null;
    }
    if (file != null) {
      return BenchmarkSource.task(Tasks.read(file), data, subset, split);
    }
    Registry<TaskDefinition> registry = Tasks.catalog(tasks.all());
    if (!registry.contains(benchmark)) {
      String closest = ClosestName.among(benchmark, registry.names());
      System.err.println(
          Text.get(
              "cont.unknownBenchmark",
              benchmark,
              closest == null ? "" : Text.get("cont.didYouMean", closest),
              String.join(", ", registry.names())));
      return null;
    }
    return BenchmarkSource.task(registry.get(benchmark), data, subset, split);
  }

  /** {@code name} as a regular file's path, or {@code null} when it names none. */
  private static Path existingFile(String name) {
    try {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** {@code --field} as a spec's {@code fields} section; {@code choices=A,B,C,D} lists columns. */
  private FieldMapping mapping() {
    Map<String, Object> map = new LinkedHashMap<>();
    fields.forEach(
        (key, value) ->
            map.put(
                key,
                "choices".equals(key) && value.contains(",")
                    ? Arrays.asList(value.split(","))
                    : value));
    return FieldMapping.fromMap(map);
  }
}
