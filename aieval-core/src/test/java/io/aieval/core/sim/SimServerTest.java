package io.aieval.core.sim;

import static io.aieval.core.sim.SimCalls.chat;
import static io.aieval.core.sim.SimCalls.chatStream;
import static io.aieval.core.sim.SimCalls.content;
import static io.aieval.core.sim.SimCalls.get;
import static io.aieval.core.sim.SimCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.sim.SimCalls.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAI endpoints and shapes, over real HTTP, with filler answers (no answer key). */
class SimServerTest {
  private static SimServer sim;

  @BeforeAll
  static void start() {
    sim = SimServer.start(SimConfig.defaults().withModels(List.of("sim", "sim-large")));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void listsTheConfiguredModelsInOpenAisShape() throws Exception {
    Reply reply = get(sim, "/models");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("content-type")).startsWith("application/json");
    JsonNode list = reply.json();
    assertThat(list.path("object").asString()).isEqualTo("list");
    assertThat(list.path("data").findValuesAsString("id")).containsExactly("sim", "sim-large");
    assertThat(list.path("data").path(0).path("object").asString()).isEqualTo("model");
  }

  @Test
  void baseUrlIsLoopbackWithTheEphemeralPort() {
    assertThat(sim.port()).isPositive();
    assertThat(sim.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sim.port() + "/v1");
  }

