package io.aieval.core.data;

import java.util.Objects;

/**
 * The content hash of a data set file, recorded with every result so that a number can be traced to
 * the exact data.
 *
 * @param sha256Hex SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param sizeBytes the file's length in bytes
 */
public record Fingerprint(String sha256Hex, long sizeBytes) {
  public Fingerprint {
    Objects.requireNonNull(sha256Hex, "sha256Hex");
    if (!sha256Hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case SHA-256 hex digest: " + sha256Hex);
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative, was " + sizeBytes);
    }
  }
}
