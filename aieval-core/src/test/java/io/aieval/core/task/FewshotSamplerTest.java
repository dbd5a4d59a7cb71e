package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The examples lm-evaluation-harness's samplers pick. Expected indices were printed by CPython 3.11
 * on this machine with lm-eval's sampling retyped: one {@code random.Random(1234)}, one {@code
 * sample} per document in evaluation order, {@code n + 1} drawn when the examples come from the
 * evaluated split, then {@code [x for x in drawn if x != doc][:n]}.
 */
class FewshotSamplerTest {

  private static List<Sample> docs(String prefix, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new Sample(prefix + i, prefix + " question " + i, List.of(), "a" + i, null))
        .toList();
  }

  private static Map<String, Integer> positions(List<Sample> evaluated) {
    Map<String, Integer> p = new HashMap<>();
    for (int i = 0; i < evaluated.size(); i++) {
      p.put(evaluated.get(i).id(), i);
    }
    return p;
  }

  private static TaskDefinition.Fewshot config(int n, String sampler) {
    return new TaskDefinition.Fewshot(n, sampler, 1234, null, null, null);
  }

  private static List<String> ids(List<Sample> samples) {
    return samples.stream().map(Sample::id).toList();
  }

  // r=random.Random(1234); print([r.sample(range(10), 3) for _ in range(5)])
  // -> [[7, 1, 0], [1, 0, 9], [1, 5, 3], [0, 9, 8], [5, 7, 8]]
  @Test
  void randomExamplesFromAnotherSplitAreThoseOfOneGeneratorDrawnOncePerDocument() {
    List<Sample> train = docs("t", 10);
    List<Sample> test = docs("e", 5);
    FewshotSampler s = new FewshotSampler(train, config(3, "random"), false, positions(test));
    List<List<String>> got = test.stream().map(d -> ids(s.examples(d))).toList();
    assertThat(got)
        .containsExactly(
            List.of("t7", "t1", "t0"),
            List.of("t1", "t0", "t9"),
            List.of("t1", "t5", "t3"),
            List.of("t0", "t9", "t8"),
            List.of("t5", "t7", "t8"));
  }

  // r=random.Random(1234)
  // for i in range(10): s=r.sample(range(10), 3); print(s, [x for x in s if x != i][:2])
  // -> [7,1,0] [7,1]; [1,0,9] [0,9]; [1,5,3] [1,5]; [0,9,8] [0,9]; [5,7,8] [5,7];
  //    [2,1,9] [2,1]; [1,0,7] [1,0]; [3,1,7] [3,1]; [1,9,0] [1,9]; [4,8,1] [4,8]
  @Test
  void fromTheEvaluatedSplitOneMoreIsDrawnAndTheDocumentItselfDropped() {
    List<Sample> test = docs("e", 10);
    FewshotSampler s = new FewshotSampler(test, config(2, "random"), true, positions(test));
    int[][] expected = {
      {7, 1}, {0, 9}, {1, 5}, {0, 9}, {5, 7}, {2, 1}, {1, 0}, {3, 1}, {1, 9}, {4, 8}
    };
    for (int i = 0; i < expected.length; i++) {
      assertThat(ids(s.examples(test.get(i))))
          .as("document %d", i)
          .containsExactly("e" + expected[i][0], "e" + expected[i][1]);
    }
  }

  @Test
  void aDocumentGetsItsPositionsDrawInAnyOrderFromAnyThreadAndOnResume() throws Exception {
    List<Sample> test = docs("e", 10);
    List<List<String>> inOrder = new ArrayList<>();
    FewshotSampler first = new FewshotSampler(test, config(2, "random"), true, positions(test));
    test.forEach(d -> inOrder.add(ids(first.examples(d))));

    // a resumed run asks only for the documents not done, starting at 8; then again at 1
    FewshotSampler resumed = new FewshotSampler(test, config(2, "random"), true, positions(test));
    assertThat(ids(resumed.examples(test.get(8))))
        .isEqualTo(inOrder.get(8))
        .containsExactly("e1", "e9");
    assertThat(ids(resumed.examples(test.get(1)))).isEqualTo(inOrder.get(1));

    FewshotSampler shared = new FewshotSampler(test, config(2, "random"), true, positions(test));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (int i = test.size() - 1; i >= 0; i--) {
          Sample d = test.get(i);
          futures.add(pool.submit(() -> ids(shared.examples(d))));
        }
      }
      for (int f = 0; f < futures.size(); f++) {
        int doc = test.size() - 1 - f % test.size();
        assertThat(futures.get(f).get()).isEqualTo(inOrder.get(doc));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void firstNTakesTheFirstDocumentsAndFromTheEvaluatedSplitSkipsTheDocumentItself() {
    List<Sample> dev = docs("d", 5);
    FewshotSampler other = new FewshotSampler(dev, config(2, "first_n"), false, Map.of());
    assertThat(ids(other.examples(docs("e", 1).get(0)))).containsExactly("d0", "d1");
    FewshotSampler same = new FewshotSampler(dev, config(2, "first_n"), true, Map.of());
    assertThat(ids(same.examples(dev.get(0)))).containsExactly("d1", "d2");
    assertThat(ids(same.examples(dev.get(1)))).containsExactly("d0", "d2");
    assertThat(ids(same.examples(dev.get(4)))).containsExactly("d0", "d1");
  }

  @Test
  void aDocumentEqualInContentIsDroppedAsLmEvalComparesDocuments() {
    // lm-eval compares the documents themselves (x != doc), not ids it does not have
    Sample doc = new Sample("test-3", "same question", List.of(), "a", null);
    List<Sample> dev = List.of(new Sample("dev-0", "same question", List.of(), "a", null));
    List<Sample> pool = new ArrayList<>(dev);
    pool.addAll(docs("d", 2));
    FewshotSampler s = new FewshotSampler(pool, config(2, "first_n"), false, Map.of());
    assertThat(ids(s.examples(doc))).containsExactly("d0");
  }

  @Test
  void drawingMoreThanThePoolHoldsFailsAsPythonsSampleDoes() {
    assertThatThrownBy(() -> new FewshotSampler(docs("d", 2), config(2, "random"), true, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3")
        .hasMessageContaining("2");
    assertThat(new FewshotSampler(docs("d", 2), config(2, "random"), false, Map.of())).isNotNull();
  }

  @Test
  void aDocumentOutsideTheEvaluatedDataHasNoRandomDraw() {
    FewshotSampler s =
        new FewshotSampler(docs("d", 4), config(1, "random"), false, positions(docs("e", 2)));
    assertThatThrownBy(() -> s.examples(docs("x", 1).get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x0");
  }
}
