package io.aieval.core.spec;

import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.FieldMapping;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a step's data comes from.
 *
 * @param path the path as written in the spec (for messages)
 * @param resolved the path resolved against the spec's folder
 * @param format {@code jsonl}, {@code csv}, {@code tsv}, or {@code null} to go by the extension
 * @param fields the field mapping as written ({@code id}, {@code input}, {@code choices}, {@code
 *     target})
 */
public record DatasetSpec(String path, Path resolved, String format, Map<String, Object> fields) {
  public DatasetSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(resolved, "resolved");
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /**
   * The data set to read, named in messages as the spec names it.
   *
   * @throws IllegalArgumentException when the field mapping is invalid
   */
  public DatasetSource toSource() {
    return new DatasetSource(resolved, format, FieldMapping.fromMap(fields), path);
  }
}
