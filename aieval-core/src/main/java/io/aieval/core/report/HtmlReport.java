package io.aieval.core.report;

import io.aieval.core.i18n.Messages;
import java.util.List;

/** {@code report.html}: the report as one self-contained page (no scripts, no remote assets). */
final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;max-width:60rem;"
          + "margin:2rem auto;padding:0 1rem;color:#1d2433}"
          + "table{border-collapse:collapse;margin:.5rem 0 1rem}"
          + "th,td{border:1px solid #d0d7de;padding:.35rem .7rem;text-align:left}"
          + "th{background:#f3f5f8}dt{font-weight:600;float:left;clear:left;width:12rem}"
          + "dd{margin:0 0 .3rem 12.5rem}code{background:#f3f5f8;padding:0 .2rem}"
          + "footer{margin-top:2rem;color:#5b6475;font-size:.9rem}";

  private HtmlReport() {}

  static String render(ReportContent c) {
    StringBuilder h = new StringBuilder(4096);
    String lang = Messages.locale().getLanguage().equals("zh") ? "zh-CN" : "en";
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>")
        .append(esc(c.title()))
        .append("</title>\n")
        .append("<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(esc(c.title()))
        .append("</h1>\n");
    rows(h, c.header());
    for (ReportContent.Section s : c.steps()) {
      section(h, s);
    }
    section(h, c.provenance());
    h.append("<footer>").append(esc(c.footer())).append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, ReportContent.Section s) {
    h.append("<section>\n<h2>").append(esc(s.title())).append("</h2>\n");
    if (!s.metrics().isEmpty()) {
      h.append("<table class=\"metrics\">\n<tr><th>")
          .append(esc(Messages.get("report.metric")))
          .append("</th><th>")
          .append(esc(Messages.get("report.value")))
          .append("</th><th>")
          .append(esc(Messages.get("report.ci95")))
          .append("</th><th>n</th></tr>\n");
      for (ReportContent.MetricRow m : s.metrics()) {
        h.append("<tr><td><code>")
            .append(esc(m.name()))
            .append("</code></td><td>")
            .append(esc(m.value()))
            .append("</td><td>")
            .append(esc(m.ci()))
            .append("</td><td>")
            .append(m.n())
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    rows(h, s.rows());
    h.append("</section>\n");
  }

  private static void rows(StringBuilder h, List<ReportContent.Row> rows) {
    h.append("<dl>\n");
    for (ReportContent.Row r : rows) {
      String value = r.code() ? "<code>" + esc(r.value()) + "</code>" : esc(r.value());
      h.append("<dt>").append(esc(r.label())).append("</dt><dd>").append(value).append("</dd>\n");
    }
    h.append("</dl>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
