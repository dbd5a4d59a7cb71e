package io.aieval.core.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import io.aieval.core.spec.SpecException;
import io.aieval.core.task.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's samples as the contamination check reads them: what the model is shown and answers. */
class BenchmarkSourceTest {
  @TempDir Path dir;

  private static List<Sample> checked(BenchmarkSource source) {
    List<Sample> out = new ArrayList<>();
    try (SampleStream rows = Datasets.open(source.data())) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          out.add(source.view().apply(g.sample()));
        }
      }
    }
    return out;
  }

  @Test
  void gsm8kIsCheckedAsItsPromptAndItsWorkedAnswer() throws Exception {
    Path data = dir.resolve("test.jsonl");
    Files.writeString(
        data, "{\"question\":\"What is six times seven?\",\"answer\":\"6*7=42\\n#### 42\"}\n");
    BenchmarkSource source =
        BenchmarkSource.task(Tasks.catalog(List.of()).get("gsm8k"), data, null, null);
    Sample s = checked(source).get(0);
    // gsm8k.yaml: doc_to_text "Question: {{question}}\nAnswer:", doc_to_target "{{answer}}"
    assertThat(s.input()).isEqualTo("Question: What is six times seven?\nAnswer:");
    assertThat(s.target()).isEqualTo("6*7=42\n#### 42");
    assertThat(source.task()).isEqualTo("gsm8k");
  }

  @Test
  void mmluIsCheckedAsThePromptListingTheOptionsAndTheLetterAnswered() throws Exception {
    Path test = Files.createDirectories(dir.resolve("data/test"));
    Files.writeString(
        test.resolve("astronomy_test.csv"), "Largest planet?,Jupiter,Mars,Venus,Earth,A\n");
    BenchmarkSource source =
        BenchmarkSource.task(Tasks.catalog(List.of()).get("mmlu"), dir, "astronomy", null);
    Sample s = checked(source).get(0);
    // mmlu.yaml: the question, then "A. …" to "D. …", then "Answer:"; the choices are the letters
    assertThat(s.input())
        .isEqualTo("Largest planet?\nA. Jupiter\nB. Mars\nC. Venus\nD. Earth\nAnswer:");
    assertThat(s.choices()).containsExactly("A", "B", "C", "D");
    assertThat(s.target()).isEqualTo("A");
  }

  @Test
  void winograndeIsCheckedAsItsWholeSentenceItsDecontaminationQuery() throws Exception {
    Files.writeString(
        dir.resolve("dev.jsonl"),
        "{\"qID\": \"d1\", \"sentence\": \"The cup fell off the table because _ was wobbly.\","
            + " \"option1\": \"the cup\", \"option2\": \"the table\", \"answer\": \"2\"}\n");
    BenchmarkSource source =
        BenchmarkSource.task(Tasks.catalog(List.of()).get("winogrande"), dir, null, "dev");
    Sample s = checked(source).get(0);
    // winogrande.yaml: doc_to_decontamination_query "{{input}}", the sentence, as lm-eval's
    assertThat(s.input()).isEqualTo("The cup fell off the table because _ was wobbly.");
    assertThat(s.choices()).isEmpty();
    assertThat(s.target()).isEmpty();
  }

  @Test
  void aMultipleInputTaskWithoutAQueryIsCheckedAsItsRightChoiceContinued() throws Exception {
    Path task = dir.resolve("wino_plain.yaml");
    // winogrande without its decontamination query
    Files.writeString(
        task, "include: winogrande\ntask: wino_plain\ndoc_to_decontamination_query: null\n");
    Files.writeString(
        dir.resolve("dev.jsonl"),
        "{\"qID\": \"d1\", \"sentence\": \"The cup fell off the table because _ was wobbly.\","
            + " \"option1\": \"the cup\", \"option2\": \"the table\", \"answer\": \"2\"}\n");
    BenchmarkSource source = BenchmarkSource.task(Tasks.read(task), dir, null, "dev");
    assertThat(checked(source).get(0).input())
        .isEqualTo("The cup fell off the table because the table was wobbly.");
  }

  @Test
  void aTaskWithoutDataOrWithAWrongSplitSaysWhy() throws Exception {
    assertThatThrownBy(
            () -> BenchmarkSource.task(Tasks.catalog(List.of()).get("gsm8k"), null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gsm8k");
    assertThatThrownBy(
            () -> BenchmarkSource.task(Tasks.catalog(List.of()).get("mmlu"), dir, null, "training"))
        .isInstanceOf(SpecException.class);
  }
}
