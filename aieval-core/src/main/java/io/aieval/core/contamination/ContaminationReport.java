package io.aieval.core.contamination;

import java.util.List;
import java.util.Objects;

/**
 * What a contamination check found.
 *
 * @param benchmark the benchmark file (or a layout's folder) as the user named it
 * @param task the task whose rendering of the samples was checked, or {@code null} for a data file
 * @param benchmarkSha256 the SHA-256 of what was read of the benchmark (a layout's files of the
 *     subset and split read), as a run records it, to match runs made on it
 * @param settings how it was checked
 * @param samples benchmark samples checked
 * @param tooShort samples with fewer than n words, which cannot be found dirty (counted clean, as
 *     lm-evaluation-harness does; the GPT-3 paper left them out of its filtering too)
 * @param badRows benchmark rows that could not be read and were not checked
 * @param benchmarkNgrams distinct n-grams of the benchmark
 * @param dirty the samples sharing an n-gram with the corpus, in benchmark order
 * @param corpus what was read of the corpus
 */
public record ContaminationReport(
    String benchmark,
    String task,
    String benchmarkSha256,
    ContaminationSettings settings,
    long samples,
    long tooShort,
    long badRows,
    long benchmarkNgrams,
    List<DirtySample> dirty,
    CorpusStats corpus) {
  public ContaminationReport {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(corpus, "corpus");
    dirty = List.copyOf(dirty);
    if (dirty.size() > samples) {
      throw new IllegalArgumentException("more dirty samples than samples");
    }
  }

  /** Samples with no n-gram in the corpus. */
  public long clean() {
    return samples - dirty.size();
  }
}
