package io.aieval.core.report;

import io.aieval.core.i18n.Messages;

/** {@code report.md}: the report as Markdown. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(ReportContent c) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(c.title()).append("\n\n");
    rows(md, c.header());
    for (ReportContent.Section s : c.steps()) {
      section(md, s);
    }
    section(md, c.provenance());
    md.append(c.footer()).append('\n');
    return md.toString();
  }

  private static void section(StringBuilder md, ReportContent.Section s) {
    md.append("## ").append(s.title()).append("\n\n");
    if (!s.metrics().isEmpty()) {
      md.append("| ")
          .append(Messages.get("report.metric"))
          .append(" | ")
          .append(Messages.get("report.value"))
          .append(" | ")
          .append(Messages.get("report.ci95"))
          .append(" | n |\n|---|---|---|---|\n");
      for (ReportContent.MetricRow m : s.metrics()) {
        md.append("| `")
            .append(m.name())
            .append("` | ")
            .append(m.value())
            .append(" | ")
            .append(m.ci())
            .append(" | ")
            .append(m.n())
            .append(" |\n");
      }
      md.append('\n');
    }
    rows(md, s.rows());
  }

  private static void rows(StringBuilder md, java.util.List<ReportContent.Row> rows) {
    for (ReportContent.Row r : rows) {
      String value = r.code() ? "`" + r.value() + "`" : r.value();
      md.append("- **").append(r.label()).append("**: ").append(value).append('\n');
    }
    md.append('\n');
  }
}
