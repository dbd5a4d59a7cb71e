package io.aieval.cli;

import io.aieval.core.i18n.Messages;

/** The CLI's own messages, from {@code io/aieval/cli/messages*.properties}. */
final class Text {
  static final String BUNDLE = "io.aieval.cli.messages";

  private Text() {}

  static String get(String key, Object... args) {
    return Messages.fromBundle(BUNDLE, key, args);
  }
}
