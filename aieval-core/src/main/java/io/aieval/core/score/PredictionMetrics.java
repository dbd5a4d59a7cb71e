package io.aieval.core.score;

import io.aieval.core.i18n.Messages;
import io.aieval.core.registry.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics that score saved predictions, by the name the reference harness gives them. Each
 * takes options as text ({@code --option k=v}); an unknown name fails with "did you mean" and the
 * known names, an unknown option with the options the metric knows.
 */
public final class PredictionMetrics {
  private static final Pattern PASS_K = Pattern.compile("pass([@^])([0-9]+)");

  /** How to build one metric, and which options it reads. */
  private record Entry(
      String name, List<String> options, Function<MetricOptions, PredictionMetric> build) {}

  private static final Registry<Entry> REGISTRY = Registry.of("metric", entries(), Entry::name);

  private PredictionMetrics() {}

  /**
   * The metric called {@code name} with {@code options}. {@code pass@5} and {@code pass^5} are
   * {@code pass@k} and {@code pass^k} with {@code k=5}.
   *
   * @throws io.aieval.api.UnknownComponentException when no metric has that name
   * @throws IllegalArgumentException naming an unknown option or a value that does not fit
   */
  public static PredictionMetric named(String name, Map<String, String> options) {
    Map<String, String> all = new TreeMap<>(options == null ? Map.of() : options);
    String key = name;
    Matcher pass = PASS_K.matcher(name);
    if (pass.matches()) {
      key = "pass" + pass.group(1) + "k";
      if (all.putIfAbsent("k", pass.group(2)) != null) {
        throw new IllegalArgumentException(Messages.get("score.option.twice", "k", name));
      }
    }
    Entry entry = REGISTRY.get(key);
    return entry.build().apply(new MetricOptions(name, all).requireKnown(entry.options()));
  }

  /** Every metric name, sorted. */
  public static List<String> names() {
    return REGISTRY.names();
  }

  private static List<Entry> entries() {
    List<Entry> e = new ArrayList<>();
    e.add(fixed(LoglikelihoodMetric.ACC));
    e.add(fixed(LoglikelihoodMetric.ACC_NORM));
    e.add(fixed(LoglikelihoodMetric.ACC_BYTES));
    e.add(fixed(LoglikelihoodMetric.IS_GREEDY));
    e.add(fixed(Mc2.INSTANCE));
    e.add(new Entry("exact_match", ExactMatch.OPTIONS, ExactMatch::of));
    for (TokenF1.Kind kind : TokenF1.Kind.values()) {
      e.add(fixed(new TokenF1(kind)));
    }
    e.add(fixed(new DropScore(true)));
    e.add(fixed(new DropScore(false)));
    e.add(new Entry("bleu", Bleu.OPTIONS, Bleu::of));
    e.add(new Entry("chrf", ChrF.OPTIONS, ChrF::new));
    e.add(new Entry("ter", Ter.OPTIONS, o -> new Ter(o.flag("case_sensitive", false))));
    for (String type : List.of("rouge1", "rouge2", "rougeL", "rougeLsum")) {
      e.add(fixed(new Rouge(type)));
    }
    e.add(fixed(new Classification(Classification.Kind.MCC, "1")));
    e.add(
        new Entry(
            "f1",
            List.of("pos_label"),
            o -> new Classification(Classification.Kind.F1, o.text("pos_label", "1"))));
    e.add(fixed(new Classification(Classification.Kind.F1_MACRO, "1")));
    e.add(fixed(new Correlation(false)));
    e.add(fixed(new Correlation(true)));
    List<String> passOptions = new ArrayList<>(List.of("k"));
    passOptions.addAll(ExactMatch.OPTIONS);
    e.add(new Entry("pass@k", passOptions, o -> passAtK(o, false)));
    e.add(new Entry("pass^k", passOptions, o -> passAtK(o, true)));
    for (Perplexity.Kind kind : Perplexity.Kind.values()) {
      e.add(fixed(new Perplexity(kind)));
    }
    return e;
  }

  private static PassAtK passAtK(MetricOptions options, boolean all) {
    return new PassAtK(options.integer("k", 1, 1), all, ExactMatch.of(options));
  }

  private static Entry fixed(PredictionMetric metric) {
    return new Entry(metric.name(), List.of(), o -> metric);
  }
}
