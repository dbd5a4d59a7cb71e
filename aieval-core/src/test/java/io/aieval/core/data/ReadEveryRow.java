package io.aieval.core.data;

import java.nio.file.Path;

/**
 * Reads a whole data set and prints what it found. {@link ConstantMemoryTest} runs it in a JVM
 * whose heap is far smaller than the file.
 */
final class ReadEveryRow {
  private ReadEveryRow() {}

  public static void main(String[] args) {
    long good = 0;
    long bad = 0;
    String lastId = "";
    try (SampleStream rows = Datasets.open(DatasetSource.of(Path.of(args[0])))) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good row) {
          good++;
          lastId = row.sample().id();
        } else {
          bad++;
        }
      }
    }
    System.out.println(good + " good, " + bad + " bad, last id " + lastId);
  }
}
