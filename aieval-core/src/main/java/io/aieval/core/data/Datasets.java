package io.aieval.core.data;

import io.aieval.api.UnknownComponentException;
import io.aieval.api.data.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Opens data sets. Every method streams, so files of any size are read in constant memory:
 *
 * <pre>{@code
 * try (SampleStream rows = Datasets.open(DatasetSource.of(path))) {
 *   while (rows.hasNext()) {
 *     if (rows.next() instanceof DataRow.Good good) { ... good.sample() ... }
 *   }
 * }
 * }</pre>
 */
public final class Datasets {
  private static final int BUFFER = 64 * 1024;

  private Datasets() {}

  /**
   * Opens the source for reading row by row; the caller closes the stream.
   *
   * @throws UnknownComponentException when the format (or the file extension) is not known
   * @throws DataFormatException when a CSV/TSV header is missing or bad
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static SampleStream open(DatasetSource source) {
    DatasetFormat format = DatasetFormat.of(source);
    InputStream in;
    try {
      in = Files.newInputStream(source.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return format.open(in, new RowMapper(source.mapping(), source.displayName()));
    } catch (IOException e) {
      closeAfter(e, in);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeAfter(e, in);
      throw e;
    }
  }

  private static void closeAfter(Exception failure, InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** The number of rows, good and bad, as {@link #open} would return them. */
  public static long count(DatasetSource source) {
    try (SampleStream rows = open(source)) {
      long count = 0;
      while (rows.hasNext()) {
        rows.next();
        count++;
      }
      return count;
    }
  }

  /** The SHA-256 and size of the file's bytes. */
  public static Fingerprint fingerprint(Path path) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(path)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
        size += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Fingerprint(HexFormat.of().formatHex(sha256.digest()), size);
  }

  /** The canonical format names, sorted: {@code csv}, {@code jsonl}, {@code tsv}. */
  public static List<String> formats() {
    return DatasetFormat.canonicalNames();
  }
}
