package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The CLI's English and Chinese bundles have the same keys and argument counts. */
class MessagesSyncTest {
  @Test
  void bothLanguagesHaveEveryKeyWithTheSameArguments() {
    ResourceBundle en = Messages.bundle(Text.BUNDLE, Locale.ENGLISH);
    ResourceBundle zh = Messages.bundle(Text.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    Set<String> enKeys = new TreeSet<>(Collections.list(en.getKeys()));
    Set<String> zhKeys = new TreeSet<>(Collections.list(zh.getKeys()));
    assertThat(zhKeys).isEqualTo(enKeys);
    for (String key : enKeys) {
      if (!key.contains("usage.")) {
        assertThat(new MessageFormat(zh.getString(key)).getFormats())
            .as(key)
            .hasSameSizeAs(new MessageFormat(en.getString(key)).getFormats());
      }
    }
  }
}
