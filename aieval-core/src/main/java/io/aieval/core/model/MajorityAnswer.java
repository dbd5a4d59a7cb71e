package io.aieval.core.model;

import io.aieval.core.data.DataRow;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The most common target of a data set, for the majority baseline; of tied targets, the one that
 * reached the top count first wins, so the answer is stable for a given file.
 */
final class MajorityAnswer {
  private MajorityAnswer() {}

  static String of(DatasetSource source) {
    Map<String, Long> counts = new HashMap<>();
    String best = "";
    long bestCount = 0;
    try (SampleStream rows = Datasets.open(source)) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          long c = counts.merge(g.sample().target(), 1L, Long::sum);
          if (c > bestCount) {
            bestCount = c;
            best = g.sample().target();
          }
        }
      }
    }
    return best;
  }
}
