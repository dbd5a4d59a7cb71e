package io.aieval.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyKeyExistsInBothLanguages() {
    Set<String> en = new TreeSet<>(Collections.list(Messages.bundle(Locale.ENGLISH).getKeys()));
    Set<String> zh =
        new TreeSet<>(Collections.list(Messages.bundle(Locale.SIMPLIFIED_CHINESE).getKeys()));
    assertThat(zh).as("keys missing from messages_zh_CN").containsAll(en);
    assertThat(en).as("keys missing from messages (English)").containsAll(zh);
  }

  @Test
  void everyPatternIsValidAndTakesTheSameArgumentsInBothLanguages() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle zh = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
    for (String key : Collections.list(en.getKeys())) {
      int enArgs = new MessageFormat(en.getString(key)).getFormats().length;
      int zhArgs = new MessageFormat(zh.getString(key)).getFormats().length;
      assertThat(zhArgs).as("argument count of %s", key).isEqualTo(enArgs);
    }
  }

  @Test
  void chineseTextIsReadAsUtf8AndChineseLocalesAllMapToIt() {
    ResourceBundle zh = Messages.bundle(Locale.forLanguageTag("zh-Hans-CN"));
    assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.parseLocale("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.parseLocale("en-US")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void unknownKeyIsAnError() {
    assertThatThrownBy(() -> Messages.get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
  }
}
