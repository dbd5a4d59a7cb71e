package io.aieval.core.data;

import static io.aieval.core.data.Rows.readAll;
import static io.aieval.core.data.Rows.sample;
import static io.aieval.core.data.Rows.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.UnknownComponentException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(EnglishMessages.class)
class DatasetsTest {
  private static final String JSONL = "{\"input\":\"q\",\"target\":\"t\"}\n";
  private static final String CSV = "input,target\nq,t\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a.jsonl", "a.ndjson", "A.JSONL"})
  void jsonlExtensions(String name) throws Exception {
    assertThat(sample(readAll(write(dir.resolve(name), JSONL)).get(0)).input()).isEqualTo("q");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.csv", "a.tsv", "a.tab"})
  void delimitedExtensions(String name) throws Exception {
    String text = name.endsWith(".csv") ? CSV : CSV.replace(',', '\t');
    assertThat(sample(readAll(write(dir.resolve(name), text)).get(0)).target()).isEqualTo("t");
  }

  @Test
  void explicitFormatWinsOverTheExtension() throws Exception {
    Path file = write(dir.resolve("export.txt"), CSV);

    assertThat(readAll(DatasetSource.of(file).withFormat(" CSV "))).hasSize(1);
  }

  @Test
  void unknownFormatSuggestsTheClosestOne() throws Exception {
    Path file = write(dir.resolve("a.jsonl"), JSONL);

    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(file).withFormat("jsnl")))
        .isInstanceOfSatisfying(
            UnknownComponentException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("data format");
              assertThat(e.suggestion()).isEqualTo("jsonl");
              assertThat(e.known()).containsExactly("csv", "jsonl", "tsv");
            })
        .hasMessageContaining("did you mean \"jsonl\"?");
    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(dir.resolve("data.parquet"))))
        .isInstanceOfSatisfying(
            UnknownComponentException.class,
            e -> {
              assertThat(e.name()).isEqualTo("parquet");
              assertThat(e.suggestion()).isNull();
            });
  }

  @Test
  void formatsAreTheCanonicalNames() {
    assertThat(Datasets.formats()).containsExactly("csv", "jsonl", "tsv");
  }

  @Test
  void sourceDefaults() {
    DatasetSource source = DatasetSource.of(dir.resolve("x.jsonl"));

    assertThat(source.mapping()).isEqualTo(FieldMapping.defaults());
    assertThat(source.displayName()).isEqualTo(dir.resolve("x.jsonl").toString());
    assertThat(source.format()).isNull();
  }

  @Test
  void countIncludesBadRowsButNotBlankLines() throws Exception {
    Path file = write(dir.resolve("c.jsonl"), JSONL + "\n" + "not json\n" + JSONL);

    assertThat(Datasets.count(DatasetSource.of(file))).isEqualTo(3);
    assertThat(Datasets.count(DatasetSource.of(write(dir.resolve("h.csv"), "input,target\n"))))
        .isZero();
  }

  @Test
  void fingerprintIsTheSha256AndSizeOfTheBytes() throws Exception {
    Path file = write(dir.resolve("f.jsonl"), "{\"input\":\"你好\",\"target\":\"t\"}\n".repeat(5000));
    byte[] bytes = Files.readAllBytes(file);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    assertThat(Datasets.fingerprint(file)).isEqualTo(new Fingerprint(expected, bytes.length));
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> Datasets.open(DatasetSource.of(dir.resolve("none.jsonl"))))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> Datasets.fingerprint(dir.resolve("none.jsonl")))
        .isInstanceOf(UncheckedIOException.class);
  }
}
