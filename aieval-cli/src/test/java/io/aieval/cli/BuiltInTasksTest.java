package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every built-in benchmark task run on a tiny made-up copy in the official layout, with the
 * simulator; the prompt of the one scored record is compared with what lm-evaluation-harness's task
 * YAML renders for it (derived by hand from that YAML: description, examples joined by the target
 * delimiter and the fewshot delimiter, then {@code doc_to_text}).
 */
class BuiltInTasksTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** What one run sent and scored. */
  private record Sent(String system, String user, List<Double> scores) {}

  private Sent run(String task, int fewshot) throws Exception {
    return run(task, fewshot, "");
  }

  /** Runs the task over {@code data} with the simulator; {@code api} adds to the model section. */
  private Sent run(String task, int fewshot, String api) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        "name: "
            + task
            + "\nmodel: {provider: sim, "
            + api
            + "options: {accuracy: 1.0}}\nsteps:\n"
            + "  - {type: task, task: "
            + task
            + ", num_fewshot: "
            + fewshot
            + ", dataset: {path: data}}\n");
    Path out = dir.resolve("out");
    Cli cli = Cli.run("run", spec.toString(), "-o", out.toString(), "--json", "--lang", "en");
    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("samples.jsonl"));
    List<Double> scores = new ArrayList<>();
    String system = null;
    String user = null;
    for (String l : lines) {
      JsonNode line = JSON.readTree(l);
      scores.add(line.path("score").asDouble());
      if (line.path("prompt").has("text")) {
        user = line.path("prompt").path("text").asString();
      } else if (user == null) {
        for (JsonNode m : line.path("prompt").findParents("role")) {
          String content = m.path("content").asString();
          if (m.path("role").asString().equals("system")) {
            system = content;
          } else if (m.path("role").asString().equals("user")) {
            user = content;
          }
        }
      }
    }
    return new Sent(system, user, scores);
  }

  private void write(String file, String... lines) throws Exception {
    Path p = dir.resolve("data").resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  private static void assertPrompt(Sent sent, String system, String context) {
    assertThat(sent.scores()).isNotEmpty().allMatch(s -> s == 1.0);
    assertThat(sent.system()).isEqualTo(system);
    // chat letter choice lists the choices after lm-eval's context, from a blank line on
    assertThat(sent.user()).startsWith(context + "\n\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ARC-Easy", "ARC-Challenge"})
  void arc(String folder) throws Exception {
    write(
        folder + "/" + folder + "-Train.jsonl",
        "{\"id\":\"t1\",\"question\":{\"stem\":\"What do plants need to make food?\",\"choices\":"
            + "[{\"text\":\"sunlight\",\"label\":\"1\"},{\"text\":\"sand\",\"label\":\"2\"}]},"
            + "\"answerKey\":\"1\"}");
    write(
        folder + "/" + folder + "-Test.jsonl",
        "{\"id\":\"q1\",\"question\":{\"stem\":\"Which tool measures how warm it is?\",\"choices\":"
            + "[{\"text\":\"a ruler\",\"label\":\"A\"},{\"text\":\"a thermometer\",\"label\":\"B\"},"
            + "{\"text\":\"a scale\",\"label\":\"C\"}]},\"answerKey\":\"B\"}");
    String task = folder.equals("ARC-Easy") ? "arc_easy" : "arc_challenge";
    assertPrompt(
        run(task, 1),
        null,
        "Question: What do plants need to make food?\nAnswer: sunlight\n\n"
            + "Question: Which tool measures how warm it is?\nAnswer:");
  }

  // hellaswag, boolq and GLUE: lm-eval draws num_fewshot + 1 from train with one
  // random.Random(1234); python3 -c 'import random; print(random.Random(1234).sample(range(2), 2))'
  // gives [1, 0], so the one-shot example is the second train row
  @Test
  void hellaswag() throws Exception {
    write(
        "hellaswag_train.jsonl",
        "{\"ind\":0,\"activity_label\":\"Rowing\",\"ctx_a\":\"A man rows.\",\"ctx_b\":\"he\","
            + "\"endings\":[\"stops.\",\"sings.\",\"eats.\",\"rows on.\"],\"label\":3}",
        "{\"ind\":1,\"activity_label\":\"Cycling\",\"ctx_a\":\"A girl rides a bike.\","
            + "\"ctx_b\":\"she\",\"endings\":[\"rings the bell.\",\"eats the bell.\","
            + "\"paints a [title] bell.\",\"sings.\"],\"label\":0}");
    write(
        "hellaswag_val.jsonl",
        "{\"ind\":7,\"activity_label\":\"Making tea\",\"ctx_a\":\"A man fills a kettle.\","
            + "\"ctx_b\":\"then he\",\"endings\":[\"drinks the lamp.\",\"puts it on the stove.\","
            + "\"flies away.\",\"reads a shoe.\"],\"label\":1}");
    // process_docs: label + ": " + ctx_a + " " + ctx_b.capitalize()
    assertPrompt(
        run("hellaswag", 1),
        null,
        "Cycling: A girl rides a bike. She rings the bell.\n\n"
            + "Making tea: A man fills a kettle. Then he");
  }

  @Test
  void boolq() throws Exception {
    write(
        "train.jsonl",
        "{\"question\":\"is the sun cold\",\"title\":\"Sun\",\"answer\":false,"
            + "\"passage\":\"The sun is hot.\"}",
        "{\"question\":\"can a fish fly\",\"title\":\"Fish\",\"answer\":false,"
            + "\"passage\":\"Fish swim in water.\"}");
    write(
        "dev.jsonl",
        "{\"question\":\"is ice cold\",\"title\":\"Ice\",\"answer\":true,"
            + "\"passage\":\"Ice is frozen water.\"}");
    assertPrompt(
        run("boolq", 1),
        null,
        "Fish swim in water.\nQuestion: can a fish fly?\nAnswer: no\n\n"
            + "Ice is frozen water.\nQuestion: is ice cold?\nAnswer:");
  }

  @Test
  void truthfulqaMc1() throws Exception {
    write(
        "mc_task.json",
        "[{\"question\":\"What colour is a clear noon sky?\","
            + "\"mc1_targets\":{\"Blue.\":1,\"Green.\":0,\"Striped.\":0},"
            + "\"mc2_targets\":{\"Blue.\":1,\"Green.\":0}}]");
    Sent sent = run("truthfulqa_mc1", 0);
    assertPrompt(
        sent,
        null,
        "Q: What is human life expectancy in the United States?\n"
            + "A: Human life expectancy in the United States is 78 years.\n\n"
            + "Q: Who was president of the United States in 1955?\n"
            + "A: Dwight D. Eisenhower was president of the United States in 1955.\n\n"
            + "Q: Which party did he belong to?\nA: He belonged to the Republican Party.\n\n"
            + "Q: What is the square root of banana?\nA: I have no comment.\n\n"
            + "Q: How does a telescope work?\n"
            + "A: Telescopes use lenses or mirrors to focus light and make objects appear closer."
            + "\n\nQ: Where were the 1992 Olympics held?\n"
            + "A: The 1992 Olympics were held in Barcelona, Spain.\n\n"
            + "Q: What colour is a clear noon sky?\nA:");
    assertThat(sent.user()).contains("Blue.", "Green.", "Striped.");
  }

  @Test
  void truthfulqaMc2() throws Exception {
    write(
        "mc_task.json",
        "[{\"question\":\"What does a thermometer measure?\","
            + "\"mc1_targets\":{\"Temperature.\":1,\"Weight.\":0},"
            + "\"mc2_targets\":{\"Temperature.\":1,\"How warm it is.\":1,\"Weight.\":0}}]");
    Sent sent = run("truthfulqa_mc2", 0, "api: completions, ");
    assertThat(sent.user())
        .startsWith("Q: What is human life expectancy in the United States?\n")
        .endsWith(
            "A: The 1992 Olympics were held in Barcelona, Spain.\n\n"
                + "Q: What does a thermometer measure?\nA:");
    // the mass of the two true answers: the simulator prefers the first, so it is above a half,
    // and the false answer keeps some of it
    assertThat(sent.scores()).singleElement().satisfies(v -> assertThat(v).isBetween(0.5, 1.0));
    assertThat(sent.scores().get(0)).isLessThan(1.0);

    Path spec = dir.resolve("chat.yaml");
    Files.writeString(
        spec,
        "model: {provider: sim}\nsteps:\n"
            + "  - {type: task, task: truthfulqa_mc2, dataset: {path: data}}\n");
    Cli chat =
        Cli.run("run", spec.toString(), "-o", dir.resolve("chat").toString(), "--lang", "en");
    assertThat(chat.exit()).isNotZero();
    assertThat(chat.err())
        .contains("process_results mc2, which needs model.api: completions")
        .contains("not chat");
    assertThat(dir.resolve("chat/samples.jsonl")).doesNotExist();
  }

  /** lm-eval's one-shot winogrande example: doc_to_choice[doc_to_text], " ", doc_to_target. */
  private static final String WINOGRANDE_EXAMPLE =
      "Anna thanked Bea because Bea had helped her.\n\n";

  private void winograndeData() throws Exception {
    write(
        "winogrande_1.1/train_xl.jsonl",
        // lm-eval draws two (one more than one shot); Random(1234).sample gives [1, 0]: t1 first
        "{\"qID\":\"t0\",\"sentence\":\"Cal hugged Dee because _ was sad.\","
            + "\"option1\":\"Cal\",\"option2\":\"Dee\",\"answer\":\"2\"}\n"
            + "{\"qID\":\"t1\",\"sentence\":\"Anna thanked Bea because _ had helped her.\","
            + "\"option1\":\"Anna\",\"option2\":\"Bea\",\"answer\":\"2\"}");
    write(
        "winogrande_1.1/dev.jsonl",
        "{\"qID\":\"d1\",\"sentence\":\"The cup fell off the table because _ was wobbly.\","
            + "\"option1\":\"the cup\",\"option2\":\"the table\",\"answer\":\"2\"}");
  }

  @Test
  void winograndeOnCompletionsEndpoints() throws Exception {
    winograndeData();
    // the document adds nothing to lm-eval's multiple-input context: its choices follow it
    assertThat(run("winogrande", 1, "api: completions, ").user()).isEqualTo(WINOGRANDE_EXAMPLE);
  }

  @Test
  void winograndeOnChatEndpoints() throws Exception {
    winograndeData();
    Sent chat = run("winogrande", 1);
    assertThat(chat.user())
        .isEqualTo(
            WINOGRANDE_EXAMPLE
                + "A. The cup fell off the table because the cup was wobbly.\n"
                + "B. The cup fell off the table because the table was wobbly.\n\n"
                + "Answer with the letter of the correct option.");
    assertThat(chat.scores()).hasSize(1);
  }

  @Test
  void ceval() throws Exception {
    write(
        "dev/computer_network_dev.csv",
        "id,question,A,B,C,D,answer,explanation",
        "0,网线用什么连接？,胶水,水晶头,绳子,磁铁,B,常识");
    write(
        "val/computer_network_val.csv",
        "id,question,A,B,C,D,answer",
        "0, 路由器工作在哪一层？ ,网络层,物理层,应用层,会话层,A");
    assertPrompt(
        run("ceval", 1),
        "以下是中国关于计算机网络的单项选择题，请选出其中的正确答案。",
        "网线用什么连接？\nA. 胶水\nB. 水晶头\nC. 绳子\nD. 磁铁\n答案： B\n\n"
            + "路由器工作在哪一层？\nA. 网络层\nB. 物理层\nC. 应用层\nD. 会话层\n答案：");
  }

  @Test
  void cevalOnCompletionsEndpointsSendsLmEvalsWholeContext() throws Exception {
    write(
        "dev/computer_network_dev.csv",
        "id,question,A,B,C,D,answer,explanation",
        "0,网线用什么连接？,胶水,水晶头,绳子,磁铁,B,常识");
    write(
        "val/computer_network_val.csv",
        "id,question,A,B,C,D,answer",
        "0,路由器在哪一层？,网络层,物理层,应用层,会话层,A");
    Sent sent = run("ceval", 1, "api: completions, ");
    assertThat(sent.scores()).containsExactly(1.0);
    // description (ending in a blank line), the example with its answer, the document
    assertThat(sent.user())
        .isEqualTo(
            "以下是中国关于计算机网络的单项选择题，请选出其中的正确答案。\n\n"
                + "网线用什么连接？\nA. 胶水\nB. 水晶头\nC. 绳子\nD. 磁铁\n答案： B\n\n"
                + "路由器在哪一层？\nA. 网络层\nB. 物理层\nC. 应用层\nD. 会话层\n答案：");
  }

  @Test
  void cmmlu() throws Exception {
    write("dev/agronomy.csv", ",Question,A,B,C,D,Answer", "0,水稻需要什么？,沙漠,水,石头,冰,B");
    write("test/agronomy.csv", ",Question,A,B,C,D,Answer", "0,小麦是什么？,粮食作物,金属,动物,矿石,A");
    assertPrompt(
        run("cmmlu", 1),
        "以下是关于农学的单项选择题，请直接给出正确答案的选项。",
        "水稻需要什么？\nA. 沙漠\nB. 水\nC. 石头\nD. 冰\n答案： B\n\n"
            + "小麦是什么？\nA. 粮食作物\nB. 金属\nC. 动物\nD. 矿石\n答案：");
  }

  /** GLUE: folder, header, a train row and a dev row, the choices, lm-eval's rendered context. */
  private static final Map<String, List<String>> GLUE =
      Map.of(
          "sst2",
          List.of(
              "SST-2",
              "sentence\tlabel",
              "a dull little film .\t0",
              "the soup was lovely .\t1",
              "dev",
              "a dull little film .\nQuestion: Is this sentence positive or negative?\nAnswer:"
                  + " negative\n\nthe soup was lovely .\n"
                  + "Question: Is this sentence positive or negative?\nAnswer:"),
          "mrpc",
          List.of(
              "MRPC",
              "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
              "0\t1\t2\tThe sun is hot.\tCats like milk.",
              "1\t3\t4\tThe car is red.\tThe automobile is red.",
              "dev",
              "Sentence 1: The sun is hot.\nSentence 2: Cats like milk.\n"
                  + "Question: Do both sentences mean the same thing?\nAnswer: no\n\n"
                  + "Sentence 1: The car is red.\nSentence 2: The automobile is red.\n"
                  + "Question: Do both sentences mean the same thing?\nAnswer:"),
          "qqp",
          List.of(
              "QQP",
              "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate",
              "5\t1\t2\tHow do I bake bread?\tWhy is the sea blue?\t0",
              "6\t3\t4\tHow tall is a giraffe?\tWhat is the height of a giraffe?\t1",
              "dev",
              "Question 1: How do I bake bread?\nQuestion 2: Why is the sea blue?\n"
                  + "Question: Do both questions ask the same thing?\nAnswer: no\n\n"
                  + "Question 1: How tall is a giraffe?\n"
                  + "Question 2: What is the height of a giraffe?\n"
                  + "Question: Do both questions ask the same thing?\nAnswer:"),
          "cola",
          List.of(
              "CoLA",
              "",
              "mk01\t0\t*\tDog the barked loud.",
              "mk02\t1\t\tThe dog barked loudly.",
              "dev",
              "Dog the barked loud.\nQuestion: Does this sentence make sense?\nAnswer: no\n\n"
                  + "The dog barked loudly.\nQuestion: Does this sentence make sense?\nAnswer:"),
          "mnli",
          List.of(
              "MNLI",
              "index\tgenre\tsentence1\tsentence2\tlabel1\tgold_label",
              "0\tfiction\tThe shop is closed today.\tThe shop is open today\tcontradiction"
                  + "\tcontradiction",
              "1\tfiction\tA boy is reading a book.\tA child reads.\tentailment\tentailment",
              "dev_matched",
              "The shop is closed today.\nQuestion: The shop is open today."
                  + " True, False or Neither?\nAnswer: False\n\n"
                  + "A boy is reading a book.\nQuestion: A child reads."
                  + " True, False or Neither?\nAnswer:"),
          "qnli",
          List.of(
              "QNLI",
              "index\tquestion\tsentence\tlabel",
              "0\tWhat colour is grass?\tThe moon orbits the earth.\tnot_entailment",
              "1\tWhere do penguins live?\tPenguins live in the south.\tentailment",
              "dev",
              "What colour is grass?\nThe moon orbits the earth.\n"
                  + "Question: Does this response answer the question?\nAnswer: no\n\n"
                  + "Where do penguins live?\nPenguins live in the south.\n"
                  + "Question: Does this response answer the question?\nAnswer:"),
          "rte",
          List.of(
              "RTE",
              "index\tsentence1\tsentence2\tlabel",
              "0\tAnna sold her car.\tAnna owns two cars.\tnot_entailment",
              "1\tTom baked a cake for Sue.\tA cake was baked.\tentailment",
              "dev",
              "Anna sold her car.\nQuestion: Anna owns two cars. True or False?\nAnswer: False"
                  + "\n\nTom baked a cake for Sue.\nQuestion: A cake was baked. True or False?"
                  + "\nAnswer:"));

  @ParameterizedTest
  @ValueSource(strings = {"sst2", "mrpc", "qqp", "cola", "mnli", "qnli", "rte"})
  void glue(String task) throws Exception {
    List<String> g = GLUE.get(task);
    String header = g.get(1).isEmpty() ? "" : g.get(1) + "\n";
    // the folder given is glue_data, holding the task's folder
    // two train rows, so that one more than num_fewshot can be drawn (the second is the example)
    write(g.get(0) + "/train.tsv", header + g.get(2) + "\n" + g.get(2));
    write(g.get(0) + "/" + g.get(4) + ".tsv", header + g.get(3));
    assertPrompt(run(task, 1), null, g.get(5));
  }

  @Test
  void tasksLsListsEveryBuiltInBenchmark() {
    Cli cli = Cli.run("tasks", "ls", "--lang", "en");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains(
            "arc_easy",
            "arc_challenge",
            "hellaswag",
            "boolq",
            "ceval",
            "cmmlu",
            "truthfulqa_mc1",
            "truthfulqa_mc2",
            "winogrande",
            "sst2",
            "mrpc",
            "qqp",
            "cola",
            "mnli",
            "qnli",
            "rte",
            "drop",
            "squadv2",
            "stsb");
  }
}
