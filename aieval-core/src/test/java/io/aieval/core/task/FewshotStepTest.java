package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.data.Sample;
import io.aieval.api.model.Prompt;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.SampleStream;
import io.aieval.core.run.Planner;
import io.aieval.core.spec.EvalSpec;
import io.aieval.core.spec.SpecException;
import io.aieval.core.step.StepPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task step's prompts over made-up files: the few-shot examples lm-evaluation-harness would pick
 * for each document, and C-Eval's question stripped as lm-eval strips it.
 */
class FewshotStepTest {
  @TempDir Path dir;

  private void jsonl(String name, String prefix, int n) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(
          "{\"id\":\""
              + prefix
              + i
              + "\",\"question\":\""
              + prefix
              + "q"
              + i
              + "\",\"answer\":\""
              + prefix
              + "a"
              + i
              + "\"}");
    }
    Files.write(dir.resolve(name), lines);
  }

  private EvalSpec spec(String fewshotConfig, String stepOptions) throws Exception {
    Files.writeString(
        dir.resolve("fs.yaml"),
        "task: fs\ndataset: {path: test.jsonl}\ndoc_to_text: \"{{question}}=\"\n"
            + "doc_to_target: \"{{answer}}\"\nnum_fewshot: 2\n"
            + fewshotConfig);
    String yaml =
        "model: {provider: sim, api: completions}\nsteps:\n  - {type: task, file: fs.yaml"
            + stepOptions
            + "}\n";
    return Planner.loader(k -> null).parse(yaml, false, "t", dir);
  }

  private static StepPlan plan(EvalSpec spec) {
    return new TaskStep().plan(spec.steps().get(0), spec.model());
  }

  private static List<Sample> evaluated(StepPlan plan) {
    List<Sample> out = new ArrayList<>();
    try (SampleStream rows = Datasets.open(plan.source())) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          out.add(g.sample());
        }
      }
    }
    return out;
  }

  private static String context(StepPlan plan, Sample s) {
    return ((Prompt.Text) plan.task().calls(s).prompt()).text();
  }

  private static String shots(String prefix, int a, int b, int doc) {
    return prefix + "q" + a + "= " + prefix + "a" + a + "\n\n" + prefix + "q" + b + "= " + prefix
        + "a" + b + "\n\neq" + doc + "=";
  }

  // python3: r=random.Random(1234); print([r.sample(range(8), 2) for _ in range(6)])
  // -> [[7, 0], [0, 7], [0, 5], [1, 0], [5, 1], [0, 7]]: the draws of documents 0 to 5
  @Test
  void randomExamplesFromAnotherFileFollowTheDocumentsPositionsInAnyOrder() throws Exception {
    jsonl("test.jsonl", "e", 6);
    jsonl("train.jsonl", "t", 8);
    StepPlan plan =
        plan(spec("fewshot_config: {sampler: random, dataset: {path: train.jsonl}}\n", ""));
    List<Sample> docs = evaluated(plan);
    int[][] draws = {{7, 0}, {0, 7}, {0, 5}, {1, 0}, {5, 1}, {0, 7}};
    for (int i = docs.size() - 1; i >= 0; i--) {
      assertThat(context(plan, docs.get(i)))
          .as("document %d", i)
          .isEqualTo(shots("t", draws[i][0], draws[i][1], i));
    }
  }

  // python3: r=random.Random(1234)
  // for i in range(6): s=r.sample(range(6), 3); print([x for x in s if x != i][:2])
  // -> [3, 4], [0, 4], [5, 0], [2, 1], [0, 5], [4, 3]
  @Test
  void fromTheEvaluatedFileItselfOneMoreIsDrawnAndTheDocumentDropped() throws Exception {
    jsonl("test.jsonl", "e", 6);
    StepPlan plan = plan(spec("", ", limit: 6"));
    List<Sample> docs = evaluated(plan);
    int[][] kept = {{3, 4}, {0, 4}, {5, 0}, {2, 1}, {0, 5}, {4, 3}};
    for (int i = 0; i < docs.size(); i++) {
      assertThat(context(plan, docs.get(i)))
          .as("document %d", i)
          .isEqualTo(shots("e", kept[i][0], kept[i][1], i));
    }
  }

  @Test
  void documentsPastTheLimitAreNotEvaluatedSoHaveNoDraw() throws Exception {
    jsonl("test.jsonl", "e", 6);
    StepPlan plan = plan(spec("", ", limit: 3"));
    List<Sample> docs = evaluated(plan);
    assertThat(context(plan, docs.get(2))).isEqualTo(shots("e", 5, 0, 2));
    assertThatThrownBy(() -> context(plan, docs.get(3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tooFewFewshotDocumentsAreReportedWhenTheSpecIsRead() throws Exception {
    jsonl("test.jsonl", "e", 6);
    // six documents: six examples plus the document itself cannot be drawn from them, as Python's
    // sample(population, 7) raises ValueError on a population of six
    assertThatThrownBy(() -> spec("", ", num_fewshot: 6"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("steps[0]")
        .hasMessageContaining("7 few-shot examples")
        .hasMessageContaining("has 6");
  }

  @Test
  void cevalStripsAFullWidthSpaceAsLmEvalsQuestionStripDoes() throws Exception {
    Path data = dir.resolve("ceval");
    Files.createDirectories(data.resolve("dev"));
    Files.createDirectories(data.resolve("val"));
    Files.writeString(
        data.resolve("dev/computer_network_dev.csv"),
        "id,question,A,B,C,D,answer,explanation\n0,网线用什么连接？\u3000,胶水,水晶头,绳子,磁铁,B,常识\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("val/computer_network_val.csv"),
        "id,question,A,B,C,D,answer\n0,\u3000路由器工作在哪一层？\u3000,网络层,物理层,应用层,会话层,A\n",
        StandardCharsets.UTF_8);
    EvalSpec spec =
        Planner.loader(k -> null)
            .parse(
                "model: {provider: sim, api: completions}\nsteps:\n"
                    + "  - {type: task, task: ceval, num_fewshot: 1, dataset: {path: ceval}}\n",
                false,
                "t",
                dir);
    StepPlan plan = plan(spec);
    // lm-eval's _default_ceval_yaml: description, then "{{question.strip()}}\nA. {{A}}\n…答案："
    // for the dev example with " {{answer}}" and "\n\n", then the document; Python's strip()
    // removes U+3000 (str.isspace), so neither question keeps it
    assertThat(context(plan, evaluated(plan).get(0)))
        .isEqualTo(
            "以下是中国关于计算机网络的单项选择题，请选出其中的正确答案。\n\n"
                + "网线用什么连接？\nA. 胶水\nB. 水晶头\nC. 绳子\nD. 磁铁\n答案： B\n\n"
                + "路由器工作在哪一层？\nA. 网络层\nB. 物理层\nC. 应用层\nD. 会话层\n答案：");
  }
}
