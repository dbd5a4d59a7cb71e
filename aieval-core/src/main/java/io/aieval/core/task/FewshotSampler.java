package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks a document's few-shot examples as lm-evaluation-harness's samplers do. Its {@code first_n}
 * takes the first documents of the pool; its default sampler ({@code random} here) draws {@code
 * rnd.sample(pool, n)} from one {@code random.Random(seed)} per task, consumed once per document in
 * evaluation order, so the document at position {@code i} gets the generator's {@code i}-th draw.
 * When the examples come from the evaluated split, one more is drawn; either way the document
 * itself is dropped from the draw and the first {@code num_fewshot} left are its examples.
 *
 * <p>Draws are kept by position, not by call, so a document gets the same examples however often,
 * in whatever order and from however many threads it is asked for, and on {@code --resume}. Thread
 * safe.
 */
final class FewshotSampler {
  private final List<Sample> pool;
  private final int count;
  private final int drawn;
  private final Map<String, Integer> positions;
  private final PythonRandom random; // null for first_n; guarded by this
  private final List<int[]> draws = new ArrayList<>(); // the draws of positions 0…, guarded by this

  /**
   * @param pool the few-shot documents, in their data set's order
   * @param config {@code num_fewshot} (its count), the sampler and the seed
   * @param drawExtra draw {@code num_fewshot + 1}, as lm-eval does when its few-shot split is its
   *     evaluated split
   * @param positions for the {@code random} sampler: each evaluated document's id and its position
   *     in evaluation order
   * @throws IllegalArgumentException when the pool has fewer documents than are drawn
   */
  FewshotSampler(
      List<Sample> pool,
      TaskDefinition.Fewshot config,
      boolean drawExtra,
      Map<String, Integer> positions) {
    this.pool = List.copyOf(pool);
    this.count = config.count();
    this.drawn = count == 0 ? 0 : count + (drawExtra ? 1 : 0);
    this.positions = Map.copyOf(positions);
    this.random = config.random() ? new PythonRandom(config.seed()) : null;
    if (drawn > this.pool.size()) {
      throw new IllegalArgumentException(
          Messages.get(
              "task.fewshotTooFew", String.valueOf(drawn), String.valueOf(this.pool.size())));
    }
  }

  /** A sampler of no examples. */
  static FewshotSampler none() {
    return new FewshotSampler(
        List.of(), new TaskDefinition.Fewshot(0, "first_n", 0, null, null, null), false, Map.of());
  }

  /**
   * The examples of {@code doc}, in the order they are shown.
   *
   * @throws IllegalArgumentException when the sampler is {@code random} and {@code doc} is not one
   *     of the evaluated documents
   */
  List<Sample> examples(Sample doc) {
    if (count == 0) {
      return List.of();
    }
    List<Sample> out = new ArrayList<>(count);
    for (int i : picks(doc)) {
      Sample s = pool.get(i);
      if (out.size() < count && !sameDocument(s, doc)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private int[] picks(Sample doc) {
    if (random == null) {
      int[] first = new int[drawn];
      for (int i = 0; i < drawn; i++) {
        first[i] = i;
      }
      return first;
    }
    Integer position = positions.get(doc.id());
    if (position == null) {
      throw new IllegalArgumentException(Messages.get("task.fewshotUnknownDoc", doc.id()));
    }
    return draw(position);
  }

  /** The draw of the document at {@code position}: the generator's draws up to it, made once. */
  private synchronized int[] draw(int position) {
    while (draws.size() <= position) {
      draws.add(random.sample(pool.size(), drawn));
    }
    return draws.get(position);
  }

  /**
   * lm-eval's {@code x != doc}: documents are the same when their contents are, whatever their ids
   * (which lm-eval's documents do not have unless their data set does).
   */
  private static boolean sameDocument(Sample a, Sample b) {
    return a.input().equals(b.input())
        && a.choices().equals(b.choices())
        && a.target().equals(b.target())
        && a.metadata().equals(b.metadata());
  }
}
