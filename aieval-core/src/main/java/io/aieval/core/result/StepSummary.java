package io.aieval.core.result;

import io.aieval.api.model.TokenUsage;
import io.aieval.core.score.MetricValue;
import java.util.List;
import java.util.Map;

/**
 * What one step measured.
 *
 * @param name the step name
 * @param type the step type
 * @param scorer the scorer used
 * @param metrics every metric with its error bar
 * @param counts samples by outcome
 * @param failuresByKind failed samples by the kind of their last error
 * @param retriesByKind retried calls by the failure that caused them
 * @param usage tokens used (cached answers included)
 * @param latency model-call latency of answered, uncached samples
 * @param dataset the data set's identity
 * @param promptTemplateSha256 hash of the prompt template
 */
public record StepSummary(
    String name,
    String type,
    String scorer,
    List<MetricValue> metrics,
    Counts counts,
    Map<String, Long> failuresByKind,
    Map<String, Long> retriesByKind,
    TokenUsage usage,
    LatencySummary latency,
    DatasetInfo dataset,
    String promptTemplateSha256) {
  public StepSummary {
    metrics = List.copyOf(metrics);
    failuresByKind = Map.copyOf(failuresByKind);
    retriesByKind = Map.copyOf(retriesByKind);
  }

  /**
   * Samples by outcome.
   *
   * @param total every sample the step covered
   * @param scored answered and scored
   * @param failed no answer after every retry (excluded from metrics)
   * @param skipped not evaluated (bad rows under {@code --skip-bad-rows})
   * @param resumed taken over from an earlier, interrupted run
   * @param cached answered from the response cache
   */
  public record Counts(
      long total, long scored, long failed, long skipped, long resumed, long cached) {}

  /** Latency percentiles in milliseconds. */
  public record LatencySummary(double mean, double p50, double p90, double p99, double max) {}

  /** Identity of a data set: where it is and what exactly it held. */
  public record DatasetInfo(String path, String sha256, long sizeBytes, long rows) {}
}
