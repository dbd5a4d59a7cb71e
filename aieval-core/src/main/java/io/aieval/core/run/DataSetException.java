package io.aieval.core.run;

import io.aieval.api.data.DataFormatException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A data set has malformed rows and the run was not told to skip them. Raised before any model
 * call; lists the first rows at fault, each with file, line and field.
 */
public final class DataSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DataFormatException> errors;
  private final long badRows;

  public DataSetException(List<DataFormatException> errors, long badRows) {
    super(errors.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
    this.badRows = badRows;
  }

  /** The first rows at fault (at most {@value DataCheck#SHOWN}). */
  public List<DataFormatException> errors() {
    return errors;
  }

  /** How many rows are at fault in all. */
  public long badRows() {
    return badRows;
  }
}
