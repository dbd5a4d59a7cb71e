package io.aieval.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.run.SampleOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderRunSourceTest {
  @TempDir Path dir;

  @Test
  void readsStepsHashesAndTheLastOutcomeOfEachSample() throws Exception {
    Files.writeString(
        dir.resolve("results.json"),
        """
        {"schema": "aieval.results/v1", "steps": [{"name": "qa",
          "metrics": [{"name": "exact_match", "value": 1.0}],
          "dataset": {"sha256": "d1"}, "prompt_template_sha256": "p1"}]}
        """);
    Files.write(
        dir.resolve("samples.jsonl"),
        List.of(
            "{\"step\":\"qa\",\"id\":\"1\",\"outcome\":\"failed\",\"error_kind\":\"timeout\"}",
            "{\"step\":\"qa\",\"id\":\"2\",\"outcome\":\"scored\",\"score\":0.0,\"extracted\":\"x\"}",
            "{\"step\":\"qa\",\"id\":\"1\",\"outcome\":\"scored\",\"score\":1.0,\"extracted\":\"y\"}",
            "{\"step\":\"qa\",\"id\":\"3\",\"outc"));
    ScoredRun run = RunSources.folder(dir).read();
    assertThat(run.label()).isEqualTo(dir.toString());
    StepScores qa = run.step("qa").orElseThrow();
    assertThat(qa.primary().name()).isEqualTo("exact_match");
    assertThat(qa.datasetSha256()).isEqualTo("d1");
    assertThat(qa.promptTemplateSha256()).isEqualTo("p1");
    assertThat(qa.outcomes())
        .containsExactly(
            java.util.Map.entry("2", new SampleOutcome.Scored(0.0, "x", null)),
            java.util.Map.entry("1", new SampleOutcome.Scored(1.0, "y", null)));
  }

  @Test
  void aFolderWithoutResultsIsRefusedByName() {
    assertThatThrownBy(() -> RunSources.folder(dir).read())
        .isInstanceOf(RunSourceException.class)
        .hasMessageContaining("results.json");
    assertThatThrownBy(() -> RunSources.folder(dir.resolve("nope")).read())
        .isInstanceOf(RunSourceException.class)
        .extracting(e -> ((RunSourceException) e).source())
        .isEqualTo(dir.resolve("nope").toString());
  }
}
