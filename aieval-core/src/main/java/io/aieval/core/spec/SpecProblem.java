package io.aieval.core.spec;

/**
 * One thing wrong with a spec.
 *
 * @param path where, as {@code steps[0].dataset.path}
 * @param message what is wrong, already translated
 */
public record SpecProblem(String path, String message) {
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
