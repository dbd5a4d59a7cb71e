package io.aieval.core.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a data set comes from and how to read it.
 *
 * @param path the file
 * @param format {@code jsonl}, {@code csv} or {@code tsv} (any case), or {@code null} to take it
 *     from the extension: {@code .jsonl} and {@code .ndjson} are JSONL, {@code .csv} CSV, {@code
 *     .tsv} and {@code .tab} TSV
 * @param mapping which fields give the sample's parts; {@code null} means {@link
 *     FieldMapping#defaults()}
 * @param displayName the file as the user named it, used in error messages; {@code null} means
 *     {@code path.toString()}
 */
public record DatasetSource(Path path, String format, FieldMapping mapping, String displayName) {
  public DatasetSource {
    Objects.requireNonNull(path, "path");
    format = format == null || format.isBlank() ? null : format.strip().toLowerCase(Locale.ROOT);
    mapping = mapping == null ? FieldMapping.defaults() : mapping;
    displayName = displayName == null || displayName.isBlank() ? path.toString() : displayName;
  }

  /** The file read by extension with the default mapping. */
  public static DatasetSource of(Path path) {
    return new DatasetSource(path, null, null, null);
  }

  public DatasetSource withFormat(String newFormat) {
    return new DatasetSource(path, newFormat, mapping, displayName);
  }

  public DatasetSource withMapping(FieldMapping newMapping) {
    return new DatasetSource(path, format, newMapping, displayName);
  }

  public DatasetSource withDisplayName(String newDisplayName) {
    return new DatasetSource(path, format, mapping, newDisplayName);
  }
}
