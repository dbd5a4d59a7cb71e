package io.aieval.core.sim;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the answer key with the data set readers, so the simulator accepts every format and field
 * mapping a spec's data set does and normalises targets (letter, index or choice text) the same
 * way. Malformed rows are left out of the key (and logged): the simulator then answers them with
 * filler, and a run with {@code --skip-bad-rows} over the same file still works.
 */
final class AnswerKeyLoader {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerKeyLoader.class);

  private AnswerKeyLoader() {}

  /** The key in {@code source}, or the empty key when there is none. */
  static AnswerKey load(DatasetSource source) {
    if (source == null) {
      return AnswerKey.EMPTY;
    }
    List<AnswerKey.Entry> entries = new ArrayList<>();
    try (SampleStream rows = Datasets.open(source)) {
      while (rows.hasNext()) {
        DataRow row = rows.next();
        if (row instanceof DataRow.Good good) {
          Sample s = good.sample();
          entries.add(new AnswerKey.Entry(s.input(), s.choices(), s.target()));
        } else if (row instanceof DataRow.Bad bad) {
          LOG.warn("answer key row left out: {}", bad.error().getMessage());
        }
      }
    }
    return new AnswerKey(entries);
  }
}
