package io.aieval.cli;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.model.ResponseCache;
import io.aieval.core.report.Reports;
import io.aieval.core.result.RunSummary;
import io.aieval.core.run.DataSetException;
import io.aieval.core.run.EvalRun;
import io.aieval.core.run.OutputFolderException;
import io.aieval.core.run.Planner;
import io.aieval.core.spec.EvalSpec;
import io.aieval.core.spec.SpecException;
import io.aieval.core.spec.SpecProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aieval run SPEC}: evaluates in this process and writes an output folder. */
@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "SPEC", descriptionKey = "run.spec")
  Path specFile;

  @Option(names = "--resume", paramLabel = "OUTDIR", descriptionKey = "run.resume")
  Path resumeDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      descriptionKey = "run.output")
  Path output;

  @Option(names = "--skip-bad-rows", descriptionKey = "run.skipBadRows")
  boolean skipBadRows;

  @Option(names = "--no-cache", descriptionKey = "run.noCache")
  boolean noCache;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "run.quiet")
  boolean quiet;

  @Option(names = "--json", descriptionKey = "run.json")
  boolean json;

  @Mixin TaskFolders tasks;

  @Override
  public Integer call() {
    return tasks.with(this::evaluate);
  }

  private int evaluate() {
    PrintStream err = System.err;
    try {
      EvalSpec spec = loadSpec();
      Path dir = outputDir(spec);
      try (ResponseCache cache = openCache(spec, err)) {
        return run(spec, dir, cache);
      }
    } catch (SpecException e) {
      return invalidSpec(e, err);
    } catch (DataSetException e) {
      err.println(Text.get("run.badRows", e.badRows()));
      e.errors().forEach(x -> err.println("  " + x.getMessage()));
      err.println(Text.get("run.badRowsHint"));
      return Main.INVALID_INPUT;
    } catch (OutputFolderException | UnknownComponentException | UsageException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.RUN_FAILED;
    } catch (RuntimeException e) {
      err.println(Text.get("run.failed", e.getMessage()));
      return Main.RUN_FAILED;
    }
  }

  private EvalSpec loadSpec() {
    if (specFile != null) {
      return Planner.load(specFile);
    }
    if (resumeDir != null) {
      return Planner.load(resumeDir.resolve("spec.json"));
    }
    throw new UsageException(Text.get("run.needSpec"));
  }

  private Path outputDir(EvalSpec spec) {
    if (resumeDir != null) {
      return resumeDir;
    }
    if (output != null) {
      return output;
    }
    if (spec.outputDir() != null) {
      return spec.outputDir();
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return Path.of("aieval-out", spec.name() + "-" + stamp);
  }

  private ResponseCache openCache(EvalSpec spec, PrintStream err) {
    if (noCache || !spec.model().cacheEnabled()) {
      return null;
    }
    Path file = AievalHome.dir().resolve("cache").resolve("responses.mv.db");
    try {
      return ResponseCache.open(file);
    } catch (IllegalStateException e) {
      err.println(Text.get("run.cacheUnavailable", e.getMessage()));
      return null;
    }
  }

  private int run(EvalSpec spec, Path dir, ResponseCache cache) throws InterruptedException {
    EvalRun run =
        new EvalRun(spec, new EvalRun.Options(dir, resumeDir != null, skipBadRows, cache));
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              run.stop();
              awaitQuietly(finished);
            },
            "aieval-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean showProgress = !quiet && !json;
    try {
      RunSummary summary;
      try (ProgressBar bar =
          showProgress
              ? new ProgressBar(run.progress(), System.err, System.console() != null)
              : null) {
        summary = run.call();
      }
      // printed before the latch opens, so a Ctrl-C still shows where the results are
      report(summary);
      return "completed".equals(summary.status()) ? Main.OK : Main.RUN_FAILED;
    } finally {
      finished.countDown();
      removeHook(hook);
    }
  }

  private void report(RunSummary summary) {
    if (json) {
      System.out.println(Reports.jsonText(summary));
      return;
    }
    if (quiet) {
      return;
    }
    System.out.println();
    System.out.print(SummaryTable.render(summary));
    System.out.println();
    System.out.println(Text.get("run.written", summary.outputDir().toAbsolutePath()));
    if (!"completed".equals(summary.status())) {
      System.out.println(Text.get("run.resumeHint", summary.outputDir()));
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down (Ctrl-C): the hook is running, nothing to remove
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Prints every problem of an invalid spec with its path; returns the exit code. */
  static int invalidSpec(SpecException e, PrintStream err) {
    err.println(Text.get("run.invalidSpec", e.problems().size()));
    for (SpecProblem p : e.problems()) {
      err.println("  " + p);
    }
    return Main.INVALID_INPUT;
  }

  /** The command line is incomplete. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
