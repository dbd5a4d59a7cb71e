package io.aieval.cli;

import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.compare.CompareSettings;
import io.aieval.core.compare.Comparisons;
import io.aieval.core.compare.RunComparison;
import io.aieval.core.compare.ScoredRun;
import io.aieval.core.compare.StepMetric;
import io.aieval.core.compare.StepScores;
import io.aieval.core.score.Bootstrap;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.PredictionMetrics;
import io.aieval.core.score.SavedPrediction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aieval bench compare}: the time {@code aieval compare} takes on a BLEU step, from the
 * samples' stored inputs to the paired bootstrap, on two generated runs of random 20-word
 * translations, one of which changes a word of every other sample.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareBench implements Callable<Integer> {
  private static final String METRIC = "bleu,none";

  @Option(names = "--samples", defaultValue = "10000", descriptionKey = "bench.compare.samples")
  int samples;

  @Option(names = "--bootstrap-iters", defaultValue = "1000", descriptionKey = "bootstrap.iters")
  int iterations;

  @Option(names = "--repeat", defaultValue = "3", descriptionKey = "bench.repeat")
  int repeat;

  @Override
  public Integer call() {
    CorpusMetric<?> bleu = (CorpusMetric<?>) PredictionMetrics.named("bleu", Map.of());
    List<ScoredRun> runs = runs(bleu);
    CompareSettings settings = new CompareSettings(new Bootstrap(iterations, 1234), 0);
    System.out.println(
        Text.get("bench.compare.header", Integer.toString(samples), Integer.toString(iterations)));
    List<String[]> table = new ArrayList<>();
    table.add(
        new String[] {
          Text.get("bench.cont.col.run"),
          Text.get("bench.compare.col.seconds"),
          Text.get("bench.compare.col.cpu"),
          Text.get("bench.compare.col.difference")
        });
    double[] seconds = new double[repeat];
    // CPU time of this thread too: on a busy machine the wall clock measures the neighbours
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < repeat; r++) {
      long start = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      RunComparison c = Comparisons.compare(runs.get(0), runs.get(1), settings);
      seconds[r] = (System.nanoTime() - start) / 1e9;
      table.add(
          new String[] {
            Integer.toString(r + 1),
            format("%.2f", seconds[r]),
            format("%.2f", (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9),
            c.steps().isEmpty() ? "—" : format("%+.4f", c.steps().get(0).difference().difference())
          });
    }
    System.out.print(SummaryTable.table(table));
    Arrays.sort(seconds);
    System.out.println(Text.get("bench.compare.median", format("%.2f", seconds[repeat / 2])));
    return Main.OK;
  }

  /** A baseline and a candidate whose every other sample has one word changed. */
  private List<ScoredRun> runs(CorpusMetric<?> bleu) {
    SplittableRandom random = new SplittableRandom(1);
    Map<String, SampleOutcome> a = new LinkedHashMap<>();
    Map<String, SampleOutcome> b = new LinkedHashMap<>();
    for (int i = 0; i < samples; i++) {
      String[] words = new String[20];
      for (int w = 0; w < words.length; w++) {
        words[w] = "w" + random.nextInt(5000);
      }
      String reference = String.join(" ", words);
      String hypothesis = reference.replaceFirst("^w\\d+", "x");
      String id = "s" + i;
      a.put(id, outcome(hypothesis, reference));
      b.put(id, outcome(i % 2 == 0 ? reference : hypothesis, reference));
    }
    List<ScoredRun> runs = new ArrayList<>();
    for (Map<String, SampleOutcome> outcomes : List.of(a, b)) {
      // the figure the run would have reported, which compare checks before comparing
      StepMetric metric = new StepMetric(METRIC, figure(bleu, outcomes), bleu);
      runs.add(
          new ScoredRun(
              "bench", List.of(new StepScores("mt", List.of(metric), null, null, outcomes))));
    }
    return runs;
  }

  private static SampleOutcome outcome(String hypothesis, String reference) {
    CorpusInput input = new CorpusInput(hypothesis, List.of(reference));
    return new SampleOutcome.Scored(0, hypothesis, null, Map.of(), Map.of(METRIC, input));
  }

  private static <T> double figure(CorpusMetric<T> metric, Map<String, SampleOutcome> outcomes) {
    List<T> items = new ArrayList<>();
    outcomes.forEach(
        (id, o) ->
            items.add(
                metric.item(
                    SavedPrediction.ofCorpus(
                        id, ((SampleOutcome.Scored) o).corpus().get(METRIC)))));
    return metric.aggregate(items);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
