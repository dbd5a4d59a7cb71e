package io.aieval.api;

import java.util.List;

/**
 * A component (model provider, step, scorer, data format …) was asked for by a name no registry
 * knows. Carries the suggestion and the known names so the message can say "did you mean …".
 */
public final class UnknownComponentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String name;
  private final String suggestion;
  private final List<String> known;

  /**
   * @param kind what was looked up, such as {@code "model provider"}
   * @param name the unknown name
   * @param suggestion the closest known name, or {@code null} when none is close
   * @param known every known name, sorted
   */
  public UnknownComponentException(
      String kind, String name, String suggestion, List<String> known) {
    super(
        "unknown "
            + kind
            + " \""
            + name
            + "\""
            + (suggestion == null ? "" : ", did you mean \"" + suggestion + "\"?")
            + " (known: "
            + String.join(", ", known)
            + ")");
    this.kind = kind;
    this.name = name;
    this.suggestion = suggestion;
    this.known = List.copyOf(known);
  }

  public String kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** The closest known name, or {@code null}. */
  public String suggestion() {
    return suggestion;
  }

  public List<String> known() {
    return known;
  }
}
