package io.aieval.core.model;

import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelProvider;
import io.aieval.api.model.ModelSettings;

/**
 * Chance reference points to show beside real models: {@code strategy: random} (a seeded uniform
 * pick among the choice letters in the prompt), {@code constant} (always {@code answer}), {@code
 * majority} (the data set's most common target, filled in by the planner).
 */
public final class BaselineProvider implements ModelProvider {
  @Override
  public String name() {
    return "baseline";
  }

  @Override
  public String description() {
    return "chance reference answers: random (seeded), constant, majority";
  }

  @Override
  public void check(ModelSettings settings) {
    new BaselineClient(settings);
  }

  @Override
  public ModelClient create(ModelSettings settings) {
    return new BaselineClient(settings);
  }
}
