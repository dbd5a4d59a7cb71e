package io.aieval.core.step;

import io.aieval.core.registry.Registry;

/** The step types on the class path. */
public final class Steps {
  private static volatile Registry<StepType> types;

  private Steps() {}

  /** Every step type found with {@link java.util.ServiceLoader}. */
  public static Registry<StepType> types() {
    Registry<StepType> r = types;
    if (r == null) {
      r = Registry.load("step type", StepType.class, StepType::type);
      types = r;
    }
    return r;
  }
}