  @Test
  void chatCompletionHasOpenAisShapeAndEchoesTheRequestedModel() throws Exception {
    Reply reply = post(sim, "/chat/completions", chat("Tell me something."));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.path("id").asString()).startsWith("chatcmpl-");
    assertThat(body.path("object").asString()).isEqualTo("chat.completion");
    assertThat(body.path("created").asLong()).isPositive();
    assertThat(body.path("model").asString()).isEqualTo("gpt-sim");
    JsonNode choice = body.path("choices").path(0);
    assertThat(choice.path("message").path("role").asString()).isEqualTo("assistant");
    assertThat(choice.path("finish_reason").asString()).isEqualTo("stop");
    String text = choice.path("message").path("content").asString();
    assertThat(text.split(" ")).hasSize(Answerer.DEFAULT_FILLER_TOKENS);
  }

  @Test
  void usageCountsPromptBytesOverFourAndOneTokenPerWord() throws Exception {
    String prompt = "x".repeat(41);
    JsonNode usage = post(sim, "/chat/completions", chat(prompt)).json().path("usage");

    // 41 bytes plus the newline that ends the message: ceil(42 / 4) = 11.
    assertThat(usage.path("prompt_tokens").asLong()).isEqualTo(11);
    assertThat(usage.path("completion_tokens").asLong()).isEqualTo(Answerer.DEFAULT_FILLER_TOKENS);
    assertThat(usage.path("total_tokens").asLong()).isEqualTo(11 + Answerer.DEFAULT_FILLER_TOKENS);
  }

  @Test
  void streamedChatRebuildsTheSameContentAndEndsWithUsageAndDone() throws Exception {
    String question = "Describe the weather.";
    Reply whole = post(sim, "/chat/completions", chat(question));
    Reply streamed = post(sim, "/chat/completions", chatStream(question));

    assertThat(streamed.status()).isEqualTo(200);
    assertThat(streamed.header("content-type")).startsWith("text/event-stream");
    List<String> events = streamed.events();
    assertThat(events).last().isEqualTo("[DONE]");
    StringBuilder text = new StringBuilder();
    List<String> finishReasons = new ArrayList<>();
    JsonNode usage = null;
    for (String event : events.subList(0, events.size() - 1)) {
      JsonNode chunk = SimCalls.JSON.readTree(event);
      assertThat(chunk.path("object").asString()).isEqualTo("chat.completion.chunk");
      for (JsonNode choice : chunk.path("choices")) {
        text.append(choice.path("delta").path("content").asString(""));
        if (!choice.path("finish_reason").isNull()) {
          finishReasons.add(choice.path("finish_reason").asString());
        }
      }
      if (chunk.has("usage")) {
        usage = chunk.path("usage");
      }
    }
    assertThat(text.toString()).isEqualTo(content(whole));
    assertThat(finishReasons).containsExactly("stop");
    assertThat(usage).isEqualTo(whole.json().path("usage"));
    // The role chunk, one event per token, the closing chunk, the usage chunk and [DONE].
    assertThat(events).hasSize(1 + Answerer.DEFAULT_FILLER_TOKENS + 3);
    assertThat(events.get(0)).contains("\"role\":\"assistant\"");
  }

  @Test
  void completionsAnswerEveryPromptOfABatch() throws Exception {
    Reply reply =
        post(sim, "/completions", Map.of("model", "m", "prompt", List.of("one", "two", "three")));

    JsonNode body = reply.json();
    assertThat(body.path("object").asString()).isEqualTo("text_completion");
    assertThat(body.path("choices").findValuesAsString("text")).hasSize(3).doesNotHaveDuplicates();
    assertThat(body.path("choices").path(2).path("index").asInt()).isEqualTo(2);
    assertThat(body.path("usage").path("completion_tokens").asLong())
        .isEqualTo(3L * Answerer.DEFAULT_FILLER_TOKENS);
  }

  @Test
  void streamedCompletionRebuildsTheSameText() throws Exception {
    Map<String, Object> request = Map.of("prompt", "Once upon a time");
    String whole =
        post(sim, "/completions", request).json().path("choices").path(0).path("text").asString();
    Reply streamed =
        post(sim, "/completions", Map.of("prompt", "Once upon a time", "stream", true));

    List<String> events = streamed.events();
    assertThat(events).last().isEqualTo("[DONE]");
    StringBuilder text = new StringBuilder();
    for (String event : events.subList(0, events.size() - 1)) {
      text.append(SimCalls.JSON.readTree(event).path("choices").path(0).path("text").asString());
    }
    assertThat(text.toString()).isEqualTo(whole);
    assertThat(events).noneMatch(event -> event.contains("\"usage\""));
  }

  @Test
  void maxTokensCutsTheAnswerAndSaysLength() throws Exception {
    Map<String, Object> request =
        Map.of("messages", List.of(Map.of("role", "user", "content", "Go on.")), "max_tokens", 3);
    JsonNode body = post(sim, "/chat/completions", request).json();

    assertThat(body.path("choices").path(0).path("finish_reason").asString()).isEqualTo("length");
    assertThat(body.path("usage").path("completion_tokens").asLong()).isEqualTo(3);
    assertThat(body.path("choices").path(0).path("message").path("content").asString().split(" "))
        .hasSize(3);
  }

  @Test
  void echoPrependsThePromptAndLogprobsDescribeEveryToken() throws Exception {
    Map<String, Object> request =
        Map.of("prompt", "The sky is", "echo", true, "logprobs", 2, "max_tokens", 4);
    JsonNode choice = post(sim, "/completions", request).json().path("choices").path(0);
    JsonNode again = post(sim, "/completions", request).json().path("choices").path(0);

    String text = choice.path("text").asString();
    assertThat(text).startsWith("The sky is ");
    JsonNode logprobs = choice.path("logprobs");
    List<String> tokens = logprobs.path("tokens").valueStream().map(JsonNode::asString).toList();
    assertThat(tokens).hasSize(3 + 4);
    assertThat(String.join("", tokens)).isEqualTo(text);
    for (int i = 0; i < tokens.size(); i++) {
      int offset = logprobs.path("text_offset").path(i).asInt();
      assertThat(text.substring(offset)).startsWith(tokens.get(i));
    }
    assertThat(logprobs.path("token_logprobs").path(0).isNull()).isTrue();
    assertThat(logprobs.path("token_logprobs").path(1).asDouble()).isNegative();
    assertThat(logprobs.path("top_logprobs").path(1).size()).isEqualTo(2);
    assertThat(logprobs.path("top_logprobs").path(1).has(tokens.get(1))).isTrue();
    assertThat(again.path("logprobs")).isEqualTo(logprobs);
  }

  @Test
  void unknownPathIs404InOpenAisErrorShape() throws Exception {
    Reply reply = post(sim, "/embeddings", Map.of("input", "x"));

    assertThat(reply.status()).isEqualTo(404);
    JsonNode error = reply.json().path("error");
    assertThat(error.path("message").asString()).contains("/v1/embeddings");
    assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
    assertThat(error.path("code").asString()).isEqualTo("unknown_url");
  }

  @Test
  void badJsonIs400InOpenAisErrorShape() throws Exception {
    Reply reply = post(sim, "/chat/completions", "{\"messages\": [");

    assertThat(reply.status()).isEqualTo(400);
    JsonNode error = reply.json().path("error");
    assertThat(error.path("message").asString()).contains("JSON");
    assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
    assertThat(error.path("code").asString()).isEqualTo("invalid_json");
  }

  @Test
  void requestWithoutMessagesIs400NamingTheParameter() throws Exception {
    Reply reply = post(sim, "/chat/completions", Map.of("model", "m"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("param").asString()).isEqualTo("messages");
  }

  @Test
  void wrongMethodIs405() throws Exception {
    assertThat(get(sim, "/chat/completions").status()).isEqualTo(405);
  }

  @Test
  void statsCountRequestsByOutcome() throws Exception {
    try (SimServer own = SimServer.start(SimConfig.defaults())) {
      post(own, "/chat/completions", chat("hello"));
      post(own, "/completions", Map.of("prompt", "hello"));
      get(own, "/models");
      get(own, "/nowhere");

      SimStats stats = own.stats();
      assertThat(stats.requests()).isEqualTo(4);
      assertThat(stats.answered()).isEqualTo(2);
      assertThat(stats.rejected()).isEqualTo(1);
      assertThat(stats.faults()).isZero();
    }
  }
}
