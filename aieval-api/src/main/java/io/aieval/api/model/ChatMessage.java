package io.aieval.api.model;

import java.util.Objects;

/** One turn of a chat conversation. */
public record ChatMessage(Role role, String content) {
  /** Who speaks; serialised in lower case as OpenAI-compatible APIs expect. */
  public enum Role {
    SYSTEM,
    USER,
    ASSISTANT;

    /** The wire name: {@code system}, {@code user} or {@code assistant}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }
}
