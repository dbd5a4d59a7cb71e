package io.aieval.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Synthetic data and specs for benchmarks: made on the spot, nothing downloaded. */
final class BenchData {
  private BenchData() {}

  /** Writes {@code n} four-choice questions to {@code file}. */
  static Path questions(Path file, long n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        w.write(
            "{\"id\":\"q"
                + i
                + "\",\"question\":\"Which option is number "
                + (i % 4 + 1)
                + " (item "
                + i
                + ")?\",\"choices\":[\"one\",\"two\",\"three\",\"four\"],\"answer\":"
                + (i % 4)
                + "}\n");
      }
    }
    return file;
  }

  /** A spec that evaluates {@code data} against the OpenAI-compatible server at {@code url}. */
  static Path spec(Path file, String url, Path data, int concurrency) throws IOException {
    String yaml =
        "name: bench\n"
            + "model:\n"
            + "  provider: openai\n"
            + "  name: bench\n"
            + "  base_url: "
            + url
            + "\n"
            + "  max_tokens: 16\n"
            + "  max_concurrency: "
            + concurrency
            + "\n"
            + "  max_retries: 3\n"
            + "  cache: false\n"
            + "steps:\n"
            + "  - type: accuracy\n"
            + "    dataset:\n"
            + "      path: "
            + data.toAbsolutePath()
            + "\n";
    Files.writeString(file, yaml);
    return file;
  }
}
