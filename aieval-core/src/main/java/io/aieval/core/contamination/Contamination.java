package io.aieval.core.contamination;

import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Checks a benchmark for n-gram overlap with a training corpus, as the GPT-3 paper did (appendix
 * C): a sample is dirty when any of its word n-grams ({@link Words}) appears anywhere in the
 * corpus. The benchmark's n-grams are hashed into memory first; the corpus then streams past them
 * once, so its size is bounded by time, not memory.
 */
public final class Contamination {
  private Contamination() {}

  /**
   * Checks a benchmark data file, its samples as read, against every corpus path (files or
   * folders).
   *
   * @throws CorpusException when a corpus path cannot be read
   * @throws io.aieval.api.UnknownComponentException when the benchmark's format is not known
   * @throws java.io.UncheckedIOException when the benchmark cannot be read
   */
  public static ContaminationReport check(
      DatasetSource benchmark, List<Path> corpus, ContaminationSettings settings) {
    return check(BenchmarkSource.file(benchmark), corpus, settings);
  }

  /**
   * Checks the benchmark, its samples as {@code benchmark} renders them, against every corpus path
   * (files or folders).
   *
   * @throws CorpusException when a corpus path cannot be read
   * @throws io.aieval.api.UnknownComponentException when the benchmark's format is not known
   * @throws java.io.UncheckedIOException when the benchmark cannot be read
   * @throws IllegalArgumentException when a task cannot render a sample
   */
  public static ContaminationReport check(
      BenchmarkSource benchmark, List<Path> corpus, ContaminationSettings settings) {
    // what a run records of its data set, so that runs made on this benchmark are matched
    String sha256 = Datasets.fingerprint(benchmark.data()).sha256Hex();
    Benchmark bench = Benchmark.read(benchmark, settings);
    CorpusScanner scanner = new CorpusScanner(settings, bench.ngrams());
    long start = System.nanoTime();
    for (Path path : corpus) {
      scanner.scan(path);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    CorpusStats stats =
        new CorpusStats(
            scanner.files(), scanner.documents(), scanner.bytes(), scanner.badLines(), elapsed);
    return new ContaminationReport(
        benchmark.data().displayName(),
        benchmark.task(),
        sha256,
        settings,
        bench.samples(),
        bench.tooShort(),
        bench.badRows(),
        bench.ngrams().size(),
        bench.dirty(scanner.found()),
        stats);
  }
}
