package io.aieval.core.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.run.SampleOutcome;
import io.aieval.core.compare.ScoredRun;
import io.aieval.core.compare.StepMetric;
import io.aieval.core.compare.StepScores;
import io.aieval.core.data.DatasetSource;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small benchmark against corpora with overlaps planted by hand. */
class ContaminationTest {
  @TempDir Path dir;
  private DatasetSource benchmark;

  @BeforeEach
  void files() throws Exception {
    Path bench = dir.resolve("bench.jsonl");
    Files.write(
        bench,
        List.of(
            json(
                "fox", "The quick brown fox jumps over the lazy dog near the old river bank.", "x"),
            json(
                "greek",
                "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu",
                "y"),
            json("short", "What is 2+2?", "4"),
            json(
                "answer",
                "Name it.",
                "The treaty was signed in the small town of Westphalia in sixteen forty-eight"),
            json("poem", "床前明月光疑是地上霜举头望明月低头思故乡", "李白"),
            json(
                "lines",
                "one two three four five six seven eight nine ten eleven twelve thirteen",
                "z")));
    benchmark = DatasetSource.of(bench);
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // 13 words of "fox" across case, commas, quotes and a dash token; 12 words of "greek" only.
    Files.writeString(
        corpus.resolve("web.txt"),
        "Some text. THE QUICK, brown fox -- jumps over the 'lazy' dog near the old River! more\n"
            + "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu omega\n"
            + "one two three four five six seven\neight nine ten eleven twelve thirteen\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("books.jsonl.gz")))) {
      out.write(
          ("{\"id\": 1, \"text\": \"... the Treaty was signed in the small town of Westphalia"
                  + " in sixteen forty-eight ...\"}\nnot json\n\n"
                  + "{\"meta\": {\"text\": \"nested is not the field\"}}\n"
                  + "{\"text\": \"唐诗：床前明月光，疑是地上霜。举头望明月。\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String json(String id, String input, String target) {
    return "{\"id\":\"" + id + "\",\"input\":\"" + input + "\",\"target\":\"" + target + "\"}";
  }

  private ContaminationReport check(ContaminationSettings settings) {
    return Contamination.check(benchmark, List.of(dir.resolve("corpus")), settings);
  }

  @Test
  void plantedThirteenGramsAreFoundAcrossCasePunctuationGzipAndJsonl() {
    ContaminationReport r = check(ContaminationSettings.defaults());
    assertThat(r.dirty())
        .containsExactly(
            new DirtySample(
                "fox", "the quick brown fox jumps over the lazy dog near the old river"),
            new DirtySample(
                "answer",
                "the treaty was signed in the small town of westphalia in sixteen fortyeight"),
            new DirtySample("poem", "床 前 明 月 光 疑 是 地 上 霜 举 头 望"),
            new DirtySample(
                "lines",
                "one two three four five six seven eight nine ten eleven twelve thirteen"));
    assertThat(r.samples()).isEqualTo(6);
    assertThat(r.clean()).isEqualTo(2);
    assertThat(r.tooShort()).isEqualTo(1);
    assertThat(r.corpus().files()).isEqualTo(2);
    assertThat(r.corpus().badLines()).isEqualTo(2);
    assertThat(r.corpus().documents()).isEqualTo(3);
    assertThat(r.benchmarkSha256()).hasSize(64);
  }

  @Test
  void lineDocumentsAndFieldChoiceNarrowTheCheck() {
    ContaminationReport r =
        check(new ContaminationSettings(13, EnumSet.of(BenchmarkField.INPUT), "text", true));
    assertThat(r.dirty()).extracting(DirtySample::id).containsExactly("fox", "poem");
  }

  @Test
  void aMissingCorpusIsRefusedByPath() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(
            () ->
                Contamination.check(benchmark, List.of(missing), ContaminationSettings.defaults()))
        .isInstanceOf(CorpusException.class)
        .extracting(e -> ((CorpusException) e).path())
        .isEqualTo(missing);
  }

  @Test
  void cleanSubsetMetricsMatchAHandCount() {
    ContaminationReport r = check(ContaminationSettings.defaults());
    Map<String, SampleOutcome> outcomes = new LinkedHashMap<>();
    outcomes.put("fox", scored(1));
    outcomes.put("greek", scored(0));
    outcomes.put("short", scored(1));
    outcomes.put("answer", scored(1));
    outcomes.put("poem", scored(0));
    outcomes.put("lines", new SampleOutcome.Failed("timeout", "no answer", 3));
    ScoredRun run =
        new ScoredRun(
            "run",
            List.of(
                new StepScores(
                    "qa",
                    List.of(StepMetric.mean("acc", Double.NaN)),
                    r.benchmarkSha256(),
                    "p",
                    outcomes)));
    CleanSubset subset = CleanSubset.of(run, r);
    assertThat(subset.matchedByDataset()).isTrue();
    CleanSubset.StepSubset qa = subset.steps().get(0);
    // All: 3 of 5 scored; sd = √(0.3) → s.e. √0.3/√5. Clean: greek 0, short 1 → 0.5 ± 0.5.
    assertThat(qa.all().value()).isEqualTo(0.6);
    assertThat(qa.all().stderr())
        .isCloseTo(Math.sqrt(0.3 / 5), org.assertj.core.data.Offset.offset(1e-15));
    assertThat(qa.all().count()).isEqualTo(5);
    assertThat(qa.clean().value()).isEqualTo(0.5);
    assertThat(qa.clean().stderr()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(qa.clean().ciLow()).isZero();
    assertThat(qa.clean().ciHigh()).isEqualTo(1.0);
    assertThat(qa.dirtyScored()).isEqualTo(3);
    ScoredRun other =
        new ScoredRun(
            "run",
            List.of(
                new StepScores(
                    "qa", List.of(StepMetric.mean("acc", Double.NaN)), "other", "p", outcomes)));
    assertThat(CleanSubset.of(other, r).matchedByDataset()).isFalse();
  }

  private static SampleOutcome scored(double v) {
    return new SampleOutcome.Scored(v, null, null);
  }
}
