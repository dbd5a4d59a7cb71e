package io.aieval.api.run;

/** How one sample ended. */
public sealed interface SampleOutcome
    permits SampleOutcome.Scored, SampleOutcome.Failed, SampleOutcome.Skipped {

  /** The wire name: {@code scored}, {@code failed} or {@code skipped}. */
  String status();

  /**
   * The model answered and the answer was scored.
   *
   * @param value the score
   * @param extracted the answer taken from the output, or {@code null}
   * @param reason why, when not obvious, or {@code null}
   */
  record Scored(double value, String extracted, String reason) implements SampleOutcome {
    @Override
    public String status() {
      return "scored";
    }
  }

  /**
   * The model could not be reached or did not answer, after every retry. Excluded from metric
   * denominators and counted on its own: never a silent zero.
   *
   * @param kind the failure kind ({@code rate_limited}, {@code server_error}, {@code timeout} …)
   * @param error the last error message
   * @param attempts how many calls were made
   */
  record Failed(String kind, String error, int attempts) implements SampleOutcome {
    @Override
    public String status() {
      return "failed";
    }
  }

  /**
   * The sample was not evaluated, for example a malformed row under {@code --skip-bad-rows}.
   *
   * @param reason why
   */
  record Skipped(String reason) implements SampleOutcome {
    @Override
    public String status() {
      return "skipped";
    }
  }
}
