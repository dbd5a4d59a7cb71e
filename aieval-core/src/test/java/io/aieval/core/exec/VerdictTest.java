package io.aieval.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.i18n.Messages;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How an ended process and the harness's status file become a verdict, above all when the
 * wall-clock kill and the program's own end come close together, as on a loaded machine.
 */
class VerdictTest {
  private static final ExecLimits LIMITS =
      ExecLimits.defaults().withWallTimeout(Duration.ofSeconds(3)).withMemoryBytes(256L << 20);
  private Locale saved;

  @BeforeEach
  void english() {
    saved = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(saved);
  }

  /** Killed by the wall clock: SIGKILL's 128 + 9, after the whole limit. */
  private static ChildProcess.Ended killedAtTheWallClock(String output) {
    return new ChildProcess.Ended(137, true, output, Duration.ofMillis(3010));
  }

  @Test
  void aMemoryStatusWrittenBeforeTheWallClockKillIsMemory() {
    ExecResult result = Verdict.of(killedAtTheWallClock(""), Optional.of("memory\n"), LIMITS);
    assertThat(result).isInstanceOf(ExecResult.Failed.class);
    ExecResult.Failed f = (ExecResult.Failed) result;
    assertThat(f.kind()).isEqualTo(FailureKind.MEMORY);
    assertThat(f.message()).isEqualTo("address-space limit of 256 MiB reached (MemoryError)");
  }

  @Test
  void aProgramThatPassedBeforeTheWallClockKillPasses() {
    ExecResult result = Verdict.of(killedAtTheWallClock("done\n"), Optional.of("passed\n"), LIMITS);
    assertThat(result).isEqualTo(new ExecResult.Passed("done\n", Duration.ofMillis(3010)));
  }

  @Test
  void withoutAStatusTheWallClockKillIsATimeout() {
    // What the program printed does not decide: it may print anything.
    ExecResult result = Verdict.of(killedAtTheWallClock("MemoryError\n"), Optional.empty(), LIMITS);
    assertThat(result).isInstanceOf(ExecResult.Failed.class);
    ExecResult.Failed f = (ExecResult.Failed) result;
    assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(f.message())
        .isEqualTo("wall-clock limit of 3 s reached; the process tree was killed");
  }
}
