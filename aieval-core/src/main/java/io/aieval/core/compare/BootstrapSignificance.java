package io.aieval.core.compare;

import io.aieval.core.score.Bootstrap;
import java.util.Objects;

/**
 * A paired bootstrap test: of a mean difference, for per-sample scores that are not all 0 or 1
 * ({@link PairedBootstrap}), or of a corpus metric's difference, recomputed on each resample
 * ({@link CorpusBootstrap}). Both compute the p-value the same way.
 *
 * @param bootstrap the resample count and seed that reproduce it
 * @param replicates the resamples the test was computed from: all of them, less those on which a
 *     corpus metric was undefined in either run (a correlation of constant values); at least 1
 * @param corpus whether a corpus metric was recomputed on each resample, rather than a mean
 * @param pValue the two-sided p-value
 */
public record BootstrapSignificance(
    Bootstrap bootstrap, int replicates, boolean corpus, double pValue) implements Significance {
  public BootstrapSignificance {
    Objects.requireNonNull(bootstrap, "bootstrap");
    if (replicates < 1 || replicates > bootstrap.iterations()) {
      throw new IllegalArgumentException(
          "replicates lie in [1, " + bootstrap.iterations() + "], not " + replicates);
    }
    if (!(pValue > 0 && pValue <= 1)) {
      throw new IllegalArgumentException("a bootstrap p-value lies in (0, 1], not " + pValue);
    }
  }

  @Override
  public String method() {
    return corpus ? "paired_bootstrap_corpus" : "paired_bootstrap";
  }
}
