package io.aieval.core.data;

import io.aieval.api.UnknownComponentException;
import io.aieval.core.registry.ClosestName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats a data set can be read from; each name's first entry is its canonical one. */
enum DatasetFormat {
  CSV("csv"),
  JSONL("jsonl", "ndjson"),
  TSV("tsv", "tab");

  private final List<String> names;

  DatasetFormat(String... names) {
    this.names = List.of(names);
  }

  /** Canonical names, sorted. */
  static List<String> canonicalNames() {
    return Arrays.stream(values()).map(format -> format.names.get(0)).sorted().toList();
  }

  /** The format the source names, or else the one its file extension implies. */
  static DatasetFormat of(DatasetSource source) {
    String name = source.format() != null ? source.format() : extension(source.path());
    for (DatasetFormat format : values()) {
      if (format.names.contains(name)) {
        return format;
      }
    }
    List<String> known = canonicalNames();
    throw new UnknownComponentException("data format", name, ClosestName.among(name, known), known);
  }

  SampleStream open(InputStream in, RowMapper mapper) throws IOException {
    return switch (this) {
      case JSONL -> new JsonlStream(new Utf8Lines(in), mapper);
      case CSV -> CsvStream.open(in, CsvStream.CSV, mapper);
      case TSV -> CsvStream.open(in, CsvStream.TSV, mapper);
    };
  }

  private static String extension(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
