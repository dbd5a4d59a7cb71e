package io.aieval.core.task;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import io.aieval.core.text.PythonText;

/**
 * Jinja2's {@code trim} filter, {@code |trim} or {@code |trim(chars)}: Python's {@code
 * str(value).strip(chars)}. It replaces Jinjava's, which is Java's {@code String.trim}: that one
 * strips control characters but not U+3000 or U+00A0, so a question rendered with it differs from
 * lm-evaluation-harness's.
 */
final class PythonTrimFilter implements Filter {

  @Override
  public String getName() {
    return "trim";
  }

  @Override
  public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
    if (var == null) {
      return null;
    }
    return PythonText.strip(var.toString(), args.length == 0 ? null : args[0]);
  }
}
