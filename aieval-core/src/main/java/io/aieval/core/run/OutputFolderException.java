package io.aieval.core.run;

/** The output folder cannot be used: it holds another run, or the run to resume is not there. */
public final class OutputFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputFolderException(String message) {
    super(message);
  }
}
