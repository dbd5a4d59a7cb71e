package io.aieval.core.spec;

import io.aieval.core.i18n.Messages;
import io.aieval.core.registry.ClosestName;
import java.util.Collection;

/**
 * One thing wrong with a spec.
 *
 * @param path where, as {@code steps[0].dataset.path}
 * @param message what is wrong, already translated
 */
public record SpecProblem(String path, String message) {

  /**
   * A name no registry knows: {@code unknown model provider "opnai", did you mean "openai"? (known:
   * …)}.
   *
   * @param kind what was named, as a message key under {@code kind.} ({@code modelProvider}, {@code
   *     stepType}, {@code format}, {@code scorer}, {@code api})
   */
  public static SpecProblem unknownName(
      String path, String kind, String name, Collection<String> known) {
    return new SpecProblem(
        path,
        Messages.get(
            "spec.unknownComponent",
            Messages.get("kind." + kind),
            name,
            didYouMean(name, known),
            String.join(", ", known)));
  }

  /** A key of the spec's own schema that is not one of {@code allowed}. */
  public static SpecProblem unknownKey(String path, String key, Collection<String> allowed) {
    return new SpecProblem(path, Messages.get("spec.unknownKey", didYouMean(key, allowed)));
  }

  /** An option of a component (a step, a provider) that is not one of {@code allowed}. */
  public static SpecProblem unknownOption(String path, String key, Collection<String> allowed) {
    return new SpecProblem(path, Messages.get("spec.stepOption", didYouMean(key, allowed)));
  }

  /**
   * The message for a value of the wrong type: {@code expected a map, got "text"}.
   *
   * @param type the expected type, as a message key under {@code type.}
   */
  public static String expected(String type, Object actual) {
    return Messages.get("spec.type", Messages.get("type." + type), MapReader.describe(actual));
  }

  private static String didYouMean(String name, Collection<String> known) {
    String close = ClosestName.among(name, known);
    return close == null ? "" : Messages.get("spec.didYouMean", close);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
