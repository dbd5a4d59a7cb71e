/**
 * Comparing finished runs ({@code aieval compare}): runs are read through a {@link
 * io.aieval.core.compare.RunSource} (a local output folder from {@link
 * io.aieval.core.compare.RunSources}), paired step by step on sample ids scored in both, and every
 * metric a step reports is compared: a mean of per-sample scores by its seeded paired bootstrap
 * interval ({@link io.aieval.core.compare.PairedBootstrap}) and a test, McNemar's ({@link
 * io.aieval.core.compare.McNemar}) for 0/1 scores, the bootstrap's own otherwise; a corpus metric
 * (BLEU, MCC …) by the paired bootstrap of the metric itself, recomputed on each resample ({@link
 * io.aieval.core.compare.CorpusBootstrap}). {@link io.aieval.core.compare.Comparisons} is the entry
 * point.
 */
package io.aieval.core.compare;
