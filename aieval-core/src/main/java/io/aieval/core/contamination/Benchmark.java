package io.aieval.core.contamination;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A benchmark's side of the check: its n-grams in memory, then, after the corpus has been read,
 * which samples hold one the corpus had. Samples are read as {@link BenchmarkSource#view()} gives
 * them. The data set is read twice rather than kept, so memory holds hashes only.
 */
final class Benchmark {
  private final BenchmarkSource source;
  private final ContaminationSettings settings;
  private final LongHashSet ngrams = new LongHashSet();
  private long samples;
  private long tooShort;
  private long badRows;

  private Benchmark(BenchmarkSource source, ContaminationSettings settings) {
    this.source = source;
    this.settings = settings;
  }

  /** Reads every sample's n-grams. */
  static Benchmark read(BenchmarkSource source, ContaminationSettings settings) {
    Benchmark b = new Benchmark(source, settings);
    b.forEachSample(
        sample -> {
          b.samples++;
          long[] count = {0};
          NgramHasher hasher =
              new NgramHasher(
                  settings.n(),
                  false,
                  h -> {
                    b.ngrams.add(h);
                    count[0]++;
                  });
          hasher.text(b.text(sample));
          hasher.endDocument();
          if (count[0] == 0) {
            b.tooShort++;
          }
        });
    return b;
  }

  LongHashSet ngrams() {
    return ngrams;
  }

  long samples() {
    return samples;
  }

  /** Samples with fewer words than n: they have no n-gram, so they can never be found dirty. */
  long tooShort() {
    return tooShort;
  }

  long badRows() {
    return badRows;
  }

  /** The samples holding an n-gram of {@code found}, each with the first such n-gram's words. */
  List<DirtySample> dirty(LongHashSet found) {
    List<DirtySample> dirty = new ArrayList<>();
    if (found.size() == 0) {
      return dirty;
    }
    forEachSample(
        sample -> {
          String text = text(sample);
          long[] hashes = hashes(text);
          for (int i = 0; i < hashes.length; i++) {
            if (found.contains(hashes[i])) {
              List<String> words = Words.split(text);
              String ngram = String.join(" ", words.subList(i, i + settings.n()));
              dirty.add(new DirtySample(sample.id(), ngram));
              return;
            }
          }
        });
    return dirty;
  }

  private long[] hashes(String text) {
    long[][] out = {new long[16]};
    int[] size = {0};
    NgramHasher hasher =
        new NgramHasher(
            settings.n(),
            false,
            h -> {
              if (size[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], size[0] * 2);
              }
              out[0][size[0]++] = h;
            });
    hasher.text(text);
    hasher.endDocument();
    return Arrays.copyOf(out[0], size[0]);
  }

  /** The checked fields' texts, one word sequence: input, then choices, then target. */
  String text(Sample sample) {
    List<String> parts = new ArrayList<>();
    for (BenchmarkField field : settings.orderedFields()) {
      parts.addAll(field.texts(sample));
    }
    return String.join("\n", parts);
  }

  private void forEachSample(Consumer<Sample> action) {
    badRows = 0;
    try (SampleStream rows = Datasets.open(source.data())) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good good) {
          action.accept(source.view().apply(good.sample()));
        } else {
          badRows++;
        }
      }
    }
  }
}
