package io.aieval.core.sim;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the answer key with the data set readers, so the simulator accepts every format and field
 * mapping a spec's data set does and normalises targets (letter, index or choice text) the same
 * way.
 */
final class AnswerKeyLoader {
  private AnswerKeyLoader() {}

  /**
   * The key in {@code source}, or the empty key when there is none.
   *
   * @throws io.aieval.api.data.DataFormatException for the first row that cannot be used
   */
  static AnswerKey load(DatasetSource source) {
    if (source == null) {
      return AnswerKey.EMPTY;
    }
    List<AnswerKey.Entry> entries = new ArrayList<>();
    try (SampleStream rows = Datasets.open(source)) {
      while (rows.hasNext()) {
        DataRow row = rows.next();
        if (row instanceof DataRow.Bad bad) {
          throw bad.error();
        }
        Sample s = ((DataRow.Good) row).sample();
        entries.add(new AnswerKey.Entry(s.input(), s.choices(), s.target()));
      }
    }
    return new AnswerKey(entries);
  }
}
