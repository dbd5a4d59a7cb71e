package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.sim.LatencyModel;
import io.aieval.core.sim.SimConfig;
import io.aieval.core.sim.SimServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run killed with {@code kill -9} mid-way, then resumed: every sample ends up in samples.jsonl
 * exactly once, and none is evaluated twice beyond those that were in flight.
 */
class KillResumeTest {
  private static final int SAMPLES = 1500;

  @Test
  void killedRunResumesWithEverySampleExactlyOnce(@TempDir Path dir) throws Exception {
    Path data = BenchData.questions(dir.resolve("qa.jsonl"), SAMPLES);
    SimConfig config = SimConfig.defaults().withLatency(LatencyModel.fixed(20)).withAnswers(data);
    try (SimServer sim = SimServer.start(config)) {
      Path spec = BenchData.spec(dir.resolve("spec.yaml"), sim.baseUrl().toString(), data, 8);
      Path out = dir.resolve("out");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "run",
                  spec.toString(),
                  "-o",
                  out.toString(),
                  "--quiet")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child.log").toFile())
              .start();
      Path samples = out.resolve("samples.jsonl");
      while (child.isAlive() && lines(samples) < 300) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).as("the child was still running when killed").isTrue();
      child.destroyForcibly().waitFor();
      long beforeResume = lines(samples);
      assertThat(beforeResume).isBetween(300L, SAMPLES - 1L);
      long requestsBefore = sim.stats().requests();

      Cli resumed = Cli.run("run", "--resume", out.toString(), "--quiet");

      assertThat(resumed.exit()).as(resumed.err()).isZero();
      Map<String, Long> perId;
      try (Stream<String> s = Files.lines(samples)) {
        perId =
            s.map(l -> JsonMapper.builder().build().readTree(l).path("id").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      }
      assertThat(perId).hasSize(SAMPLES).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
      long resumedRequests = sim.stats().requests() - requestsBefore;
      assertThat(resumedRequests)
          .as("the resumed run asked only for samples the killed one had not recorded")
          .isLessThanOrEqualTo(SAMPLES - beforeResume + 1);
    }
  }

  private static long lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    }
  }
}
