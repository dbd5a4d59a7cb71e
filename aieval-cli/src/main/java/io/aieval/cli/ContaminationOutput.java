package io.aieval.cli;

import io.aieval.core.contamination.BenchmarkField;
import io.aieval.core.contamination.CleanSubset;
import io.aieval.core.contamination.ContaminationReport;
import io.aieval.core.contamination.CorpusStats;
import io.aieval.core.contamination.DirtySample;
import io.aieval.core.score.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code aieval contamination} prints for people. */
final class ContaminationOutput {
  private ContaminationOutput() {}

  static String text(ContaminationReport r, CleanSubset subset, int list) {
    StringBuilder out = new StringBuilder();
    int n = r.settings().n();
    out.append(
            Text.get(
                "cont.benchmarkLine",
                r.benchmark(),
                Long.toString(r.samples()),
                fields(r),
                Long.toString(r.benchmarkNgrams()),
                Integer.toString(n)))
        .append('\n');
    if (r.task() != null) {
      out.append(Text.get("cont.taskLine", r.task())).append('\n');
    }
    if (r.tooShort() > 0) {
      out.append(Text.get("cont.tooShort", Long.toString(r.tooShort()), Integer.toString(n)));
      out.append('\n');
    }
    if (r.badRows() > 0) {
      out.append(Text.get("cont.badRows", Long.toString(r.badRows()))).append('\n');
    }
    CorpusStats c = r.corpus();
    out.append(
            Text.get(
                "cont.corpusLine",
                Long.toString(c.files()),
                Long.toString(c.documents()),
                format("%.1f", c.bytes() / 1e6),
                format("%.2f", c.elapsed().toNanos() / 1e9),
                format("%.1f", c.megabytesPerSecond())))
        .append('\n');
    if (c.badLines() > 0) {
      out.append(
          Text.get("cont.badLines", Long.toString(c.badLines()), r.settings().corpusField()));
      out.append('\n');
    }
    double share = r.samples() == 0 ? 0 : 100.0 * r.dirty().size() / r.samples();
    out.append('\n')
        .append(
            Text.get(
                "cont.dirtyLine",
                Integer.toString(r.dirty().size()),
                Long.toString(r.samples()),
                format("%.1f", share),
                Long.toString(r.clean())))
        .append('\n');
    dirty(r.dirty(), list, n, out);
    if (subset != null) {
      run(subset, out);
    }
    return out.toString();
  }

  private static String fields(ContaminationReport r) {
    return r.settings().orderedFields().stream()
        .map(BenchmarkField::name)
        .map(f -> f.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static void dirty(List<DirtySample> dirty, int list, int n, StringBuilder out) {
    if (dirty.isEmpty()) {
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {Text.get("cont.col.id"), Text.get("cont.col.ngram", Integer.toString(n))});
    int shown = Math.max(0, Math.min(list, dirty.size()));
    for (DirtySample d : dirty.subList(0, shown)) {
      rows.add(new String[] {d.id(), d.ngram()});
    }
    out.append(SummaryTable.table(rows));
    if (dirty.size() > shown) {
      out.append(Text.get("cont.more", Integer.toString(dirty.size() - shown))).append('\n');
    }
  }

  private static void run(CleanSubset subset, StringBuilder out) {
    out.append('\n')
        .append(
            Text.get(
                subset.matchedByDataset() ? "cont.run.byDataset" : "cont.run.byId", subset.run()))
        .append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          Text.get("cont.col.step"), Text.get("cont.col.metric"), Text.get("cont.col.all"),
          Text.get("cont.col.clean"), Text.get("cont.col.change"), Text.get("cont.col.dirtyScored")
        });
    for (CleanSubset.StepSubset s : subset.steps()) {
      double change = s.clean().value() - s.all().value();
      rows.add(
          new String[] {
            s.step(),
            s.all().name(),
            value(s.all()),
            value(s.clean()),
            Double.isNaN(change) ? "—" : format("%+.4f", change),
            Long.toString(s.dirtyScored())
          });
    }
    out.append(SummaryTable.table(rows));
  }

  /** {@code 0.6000 ± 0.2191 [0.1706, 1.0000] n=5}, or a dash for an empty subset. */
  private static String value(MetricValue v) {
    if (v.count() == 0) {
      return "— n=0";
    }
    return format("%.4f ± %.4f [%.4f, %.4f] n=", v.value(), v.stderr(), v.ciLow(), v.ciHigh())
        + v.count();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
