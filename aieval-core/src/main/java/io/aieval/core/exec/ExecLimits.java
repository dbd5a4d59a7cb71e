package io.aieval.core.exec;

import java.time.Duration;
import java.util.Objects;

/**
 * What one program may use.
 *
 * @param wallTimeout wall-clock time from start to kill, process start-up included
 * @param cpuSeconds CPU seconds ({@code RLIMIT_CPU}); the program fails with {@code timeout} when
 *     they run out and is killed a second later if it goes on
 * @param memoryBytes address space ({@code RLIMIT_AS}); an allocation past it raises {@code
 *     MemoryError}, reported as {@code memory}. The harness holds 4 MiB of it back while the
 *     program runs and frees them to write that report.
 * @param fileBytes the largest file the program may write ({@code RLIMIT_FSIZE}); a longer write
 *     fails with an error
 * @param outputBytes how much of what the program prints is kept: the first and the last half of
 *     this, the rest dropped (it is still read, so the program never blocks on a full pipe)
 */
public record ExecLimits(
    Duration wallTimeout, int cpuSeconds, long memoryBytes, long fileBytes, int outputBytes) {
  private static final long MIB = 1L << 20;

  public ExecLimits {
    Objects.requireNonNull(wallTimeout, "wallTimeout");
    if (wallTimeout.isNegative() || wallTimeout.isZero()) {
      throw new IllegalArgumentException("wallTimeout must be positive, got " + wallTimeout);
    }
    positive("cpuSeconds", cpuSeconds);
    // Below this the interpreter cannot even start.
    if (memoryBytes < 64 * MIB) {
      throw new IllegalArgumentException("memoryBytes must be at least 64 MiB, got " + memoryBytes);
    }
    positive("fileBytes", fileBytes);
    positive("outputBytes", outputBytes);
  }

  /**
   * 10 s of wall clock, 3 s of CPU (the time limit of the HumanEval reference harness, counted in
   * CPU time so that a loaded machine does not fail slow but correct programs), 2 GiB of address
   * space, 16 MiB per file, 64 KiB of output kept.
   */
  public static ExecLimits defaults() {
    return new ExecLimits(Duration.ofSeconds(10), 3, 2048 * MIB, 16 * MIB, 64 * 1024);
  }

  public ExecLimits withWallTimeout(Duration wallTimeout) {
    return new ExecLimits(wallTimeout, cpuSeconds, memoryBytes, fileBytes, outputBytes);
  }

  public ExecLimits withCpuSeconds(int cpuSeconds) {
    return new ExecLimits(wallTimeout, cpuSeconds, memoryBytes, fileBytes, outputBytes);
  }

  public ExecLimits withMemoryBytes(long memoryBytes) {
    return new ExecLimits(wallTimeout, cpuSeconds, memoryBytes, fileBytes, outputBytes);
  }

  public ExecLimits withOutputBytes(int outputBytes) {
    return new ExecLimits(wallTimeout, cpuSeconds, memoryBytes, fileBytes, outputBytes);
  }

  /** The address-space limit in MiB, for messages. */
  public long memoryMib() {
    return memoryBytes / MIB;
  }

  /** The file size limit in MiB, for messages. */
  public long fileMib() {
    return fileBytes / MIB;
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
