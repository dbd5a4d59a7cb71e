package io.aieval.cli;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.report.Reports;
import io.aieval.core.run.OutputFolderException;
import io.aieval.core.run.Planner;
import io.aieval.core.run.Rescore;
import io.aieval.core.spec.EvalSpec;
import io.aieval.core.spec.SpecException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aieval rescore OUTDIR}: scores a finished run's answers again, with no model call. */
@Command(name = "rescore", mixinStandardHelpOptions = true)
final class RescoreCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUTDIR", descriptionKey = "rescore.run")
  Path runDir;

  @Option(names = "--spec", paramLabel = "SPEC", descriptionKey = "rescore.spec")
  Path specFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      descriptionKey = "rescore.output")
  Path output;

  @Option(names = "--json", descriptionKey = "run.json")
  boolean json;

  @Mixin TaskFolders tasks;

  @Override
  public Integer call() {
    return tasks.with(this::rescore);
  }

  private int rescore() {
    PrintStream err = System.err;
    try {
      EvalSpec spec = Planner.load(specFile != null ? specFile : runDir.resolve("spec.json"));
      Path out = output != null ? output : runDir.resolve("rescored");
      Rescore.Outcome outcome = Rescore.run(runDir, spec, out);
      if (json) {
        System.out.println(Reports.jsonText(outcome.summary()));
        return Main.OK;
      }
      System.out.print(SummaryTable.render(outcome.summary()));
      System.out.println();
      System.out.println(Text.get("rescore.done", outcome.rescored(), outcome.changed()));
      System.out.println(Text.get("run.written", out.toAbsolutePath()));
      return Main.OK;
    } catch (SpecException e) {
      return RunCommand.invalidSpec(e, err);
    } catch (OutputFolderException | UnknownComponentException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    }
  }
}
