package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.data.Sample;
import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.Prompt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskPromptTest {
  private static final String YAML =
      "task: t\n"
          + "doc_to_text: \"Q: {{question}}{% if topic %} ({{topic}}){% endif %}\\nA:\"\n"
          + "doc_to_target: \"{{answer | upper}}\"\n"
          + "num_fewshot: 2\n";

  private static Sample sample(String id, String q, String a) {
    return new Sample(id, q, List.of(), a, Map.of("topic", "t" + id));
  }

  private static final List<Sample> POOL =
      List.of(sample("f1", "one", "a"), sample("f2", "two", "b"), sample("f3", "three", "c"));

  private TaskPrompt prompt(String sampler, long seed) {
    return prompt(YAML, sampler, seed);
  }

  private TaskPrompt prompt(String yaml, String sampler, long seed) {
    TaskDefinition def = Tasks.parse(yaml, "t.yaml", null);
    return new TaskPrompt(
        def,
        new Templates(Map.of("input", "question", "target", "answer")),
        new FewshotSampler(
            POOL,
            new TaskDefinition.Fewshot(2, sampler, seed, null, null, null),
            false,
            Map.of("9", 0)));
  }

  @Test
  void jinjaTemplatesRenderWithFirstNExamplesFromASeparatePool() {
    assertThat(prompt("first_n", 1).context(sample("9", "nine?", "x")))
        .isEqualTo("Q: one (tf1)\nA: A\n\nQ: two (tf2)\nA: B\n\nQ: nine? (t9)\nA:");
  }

  // the document is evaluated first, so its examples are the seed's first draw:
  // python3 -c 'import random; print([random.Random(s).sample(range(3), 2) for s in (1234, 5)])'
  // -> [[1, 0], [2, 1]]
  @Test
  void randomExamplesAreLmEvalsDrawForTheSeed() {
    Sample doc = sample("9", "nine?", "x");
    assertThat(prompt("random", 1234).context(doc))
        .isEqualTo("Q: two (tf2)\nA: B\n\nQ: one (tf1)\nA: A\n\nQ: nine? (t9)\nA:");
    assertThat(prompt("random", 5).context(doc))
        .isEqualTo("Q: three (tf3)\nA: C\n\nQ: two (tf2)\nA: B\n\nQ: nine? (t9)\nA:");
  }

  @Test
  void chatPromptsPutExamplesAsTurnsOrInOneMessage() {
    String chat = YAML + "system_prompt: Be brief.\nfewshot_as_multiturn: true\n";
    Sample doc = sample("9", "nine?", "x");
    assertThat(prompt(chat, "first_n", 1).chat(doc, ""))
        .isEqualTo(
            new Prompt.Chat(
                List.of(
                    ChatMessage.system("Be brief."),
                    ChatMessage.user("Q: one (tf1)\nA:"),
                    ChatMessage.assistant("A"),
                    ChatMessage.user("Q: two (tf2)\nA:"),
                    ChatMessage.assistant("B"),
                    ChatMessage.user("Q: nine? (t9)\nA:"))));
    String oneMessage = YAML + "system_prompt: Be brief.\n";
    assertThat(prompt(oneMessage, "first_n", 1).chat(doc, "!"))
        .isEqualTo(
            new Prompt.Chat(
                List.of(
                    ChatMessage.system("Be brief."),
                    ChatMessage.user(
                        "Q: one (tf1)\nA: A\n\nQ: two (tf2)\nA: B\n\nQ: nine? (t9)\nA:!"))));
  }

  @Test
  void nestedSourceFieldsAreListsAndMapsInTemplates() {
    String yaml =
        "task: t\ndoc_to_text: \"{{question}} {{opts.text[1]}}/{{opts.label|join(',')}}\"\n";
    Sample s =
        new Sample(
            "1",
            "Pick",
            List.of(),
            "B",
            Map.of("opts", "{\"text\":[\"x\",\"y\"],\"label\":[\"A\",\"B\"]}"));
    assertThat(prompt(yaml, "first_n", 1).text(s)).isEqualTo("Pick y/A,B");
  }

  @Test
  void aChoiceTemplateThatIsOneListExpressionGivesEveryChoice() {
    String yaml =
        "task: t\noutput_type: multiple_choice\ndoc_to_text: \"{{question}}\"\n"
            + "doc_to_choice: \"{{opts.text}}\"\ndoc_to_target: \"{{opts.label[1]}}\"\n";
    Sample s =
        new Sample(
            "1",
            "Pick",
            List.of(),
            "B",
            Map.of("opts", "{\"text\":[\"x\",\"y\"],\"label\":[\"A\",\"B\"]}"));
    TaskPrompt p = prompt(yaml, "first_n", 1);
    assertThat(p.choices(s)).containsExactly("x", "y");
    assertThat(p.targetIndex(s, p.choices(s))).isEqualTo(1);
  }
}
