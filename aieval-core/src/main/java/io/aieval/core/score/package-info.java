/**
 * Scoring: answer filters that take a letter or text out of a model's output ({@link
 * io.aieval.core.score.Filters}), the built-in scorers ({@link io.aieval.core.score.Scorers}) with
 * lm-evaluation-harness's normalisation options ({@link io.aieval.core.score.Normalization}), and
 * the running mean, standard error and confidence interval of scores ({@link
 * io.aieval.core.score.MeanAccumulator}, {@link io.aieval.core.score.MetricValue}), under
 * lm-evaluation-harness's metric names ({@link io.aieval.core.score.Metrics}).
 */
package io.aieval.core.score;
