/**
 * Benchmark contamination checks ({@code aieval contamination}): word n-gram overlap between a
 * benchmark and a training corpus as in the GPT-3 paper, with the normalisation of {@link
 * io.aieval.core.contamination.Words}. {@link io.aieval.core.contamination.Contamination} runs a
 * check on a {@link io.aieval.core.contamination.BenchmarkSource} (a data file, or a task's data
 * set with each sample as the task renders it); {@link io.aieval.core.contamination.CleanSubset}
 * recomputes a run's metrics without the dirty samples.
 */
package io.aieval.core.contamination;
