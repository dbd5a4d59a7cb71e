package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.run.RunProgress;
import io.aieval.core.sim.LatencyModel;
import io.aieval.core.sim.SimConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimCommandTest {
  @Test
  void flagsBecomeTheSimulatorSettingsASpecWouldGive() {
    SimCommand cmd = new SimCommand();
    new CommandLine(cmd)
        .parseArgs(
            "--port",
            "0",
            "--latency-ms",
            "50",
            "--accuracy",
            "0.7",
            "--rate-429",
            "0.1",
            "--retry-after-s",
            "0",
            "--model",
            "qwen");
    SimConfig config = SimConfig.fromMap(cmd.settings());
    assertThat(config.latency()).isEqualTo(LatencyModel.fixed(50));
    assertThat(config.accuracy()).isEqualTo(0.7);
    assertThat(config.faults().rate429()).isEqualTo(0.1);
    assertThat(config.faults().retryAfterSeconds()).isZero();
    assertThat(config.models()).containsExactly("qwen");
    assertThat(config.host()).isEqualTo("127.0.0.1");
  }

  @Test
  void progressLineShowsCountsRateEtaAndFailures() {
    String line = ProgressBar.line(new RunProgress.Snapshot("mc", 50, 200, 3, 12.5, 12));
    assertThat(line).contains("mc", "50/200", "25.0%", "12.5/s", "0:12", "3");
    assertThat(ProgressBar.duration(3725)).isEqualTo("1:02:05");
  }
}
