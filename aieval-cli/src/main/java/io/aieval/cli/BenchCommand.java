package io.aieval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aieval bench}: measures the engine's throughput and memory and prints the figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      ThroughputBench.class,
      MemoryBench.class,
      SubmitBench.class,
      ContaminationBench.class,
      CompareBench.class,
      SandboxBench.class
    })
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
