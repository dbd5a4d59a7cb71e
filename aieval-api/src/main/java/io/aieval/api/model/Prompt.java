package io.aieval.api.model;

import java.util.List;
import java.util.Objects;

/** What is sent to a model: a chat conversation or a plain text prompt for completions. */
public sealed interface Prompt permits Prompt.Chat, Prompt.Text {

  /** Messages for a chat-completions endpoint. */
  record Chat(List<ChatMessage> messages) implements Prompt {
    public Chat {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("a chat prompt needs at least one message");
      }
    }
  }

  /** A raw prompt for a completions endpoint. */
  record Text(String text) implements Prompt {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }
}
