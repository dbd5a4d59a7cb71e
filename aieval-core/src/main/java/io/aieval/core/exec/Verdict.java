package io.aieval.core.exec;

import io.aieval.core.i18n.Messages;
import java.util.Optional;

/** Turns how the process ended, and what the harness wrote, into an {@link ExecResult}. */
final class Verdict {
  private static final int SIGKILL = 9;
  private static final int SIGXCPU = 24;

  private Verdict() {}

  /**
   * The status file decides when there is one, even if the wall-clock limit ran out too: the
   * harness writes it whole as its last act, so the program had ended by itself and the kill only
   * came before the process was gone (on a loaded machine, a memory bomb that reached its limit
   * must not read as a timeout). The reference harness likewise keeps a result its child recorded
   * in time.
   *
   * @param status the harness's status file ({@code kind}, a newline, a message), or empty when the
   *     process ended before the harness could write it
   */
  static ExecResult of(ChildProcess.Ended ended, Optional<String> status, ExecLimits limits) {
    if (status.isPresent()) {
      String text = status.get();
      int newline = text.indexOf('\n');
      String kind = newline < 0 ? text.strip() : text.substring(0, newline);
      String message = newline < 0 ? "" : text.substring(newline + 1).strip();
      return switch (kind) {
        case "passed" -> new ExecResult.Passed(ended.output(), ended.elapsed());
        case "assertion" -> failed(ended, FailureKind.ASSERTION, message);
        case "timeout" -> cpuTimeout(ended, limits);
        case "memory" ->
            failed(ended, FailureKind.MEMORY, Messages.get("exec.memoryLimit", limits.memoryMib()));
        default -> failed(ended, FailureKind.ERROR, message);
      };
    }
    if (ended.timedOut()) {
      return failed(
          ended,
          FailureKind.TIMEOUT,
          Messages.get("exec.wallTimeout", limits.wallTimeout().toMillis() / 1000.0));
    }
    int code = ended.exitCode();
    if (code > 128) {
      int signal = code - 128;
      if (signal == SIGXCPU) {
        return cpuTimeout(ended, limits);
      }
      return failed(
          ended,
          FailureKind.KILLED,
          Messages.get(signal == SIGKILL ? "exec.sigkill" : "exec.signal", signal));
    }
    String said = lastLine(ended.output());
    String early = Messages.get("exec.leftEarly", code);
    return failed(ended, FailureKind.ERROR, said.isEmpty() ? early : early + ": " + said);
  }

  private static String lastLine(String output) {
    String text = output.strip();
    return text.substring(text.lastIndexOf('\n') + 1).strip();
  }

  private static ExecResult cpuTimeout(ChildProcess.Ended ended, ExecLimits limits) {
    return failed(ended, FailureKind.TIMEOUT, Messages.get("exec.cpuTimeout", limits.cpuSeconds()));
  }

  private static ExecResult failed(ChildProcess.Ended ended, FailureKind kind, String message) {
    return new ExecResult.Failed(kind, message, ended.output(), ended.elapsed());
  }
}
