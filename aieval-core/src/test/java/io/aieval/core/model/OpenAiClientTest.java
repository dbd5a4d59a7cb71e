package io.aieval.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.ModelCallException;
import io.aieval.api.model.ModelCallException.Kind;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.Prompt;
import io.aieval.api.model.Secret;
import io.aieval.core.model.ScriptedServer.Reply;
import io.aieval.core.spec.ModelSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI client with its retry layer, against a real scripted HTTP server on loopback. */
class OpenAiClientTest {
  private static final String ANSWER =
      "{\"id\":\"x\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
          + "\"content\":\"答案是C\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}";
  private static final String SECRET = "sk-test-0123456789abcdef";

  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  static ModelSpec spec(URI url, boolean stream, int maxRetries, Duration timeout) {
    return new ModelSpec(
        "openai",
        "m",
        url,
        Secret.of(SECRET),
        null,
        "chat",
        stream,
        new GenerationParams(0.0, 16, null, List.of("\n\n"), 7L),
        null,
        4,
        0,
        timeout,
        maxRetries,
        false,
        Map.of());
  }

  private ModelResponse call(ModelSpec spec, Prompt prompt) {
    try (Models.Connection c = Models.connect(spec, null, null)) {
      return c.client().generate(new ModelRequest(prompt, spec.params())).join();
    }
  }

  private static Prompt chat() {
    return new Prompt.Chat(List.of(ChatMessage.system("be brief"), ChatMessage.user("首都是？")));
  }

  @Test
  void chatAnswerIsParsedAndTheRequestCarriesEveryParameter() {
    server.then(Reply.json(ANSWER));
    ModelResponse r = call(spec(server.baseUrl(), false, 0, Duration.ofSeconds(5)), chat());
    assertThat(r.text()).isEqualTo("答案是C");
    assertThat(r.usage().promptTokens()).isEqualTo(12);
    assertThat(r.usage().completionTokens()).isEqualTo(3);
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.attempts()).isEqualTo(1);
    ScriptedServer.Received got = server.received().get(0);
    assertThat(got.path()).isEqualTo("/v1/chat/completions");
    assertThat(got.authorization()).isEqualTo("Bearer " + SECRET);
    assertThat(got.body())
        .contains("\"model\":\"m\"", "\"temperature\":0.0", "\"max_tokens\":16", "\"seed\":7")
        .contains("\"role\":\"system\"", "首都是？", "\"stop\":[\"\\n\\n\"]")
        .doesNotContain("\"stream\"");
  }

  @Test
  void textPromptsGoToCompletions() {
    server.then(Reply.json("{\"choices\":[{\"text\":\" Paris\",\"finish_reason\":\"length\"}]}"));
    ModelResponse r =
        call(spec(server.baseUrl(), false, 0, Duration.ofSeconds(5)), new Prompt.Text("Q: ?\nA:"));
    assertThat(r.text()).isEqualTo(" Paris");
    assertThat(r.finishReason()).isEqualTo("length");
    assertThat(server.received().get(0).path()).isEqualTo("/v1/completions");
    assertThat(server.received().get(0).body()).contains("\"prompt\":\"Q: ?\\nA:\"");
  }

  @Test
  void streamedAnswerIsAssembledFromItsChunks() {
    String sse =
        "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"The answer\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\" is 选B\"},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":4}}\n\n"
            + "data: [DONE]\n\n";
    server.then(Reply.sse(sse));
    ModelResponse r = call(spec(server.baseUrl(), true, 0, Duration.ofSeconds(5)), chat());
    assertThat(r.text()).isEqualTo("The answer is 选B");
    assertThat(r.usage().completionTokens()).isEqualTo(4);
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(server.received().get(0).body()).contains("\"stream\":true", "include_usage");
  }

  @Test
  void streamWithoutDoneIsAFailureAndIsRetried() {
    String cut = "data: {\"choices\":[{\"delta\":{\"content\":\"The ans\"}}]}\n\n";
    server.then(Reply.sse(cut), Reply.sse(cut));
    assertThatThrownBy(() -> call(spec(server.baseUrl(), true, 1, Duration.ofSeconds(5)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
              assertThat(e.attempts()).isEqualTo(2);
              assertThat(e.getMessage()).contains("[DONE]");
            });
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() {
    server.then(
        Reply.status(429, Map.of("Retry-After", "1"), "{\"error\":{\"message\":\"slow down\"}}"),
        Reply.json(ANSWER));
    long start = System.nanoTime();
    ModelResponse r = call(spec(server.baseUrl(), false, 3, Duration.ofSeconds(5)), chat());
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.text()).isEqualTo("答案是C");
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(waitedMillis).as("waited for Retry-After").isGreaterThanOrEqualTo(1000);
  }

  @Test
  void serverErrorsAreRetriedUpToTheLimitThenReportedWithAttempts() {
    server.always(Reply.status(503, Map.of(), "{\"error\":{\"message\":\"overloaded\"}}"));
    try (Models.Connection c =
        Models.connect(spec(server.baseUrl(), false, 2, Duration.ofSeconds(5)), null, null)) {
      assertThatThrownBy(() -> c.client().generate(new ModelRequest(chat(), null)).join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              ModelCallException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                assertThat(e.attempts()).isEqualTo(3);
                assertThat(e.getMessage()).contains("503", "overloaded");
              });
      assertThat(c.retries()).containsEntry("server_error", 2L);
    }
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void clientErrorsAreNotRetried() {
    server.always(Reply.status(400, Map.of(), "{\"error\":{\"message\":\"bad model\"}}"));
    assertThatThrownBy(() -> call(spec(server.baseUrl(), false, 5, Duration.ofSeconds(5)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
              assertThat(e.attempts()).isEqualTo(1);
            });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void droppedConnectionIsRetriedAndTheKeyNeverAppearsInTheError() {
    server.then(Reply.hangUp(), Reply.json(ANSWER));
    ModelResponse r = call(spec(server.baseUrl(), false, 2, Duration.ofSeconds(5)), chat());
    assertThat(r.attempts()).isEqualTo(2);
    server.always(Reply.hangUp());
    assertThatThrownBy(() -> call(spec(server.baseUrl(), false, 1, Duration.ofSeconds(5)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
              assertThat(e.toString()).doesNotContain(SECRET);
            });
  }

  @Test
  void slowAnswerTimesOut() {
    server.always(Reply.json(ANSWER).delayed(1500));
    assertThatThrownBy(() -> call(spec(server.baseUrl(), false, 0, Duration.ofMillis(300)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
  }

  @Test
  void nothingListeningIsAConnectionFailure() throws Exception {
    URI dead = server.baseUrl();
    server.close();
    assertThatThrownBy(() -> call(spec(dead, false, 0, Duration.ofSeconds(2)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION));
  }

  @Test
  void invalidJsonIsABadResponse() {
    server.always(Reply.json("{\"choices\": [ oops"));
    assertThatThrownBy(() -> call(spec(server.baseUrl(), false, 0, Duration.ofSeconds(5)), chat()))
        .cause()
        .isInstanceOfSatisfying(
            ModelCallException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE));
  }

  @Test
  void secretIsMaskedInTextForms() {
    assertThat(Secret.of(SECRET).toString()).isEqualTo("****");
    assertThat(spec(server.baseUrl(), false, 0, Duration.ofSeconds(1)).toString())
        .doesNotContain(SECRET);
  }
}
