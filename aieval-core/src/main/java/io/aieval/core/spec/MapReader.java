package io.aieval.core.spec;

import io.aieval.core.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a parsed YAML/JSON map, recording a problem with its path for every
 * missing, mistyped or unknown key instead of stopping at the first.
 */
final class MapReader {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private final Map<String, Object> map;
  private final String path;
  private final List<SpecProblem> problems;

  MapReader(Map<String, Object> map, String path, List<SpecProblem> problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** A reader for the map at {@code key}, or {@code null} (with a problem) when it is not one. */
  MapReader child(String key, boolean required) {
    Object v = map.get(key);
    if (v == null) {
      if (required) {
        problem(key, Messages.get("spec.required"));
      }
      return null;
    }
    Map<String, Object> m = asMap(v, at(key));
    return m == null ? null : new MapReader(m, at(key), problems);
  }

  Map<String, Object> asMap(Object v, String where) {
    if (v instanceof Map<?, ?> raw) {
      Map<String, Object> m = new LinkedHashMap<>();
      raw.forEach((k, val) -> m.put(String.valueOf(k), val));
      return m;
    }
    problems.add(new SpecProblem(where, SpecProblem.expected("map", v)));
    return null;
  }

  String string(String key, String fallback, boolean required) {
    Object v = map.get(key);
    if (v == null) {
      if (required) {
        problem(key, Messages.get("spec.required"));
      }
      return fallback;
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      String s = v.toString();
      if (required && s.isBlank()) {
        problem(key, Messages.get("spec.required"));
      }
      return s;
    }
    problem(key, SpecProblem.expected("string", v));
    return fallback;
  }

  long integer(String key, long fallback, long min, long max) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    Long n = null;
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      n = ((Number) v).longValue();
    } else if (v instanceof String s && s.trim().matches("-?\\d+")) {
      n = Long.parseLong(s.trim());
    }
    if (n == null) {
      problem(key, SpecProblem.expected("integer", v));
      return fallback;
    }
    if (n < min || n > max) {
      problem(key, Messages.get("spec.range", min, max, n));
      return fallback;
    }
    return n;
  }

  Double decimal(String key, Double fallback, double min, double max) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    Double d = null;
    if (v instanceof Number num) {
      d = num.doubleValue();
    } else if (v instanceof String s) {
      try {
        d = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        d = null;
      }
    }
    if (d == null || d.isNaN()) {
      problem(key, SpecProblem.expected("number", v));
      return fallback;
    }
    if (d < min || d > max) {
      problem(key, Messages.get("spec.range", min, max, d));
      return fallback;
    }
    return d;
  }

  Boolean bool(String key, Boolean fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    problem(key, SpecProblem.expected("boolean", v));
    return fallback;
  }

  /** A duration as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or a number of seconds. */
  Duration duration(String key, Duration fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    Matcher m = DURATION.matcher(v.toString().trim().toLowerCase(Locale.ROOT));
    if (!(v instanceof Number || v instanceof String) || !m.matches()) {
      problem(key, Messages.get("spec.duration", describe(v)));
      return fallback;
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount * 1_000;
        };
    if (millis <= 0) {
      problem(key, Messages.get("spec.duration", describe(v)));
      return fallback;
    }
    return Duration.ofMillis((long) millis);
  }

  /** A list of strings; a single string counts as a list of one. */
  List<String> strings(String key) {
    Object v = map.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return List.of(s);
    }
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        if (item instanceof String s) {
          out.add(s);
        } else {
          problems.add(
              new SpecProblem(at(key) + "[" + i + "]", SpecProblem.expected("string", item)));
        }
      }
      return out;
    }
    problem(key, SpecProblem.expected("list", v));
    return List.of();
  }

  Object raw(String key) {
    return map.get(key);
  }

  boolean has(String key) {
    return map.containsKey(key);
  }

  /** Records a problem for every key not in {@code allowed}, with the closest allowed name. */
  void rejectUnknownKeys(Set<String> allowed) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        problems.add(SpecProblem.unknownKey(at(key), key, allowed));
      }
    }
  }

  /** Every entry but the listed keys, for sections that pass the rest on (step options). */
  Map<String, Object> rest(Set<String> taken) {
    Map<String, Object> out = new LinkedHashMap<>(map);
    out.keySet().removeAll(taken);
    return out;
  }

  void problem(String key, String message) {
    problems.add(new SpecProblem(at(key), message));
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  String path() {
    return path;
  }

  List<SpecProblem> problems() {
    return problems;
  }

  static String describe(Object v) {
    if (v instanceof Map<?, ?>) {
      return "map";
    }
    if (v instanceof List<?>) {
      return "list";
    }
    if (v instanceof String s) {
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    return String.valueOf(v);
  }
}
