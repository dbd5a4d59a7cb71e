package io.aieval.core.task;

import io.aieval.core.registry.Registry;

/** The task functions and results functions on the class path. */
public final class TaskFunctions {
  private static volatile Registry<TaskFunction> functions;
  private static volatile Registry<ResultsFunction> results;

  private TaskFunctions() {}

  /** Every task function found with {@link java.util.ServiceLoader}. */
  public static Registry<TaskFunction> all() {
    Registry<TaskFunction> r = functions;
    if (r == null) {
      r = Registry.load("task function", TaskFunction.class, TaskFunction::name);
      functions = r;
    }
    return r;
  }

  /**
   * Every results function ({@code process_results}) found with {@link java.util.ServiceLoader}.
   */
  public static Registry<ResultsFunction> results() {
    Registry<ResultsFunction> r = results;
    if (r == null) {
      r = Registry.load("results function", ResultsFunction.class, ResultsFunction::name);
      results = r;
    }
    return r;
  }
}
