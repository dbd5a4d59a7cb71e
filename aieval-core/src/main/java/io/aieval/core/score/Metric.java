package io.aieval.core.score;

/**
 * What a mean of per-sample scores is reported as.
 *
 * @param name the metric name, as lm-evaluation-harness spells it ({@code acc}, {@code
 *     exact_match}) so numbers can be matched one to one; not blank, no whitespace
 * @param proportion whether every score is in [0, 1], so the mean is a proportion and its
 *     confidence interval is clamped to [0, 1]
 */
public record Metric(String name, boolean proportion) {
  public Metric {
    if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a metric name must be a non-blank word, not " + name);
    }
  }
}
