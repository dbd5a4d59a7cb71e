package io.aieval.core.compare;

import io.aieval.api.run.SampleOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;

/**
 * The samples of one step scored in both runs, sorted by id so that the bootstrap's resamples, and
 * so its figures, do not depend on the order a concurrent run wrote its lines in.
 */
final class StepPairs {
  final List<String> ids = new ArrayList<>();
  final List<SampleOutcome.Scored> baseline = new ArrayList<>();
  final List<SampleOutcome.Scored> candidate = new ArrayList<>();
  private final Pairing pairing;

  StepPairs(StepScores a, StepScores b) {
    long onlyInBaseline = 0;
    long notScored = 0;
    for (Map.Entry<String, SampleOutcome> e : new TreeMap<>(a.outcomes()).entrySet()) {
      SampleOutcome other = b.outcomes().get(e.getKey());
      if (other == null) {
        onlyInBaseline++;
      } else if (e.getValue() instanceof SampleOutcome.Scored x
          && other instanceof SampleOutcome.Scored y) {
        ids.add(e.getKey());
        baseline.add(x);
        candidate.add(y);
      } else {
        notScored++;
      }
    }
    long onlyInCandidate =
        b.outcomes().keySet().stream().filter(id -> !a.outcomes().containsKey(id)).count();
    pairing = new Pairing(ids.size(), onlyInBaseline, onlyInCandidate, notScored);
  }

  private StepPairs(Pairing pairing) {
    this.pairing = pairing;
  }

  Pairing pairing() {
    return pairing;
  }

  /**
   * The pairs in which both samples have what a metric reads ({@code has}); the others are counted
   * as not scored, for that metric.
   */
  StepPairs having(BiPredicate<SampleOutcome.Scored, SampleOutcome.Scored> has) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (has.test(baseline.get(i), candidate.get(i))) {
        kept.add(i);
      }
    }
    long dropped = ids.size() - kept.size();
    StepPairs out =
        new StepPairs(
            new Pairing(
                kept.size(),
                pairing.onlyInBaseline(),
                pairing.onlyInCandidate(),
                pairing.notScored() + dropped));
    for (int i : kept) {
      out.ids.add(ids.get(i));
      out.baseline.add(baseline.get(i));
      out.candidate.add(candidate.get(i));
    }
    return out;
  }

  static double[] scores(
      List<SampleOutcome.Scored> side, ToDoubleFunction<SampleOutcome.Scored> f) {
    return side.stream().mapToDouble(f).toArray();
  }

  /** Whether every paired score is exactly 0 or 1. */
  static boolean binary(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      if (!zeroOrOne(x[i]) || !zeroOrOne(y[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The flips of binary scores {@code x} (baseline) and {@code y} (candidate) of these pairs,
   * listing at most {@code limit} in each direction.
   */
  Flips flips(double[] x, double[] y, int limit) {
    long lostCount = 0;
    long gainedCount = 0;
    List<Flips.Flip> lost = new ArrayList<>();
    List<Flips.Flip> gained = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Flips.Flip flip =
          new Flips.Flip(ids.get(i), baseline.get(i).extracted(), candidate.get(i).extracted());
      if (x[i] == 1 && y[i] == 0) {
        lostCount++;
        if (lost.size() < limit) {
          lost.add(flip);
        }
      } else if (x[i] == 0 && y[i] == 1) {
        gainedCount++;
        if (gained.size() < limit) {
          gained.add(flip);
        }
      }
    }
    return new Flips(lostCount, gainedCount, lost, gained);
  }

  private static boolean zeroOrOne(double x) {
    return x == 0 || x == 1;
  }
}
