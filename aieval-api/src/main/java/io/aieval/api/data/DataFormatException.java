package io.aieval.api.data;

/**
 * A data set row could not be read. Names the file, the 1-based line and the field so that the user
 * can fix the input.
 */
public final class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String field;
  private final String problem;

  /**
   * @param file the data set file as the user named it
   * @param line 1-based line number (for CSV: the line where the record starts)
   * @param field the field at fault, or {@code null} when the whole line is bad
   * @param problem what is wrong, in a few words
   */
  public DataFormatException(String file, long line, String field, String problem) {
    super(file + ":" + line + (field == null ? "" : ":" + field) + ": " + problem);
    this.file = file;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  /** The field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
