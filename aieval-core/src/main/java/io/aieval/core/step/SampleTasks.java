package io.aieval.core.step;

import io.aieval.api.data.Sample;
import java.util.function.Function;

/** The sample tasks other packages build steps from. */
public final class SampleTasks {
  private SampleTasks() {}

  /**
   * Multiple choice by log-likelihood over a completions endpoint, as the accuracy step's {@code
   * method: loglikelihood}, with the requests {@code requests} gives for each sample.
   *
   * @param requests the requests of a sample; called again for its output and its score, so it must
   *     give the same requests each time
   * @param seed the sampling seed sent, or {@code null}
   */
  public static SampleTask loglikelihood(Function<Sample, ChoiceRequests> requests, Long seed) {
    return new LoglikelihoodTask(requests, seed);
  }
}
