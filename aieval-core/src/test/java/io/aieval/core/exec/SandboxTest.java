package io.aieval.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.i18n.Messages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real programs in a real interpreter: what passes, what fails and how, and what is refused. */
class SandboxTest {
  private static Sandbox sandbox;
  private Locale saved;

  @BeforeAll
  static void python() {
    sandbox =
        PythonRequired.sandbox(
            SandboxSettings.defaults()
                .withLimits(
                    ExecLimits.defaults()
                        .withWallTimeout(Duration.ofSeconds(3))
                        .withCpuSeconds(2)
                        .withMemoryBytes(256L << 20)));
  }

  @BeforeEach
  void english() {
    saved = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(saved);
  }

  private static ExecResult.Failed failed(ExecResult result) {
    assertThat(result).isInstanceOf(ExecResult.Failed.class);
    return (ExecResult.Failed) result;
  }

  @Test
  void aCorrectProgramPassesAndItsOutputIsKept() {
    ExecResult result =
        sandbox.run("def twice(x):\n    return 2 * x\n\nassert twice(21) == 42\nprint('done')\n");
    assertThat(result).isInstanceOf(ExecResult.Passed.class);
    assertThat(((ExecResult.Passed) result).output()).isEqualTo("done\n");
  }

  @Test
  void aWrongAnswerIsAnAssertionFailureNamingTheLine() {
    ExecResult.Failed f =
        failed(sandbox.run("def twice(x):\n    return x\n\nassert twice(2) == 4\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.ASSERTION);
    assertThat(f.message()).isEqualTo("AssertionError (program.py line 4: assert twice(2) == 4)");
  }

  @Test
  void otherExceptionsAndSyntaxErrorsAreErrors() {
    ExecResult.Failed f = failed(sandbox.run("print(1)\nundefined_name\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.ERROR);
    assertThat(f.message()).startsWith("NameError: name 'undefined_name' is not defined");
    assertThat(f.output()).isEqualTo("1\n");
    assertThat(failed(sandbox.run("def f(:\n")).message()).startsWith("SyntaxError");
    assertThat(failed(sandbox.run("import sys\nsys.exit(0)\n")).kind())
        .isEqualTo(FailureKind.ERROR);
  }

  @Test
  void aProgramThatLeavesBeforeItsTestsFinishFails() {
    ExecResult.Failed f = failed(sandbox.run("import os\nos._exit(0)\nassert False\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.ERROR);
    assertThat(f.message()).startsWith("the program ended (exit status 0)");
  }

  @Test
  void aBusyLoopIsStoppedByTheCpuLimit() {
    // A wall clock far off, so that a loaded machine still reaches the CPU limit first.
    Sandbox cpu =
        PythonRequired.sandbox(
            SandboxSettings.defaults()
                .withLimits(
                    ExecLimits.defaults()
                        .withWallTimeout(Duration.ofSeconds(60))
                        .withCpuSeconds(1)));
    ExecResult.Failed f = failed(cpu.run("while True:\n    pass\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(f.message()).isEqualTo("CPU time limit of 1 s reached");
  }

  @Test
  void aLoopThatCatchesEverythingIsKilledAtTheWallClockLimit() {
    // Sleeping uses no CPU, and a bare except swallows any exception the limits raise.
    long start = System.nanoTime();
    ExecResult.Failed f =
        failed(
            sandbox.run(
                "import time\nwhile True:\n    try:\n        time.sleep(10)\n    except:\n        pass\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(f.message()).startsWith("wall-clock limit of 3 s reached");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  /**
   * 256 MiB of address space and a wall clock far off, so that a loaded machine, slow to start the
   * interpreter, still reaches the memory limit first.
   */
  private static Sandbox memorySandbox() {
    return PythonRequired.sandbox(
        SandboxSettings.defaults()
            .withLimits(
                ExecLimits.defaults()
                    .withWallTimeout(Duration.ofSeconds(60))
                    .withMemoryBytes(256L << 20)));
  }

  @Test
  void aMemoryBombIsStoppedByTheAddressSpaceLimit() {
    Sandbox memory = memorySandbox();
    // One block of twice the limit, which this machine could give without it: refused at once,
    // before a page is touched, however busy the machine (a bomb that grows and fills its blocks
    // spends a CPU second on page faults first).
    ExecResult.Failed f = failed(memory.run("bomb = bytearray(512 << 20)\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.MEMORY);
    assertThat(f.message()).isEqualTo("address-space limit of 256 MiB reached (MemoryError)");
    assertThat(failed(memory.run("x = [0] * (10**10)\n")).kind()).isEqualTo(FailureKind.MEMORY);
  }

  @Test
  void aProgramThatRunsOutInSmallStepsIsStillReportedAsMemory() {
    // Most of the limit at once (bytes() leaves its pages untouched), then small pieces until
    // the last one fails a few bytes short: writing the status must not run out as well.
    ExecResult.Failed f =
        failed(
            memorySandbox()
                .run(
                    "hog = bytes(192 << 20)\npieces = []\n"
                        + "while True:\n    pieces.append(bytes(1000))\n"));
    assertThat(f.kind()).isEqualTo(FailureKind.MEMORY);
    assertThat(f.message()).isEqualTo("address-space limit of 256 MiB reached (MemoryError)");
  }

  @Test
  void aSocketToLoopbackIsRefusedAndTheListenerSeesNoConnection() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      int port = listener.getLocalPort();
      ExecResult.Failed f =
          failed(
              sandbox.run(
                  "import socket\nsocket.create_connection(('127.0.0.1', " + port + "), 2)\n"));
      assertThat(f.kind()).isEqualTo(FailureKind.ERROR);
      assertThat(f.message()).contains("PermissionError", "turned off in the aieval sandbox");
      assertNoConnection(listener);
    }
  }

  @Test
  void withNamespacesEvenCodeThatGetsAroundTheGuardReachesNoNetwork() throws IOException {
    Assumptions.assumeTrue(
        sandbox.info().isolation() != Isolation.GUARD_ONLY,
        "unshare cannot make a network namespace here");
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      ExecResult.Failed f = failed(sandbox.run(aroundTheGuard(listener.getLocalPort())));
      assertThat(f.message()).contains("OSError", "unreachable");
      assertNoConnection(listener);
    }
  }

  @Test
  void theGuardAloneDoesNotStopCodeWrittenToGetAroundIt() throws IOException {
    Sandbox guardOnly = PythonRequired.sandbox(SandboxSettings.defaults().withNamespaces(false));
    assertThat(guardOnly.info().isolation()).isEqualTo(Isolation.GUARD_ONLY);
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      ExecResult result = guardOnly.run(aroundTheGuard(listener.getLocalPort()));
      assertThat(result).isInstanceOf(ExecResult.Passed.class);
      listener.setSoTimeout(2000);
      listener.accept().close();
    }
  }

  /** The socket class under another name, which the guard leaves alone. */
  private static String aroundTheGuard(int port) {
    return "import socket\ns = socket.SocketType()\ns.settimeout(2)\ns.connect(('127.0.0.1', "
        + port
        + "))\n";
  }

  private static void assertNoConnection(ServerSocket listener) throws IOException {
    listener.setSoTimeout(300);
    try {
      listener.accept().close();
      throw new AssertionError("the program reached the listener");
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
  }

  @Test
  void startingProcessesIsRefused() {
    ExecResult.Failed run =
        failed(sandbox.run("import subprocess\nsubprocess.run(['echo', 'escaped'])\n"));
    assertThat(run.message()).contains("subprocess.run is turned off");
    ExecResult.Failed system = failed(sandbox.run("import os\nos.system('echo escaped')\n"));
    assertThat(system.message()).contains("os.system is turned off");
    ExecResult.Failed posix = failed(sandbox.run("import posix\nposix.system('echo escaped')\n"));
    assertThat(posix.message()).contains("posix.system is turned off");
    assertThat(failed(sandbox.run("import os\nos.fork()\n")).message()).contains("os.fork");
    assertThat(failed(sandbox.run("import ctypes\n")).message()).contains("ctypes");
    assertThat(run.output() + system.output() + posix.output()).doesNotContain("escaped");
  }

  @Test
  void theWorkingFolderIsDeletedButWritesElsewhereAreNotPrevented(@TempDir Path outside) {
    Path elsewhere = outside.resolve("left-behind.txt");
    ExecResult result =
        sandbox.run(
            "import os\n"
                + "open('scratch.txt', 'w').write('x')\n"
                + "print(os.environ['HOME'])\n"
                + "open('"
                + elsewhere
                + "', 'w').write('written outside')\n");
    assertThat(result).isInstanceOf(ExecResult.Passed.class);
    Path home = Path.of(((ExecResult.Passed) result).output().strip());
    assertThat(home.getFileName().toString()).isEqualTo("work");
    assertThat(home.getParent()).doesNotExist();
    assertThat(elsewhere).hasContent("written outside");
  }

  @Test
  void outputIsTruncatedToTheLimit() {
    Sandbox small =
        PythonRequired.sandbox(
            SandboxSettings.defaults().withLimits(ExecLimits.defaults().withOutputBytes(1000)));
    ExecResult result = small.run("print('x' * 1_000_000)\nprint('end')\n");
    String output = ((ExecResult.Passed) result).output();
    assertThat(output).hasSizeLessThan(1100).endsWith("end\n").contains("bytes of output dropped");
  }

  @Test
  void aMissingInterpreterMeansEveryProgramIsNotRun() {
    Sandbox none = Sandboxes.python(SandboxSettings.defaults().withPython("no-such-python3"));
    assertThat(none.info().available()).isFalse();
    assertThat(none.run("print(1)")).isEqualTo(new ExecResult.NotRun("no-such-python3 not found"));
    Sandbox path = Sandboxes.python(SandboxSettings.defaults().withPython("/nonexistent/python3"));
    assertThat(path.run("print(1)"))
        .isEqualTo(new ExecResult.NotRun("/nonexistent/python3 not found"));
  }

  @Test
  void noMoreThanTheConcurrencyLimitRunAtOnce() throws Exception {
    Sandbox one = PythonRequired.sandbox(SandboxSettings.defaults().withConcurrency(1));
    String program = "import time\ntime.sleep(0.4)\n";
    long start = System.nanoTime();
    Thread other = new Thread(() -> one.run(program));
    other.start();
    one.run(program);
    other.join();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(800));
  }

  @Test
  void theInterpreterIsResolvedAndItsVersionKnown() throws IOException {
    SandboxInfo info = sandbox.info();
    assertThat(info.version()).startsWith("3.");
    assertThat(Files.isExecutable(Path.of(info.executable()))).isTrue();
    assertThat(info.command()).contains(info.executable(), "-I");
  }
}
