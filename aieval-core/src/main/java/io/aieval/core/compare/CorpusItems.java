package io.aieval.core.compare;

import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.SavedPrediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a corpus metric reads of a run's samples, each sample reduced once (BLEU's n-gram counts, a
 * pair of labels), in id order as the run aggregated them, so that a resample only aggregates the
 * reduced items again and never re-tokenises. Not thread safe.
 *
 * @param <T> what one sample contributes
 */
final class CorpusItems<T> {
  private final CorpusMetric<T> metric;
  private final Map<String, T> byId;
  private final List<T> items;
  private final List<T> scratch = new ArrayList<>();

  private CorpusItems(CorpusMetric<T> metric, Map<String, T> byId) {
    this.metric = metric;
    this.byId = byId;
    this.items = List.copyOf(byId.values());
  }

  /** The items of every scored sample that holds an input for the metric called {@code name}. */
  static <T> CorpusItems<T> of(
      CorpusMetric<T> metric, Map<String, SampleOutcome> outcomes, String name) {
    Map<String, T> byId = new TreeMap<>();
    outcomes.forEach(
        (id, outcome) -> {
          if (outcome instanceof SampleOutcome.Scored s) {
            CorpusInput input = s.corpus().get(name);
            if (input != null) {
              byId.put(id, metric.item(SavedPrediction.ofCorpus(id, input)));
            }
          }
        });
    return new CorpusItems<>(metric, byId);
  }

  /** The items of {@code ids}, in that order; each must have one. */
  CorpusItems<T> only(List<String> ids) {
    Map<String, T> kept = new LinkedHashMap<>();
    for (String id : ids) {
      kept.put(id, byId.get(id));
    }
    return new CorpusItems<>(metric, kept);
  }

  int size() {
    return items.size();
  }

  /** The metric over every item; {@code NaN} when it is undefined there. */
  double figure() {
    return figure(items);
  }

  /** The metric over the items at {@code draw}, a resample of indices; {@code NaN} if undefined. */
  double resampled(int[] draw) {
    scratch.clear();
    for (int i : draw) {
      scratch.add(items.get(i));
    }
    return figure(scratch);
  }

  private double figure(List<T> over) {
    if (over.isEmpty()) {
      return Double.NaN;
    }
    try {
      double v = metric.aggregate(over);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (IllegalArgumentException undefined) {
      // a binary F1 over more than two labels, as the run reports no figure for it
      return Double.NaN;
    }
  }
}
