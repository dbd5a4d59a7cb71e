package io.aieval.core.report;

import io.aieval.core.i18n.Messages;
import io.aieval.core.result.StepSummary;
import io.aieval.core.score.MetricValue;
import java.util.Locale;
import java.util.Map;

/** Figures formatted the same way in every human-readable report. */
final class ReportText {
  private ReportText() {}

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", v * 100);
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** {@code 72.00% ± 4.52%} for proportions, plain numbers otherwise. */
  static String valueWithError(MetricValue v, boolean proportion) {
    if (Double.isNaN(v.value())) {
      return Messages.get("report.noValue");
    }
    return proportion
        ? pct(v.value()) + " ± " + pct(v.stderr())
        : num(v.value()) + " ± " + num(v.stderr());
  }

  static String ci(MetricValue v, boolean proportion) {
    if (Double.isNaN(v.value())) {
      return "–";
    }
    return proportion
        ? "[" + pct(v.ciLow()) + ", " + pct(v.ciHigh()) + "]"
        : "[" + num(v.ciLow()) + ", " + num(v.ciHigh()) + "]";
  }

  /** Accuracy-like metrics are shown as percentages. */
  static boolean isProportion(MetricValue v) {
    return v.value() >= 0 && v.value() <= 1 && v.ciHigh() <= 1 && v.ciLow() >= 0;
  }

  static String kinds(Map<String, Long> byKind) {
    if (byKind.isEmpty()) {
      return Messages.get("report.none");
    }
    StringBuilder b = new StringBuilder();
    byKind.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
    return b.toString();
  }

  static String counts(StepSummary.Counts c) {
    return Messages.get(
        "report.countsLine",
        c.total(),
        c.scored(),
        c.failed(),
        c.skipped(),
        c.resumed(),
        c.cached());
  }
}
