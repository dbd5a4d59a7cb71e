package io.aieval.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million rows must never sit in the heap together. The test JVM's heap is set by the build, so
 * the file is read in a forked JVM whose heap is a fraction of the file's size: it can only finish
 * if rows are dropped as they are read.
 */
class ConstantMemoryTest {
  private static final int ROWS = 1_000_000;
  private static final int HEAP_MB = 16;

  @Test
  void millionRowFileIsReadInAHeapMuchSmallerThanTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.jsonl");
    StringBuilder row = new StringBuilder();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ROWS; i++) {
        row.setLength(0);
        row.append("{\"id\":\"q").append(i).append("\",\"input\":\"").append(i);
        row.append(" 加一？\",\"target\":\"").append(i + 1).append("\",\"k\":\"v\"}\n");
        out.append(row);
      }
    }
    assertThat(Files.size(file)).isGreaterThan(3L * HEAP_MB * 1024 * 1024);

    Process reader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ReadEveryRow.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(reader.waitFor()).as(output).isZero();
    assertThat(output.strip()).isEqualTo(ROWS + " good, 0 bad, last id q" + (ROWS - 1));
  }
}
