package io.aieval.cli;

import io.aieval.core.compare.BootstrapSignificance;
import io.aieval.core.compare.CompareSettings;
import io.aieval.core.compare.CompareWarning;
import io.aieval.core.compare.Flips;
import io.aieval.core.compare.McNemar;
import io.aieval.core.compare.MetricNotCompared;
import io.aieval.core.compare.Pairing;
import io.aieval.core.compare.RunComparison;
import io.aieval.core.compare.Significance;
import io.aieval.core.compare.StepComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code aieval compare} prints for people: per comparison a table, notes and flips. */
final class CompareOutput {
  private CompareOutput() {}

  static String table(List<RunComparison> comparisons, CompareSettings settings) {
    StringBuilder out = new StringBuilder();
    for (RunComparison c : comparisons) {
      out.append(Text.get("compare.header", c.candidate(), c.baseline())).append("\n\n");
      for (CompareWarning w : c.warnings()) {
        out.append(warning(w)).append('\n');
      }
      if (!c.steps().isEmpty()) {
        out.append(SummaryTable.table(rows(c)));
      }
      notes(c, out);
      for (StepComparison s : c.steps()) {
        flips(s, out);
      }
      out.append('\n');
    }
    out.append(
            Text.get(
                "compare.method",
                Integer.toString(settings.bootstrap().iterations()),
                Long.toString(settings.bootstrap().seed()),
                Integer.toString(McNemar.EXACT_BELOW)))
        .append('\n');
    return out.toString();
  }

  private static List<String[]> rows(RunComparison c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          Text.get("compare.col.step"), Text.get("compare.col.metric"),
          Text.get("compare.col.paired"), Text.get("compare.col.baseline"),
          Text.get("compare.col.candidate"), Text.get("compare.col.difference"),
          Text.get("compare.col.ci"), Text.get("compare.col.p"),
          Text.get("compare.col.test")
        });
    for (StepComparison s : c.steps()) {
      rows.add(
          new String[] {
            s.step(),
            s.metric(),
            Long.toString(s.pairing().paired()),
            number(s.baselineValue()),
            number(s.candidateValue()),
            signed(s.difference().difference()),
            "[" + signed(s.difference().ciLow()) + ", " + signed(s.difference().ciHigh()) + "]",
            pValue(s.test().pValue()),
            test(s.test())
          });
    }
    return rows;
  }

  private static void notes(RunComparison c, StringBuilder out) {
    for (StepComparison s : c.steps()) {
      if (s.pairing().unpaired() > 0) {
        out.append(unpaired(s.step(), s.pairing())).append('\n');
      }
    }
    for (MetricNotCompared m : c.notCompared()) {
      out.append(notCompared(m)).append('\n');
    }
    for (Map.Entry<String, Pairing> e : c.withoutPairs().entrySet()) {
      out.append(Text.get("compare.noPairs", e.getKey())).append(' ');
      out.append(unpaired(e.getKey(), e.getValue())).append('\n');
    }
    if (!c.onlyInBaseline().isEmpty()) {
      out.append(Text.get("compare.onlyInBaseline", String.join(", ", c.onlyInBaseline())));
      out.append('\n');
    }
    if (!c.onlyInCandidate().isEmpty()) {
      out.append(Text.get("compare.onlyInCandidate", String.join(", ", c.onlyInCandidate())));
      out.append('\n');
    }
  }

  private static String notCompared(MetricNotCompared m) {
    String key =
        m.reason() == MetricNotCompared.Reason.UNDEFINED && m.run() == null
            ? "compare.notCompared.undefinedResamples"
            : "compare.notCompared." + m.reason().key();
    return Text.get(key, m.step(), m.metric(), m.run());
  }

  private static String unpaired(String step, Pairing p) {
    return Text.get(
        "compare.unpaired",
        step,
        Long.toString(p.onlyInBaseline()),
        Long.toString(p.onlyInCandidate()),
        Long.toString(p.notScored()));
  }

  private static void flips(StepComparison s, StringBuilder out) {
    Flips f = s.flips();
    if (!s.binary() || f.lostCount() + f.gainedCount() == 0) {
      return;
    }
    out.append('\n')
        .append(
            Text.get(
                "compare.flips.header",
                s.step(),
                s.metric(),
                Long.toString(f.lostCount()),
                Long.toString(f.gainedCount())))
        .append('\n');
    flipList("-", f.lost(), f.lostCount(), out);
    flipList("+", f.gained(), f.gainedCount(), out);
  }

  private static void flipList(String sign, List<Flips.Flip> flips, long count, StringBuilder out) {
    int width = 0;
    for (Flips.Flip flip : flips) {
      width = Math.max(width, SummaryTable.displayWidth(flip.id()));
    }
    for (Flips.Flip flip : flips) {
      out.append("  ")
          .append(sign)
          .append(' ')
          .append(flip.id())
          .append(" ".repeat(width - SummaryTable.displayWidth(flip.id()) + 2))
          .append(answer(flip.baselineAnswer()))
          .append(" → ")
          .append(answer(flip.candidateAnswer()))
          .append('\n');
    }
    if (count > flips.size()) {
      out.append("    ")
          .append(Text.get("compare.flips.more", Long.toString(count - flips.size())))
          .append('\n');
    }
  }

  private static String warning(CompareWarning w) {
    String key =
        w instanceof CompareWarning.DatasetDiffers
            ? "compare.warning.dataset"
            : w instanceof CompareWarning.PromptTemplateDiffers
                ? "compare.warning.prompt"
                : "compare.warning.metric";
    return Text.get(key, w.step(), w.baseline(), w.candidate());
  }

  private static String test(Significance t) {
    if (t instanceof McNemar m) {
      return m.exact()
          ? Text.get("compare.test.exact", Long.toString(m.lost()), Long.toString(m.gained()))
          : Text.get(
              "compare.test.chi2",
              Long.toString(m.lost()),
              Long.toString(m.gained()),
              String.format(Locale.ROOT, "%.3f", m.statistic()));
    }
    if (t instanceof BootstrapSignificance b && b.corpus()) {
      return b.replicates() == b.bootstrap().iterations()
          ? Text.get("compare.test.corpus")
          : Text.get(
              "compare.test.corpusPartial",
              Integer.toString(b.replicates()),
              Integer.toString(b.bootstrap().iterations()));
    }
    return Text.get("compare.test.bootstrap");
  }

  private static String answer(String a) {
    return a == null || a.isEmpty() ? "—" : a;
  }

  static String number(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  static String signed(double x) {
    return String.format(Locale.ROOT, "%+.4f", x);
  }

  /** Four decimals, or two significant digits below 0.001 so small p-values do not read as 0. */
  static String pValue(double p) {
    return p >= 0.001 || p == 0
        ? String.format(Locale.ROOT, "%.4f", p)
        : String.format(Locale.ROOT, "%.2e", p);
  }
}
