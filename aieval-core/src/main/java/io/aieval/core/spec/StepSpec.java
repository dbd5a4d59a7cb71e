package io.aieval.core.spec;

import java.util.Map;
import java.util.Objects;

/**
 * One step of a job.
 *
 * @param type the step type ({@code accuracy})
 * @param name the step's name in results; defaults to the type
 * @param dataset the step's data
 * @param params every other key of the step, read and checked by the step type
 */
public record StepSpec(String type, String name, DatasetSpec dataset, Map<String, Object> params) {
  public StepSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataset, "dataset");
    params = params == null ? Map.of() : Map.copyOf(params);
  }
}
