package io.aieval.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.DataFormatException;
import io.aieval.api.data.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads whole test files and unwraps rows, so tests state only what they check. */
final class Rows {
  private Rows() {}

  static List<DataRow> readAll(DatasetSource source) {
    try (SampleStream stream = Datasets.open(source)) {
      List<DataRow> rows = new ArrayList<>();
      stream.forEachRemaining(rows::add);
      return rows;
    }
  }

  static List<DataRow> readAll(Path file) {
    return readAll(DatasetSource.of(file));
  }

  static Sample sample(DataRow row) {
    assertThat(row).isInstanceOf(DataRow.Good.class);
    return ((DataRow.Good) row).sample();
  }

  static DataFormatException error(DataRow row) {
    assertThat(row).isInstanceOf(DataRow.Bad.class);
    return ((DataRow.Bad) row).error();
  }

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }
}
