package io.aieval.core.data;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import java.util.Objects;

/** One row of a data set: a {@link Good} sample or a {@link Bad} row with what is wrong. */
public sealed interface DataRow permits DataRow.Good, DataRow.Bad {

  /** The 1-based line where the row starts. */
  long line();

  /** A row that became a sample. */
  record Good(long line, Sample sample) implements DataRow {
    public Good {
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, was " + line);
      }
      Objects.requireNonNull(sample, "sample");
    }
  }

  /** A row that could not be read; {@code error} names the file, line and field. */
  record Bad(long line, DataFormatException error) implements DataRow {
    public Bad {
      Objects.requireNonNull(error, "error");
      if (line != error.line()) {
        throw new IllegalArgumentException("line " + line + " differs from " + error.line());
      }
    }
  }
}
