package io.aieval.core.data;

/**
 * What is wrong with one field of a row, before the file and line are known. {@link RowMapper}
 * turns it into a {@link io.aieval.api.data.DataFormatException}.
 */
final class RowProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  RowProblem(String field, String problem) {
    // No stack trace: bad rows are expected input, and a million of them must stay cheap.
    super(problem, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
