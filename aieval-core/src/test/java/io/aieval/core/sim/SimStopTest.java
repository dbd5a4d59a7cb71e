package io.aieval.core.sim;

import static io.aieval.core.sim.SimCalls.content;
import static io.aieval.core.sim.SimCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.core.sim.SimCalls.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code stop} over real HTTP, as an OpenAI-compatible server honours it: the answer ends where a
 * stop sequence first appears, the sequence left out, with {@code finish_reason: stop}, whether
 * streamed or not; a sequence the answer reaches only after {@code max_tokens} is never seen.
 */
class SimStopTest {
  @TempDir Path dir;

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> out = new HashMap<>(body);
    out.put(key, value);
    return out;
  }

  private static JsonNode choice(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().path("choices").path(0);
  }

  /** A streamed reply's text (chat deltas or completion texts) and its finish reasons. */
  private static List<String> streamed(Reply reply, boolean chat) {
    StringBuilder text = new StringBuilder();
    List<String> out = new ArrayList<>();
    List<String> events = reply.events();
    assertThat(events).last().isEqualTo("[DONE]");
    for (String event : events.subList(0, events.size() - 1)) {
      for (JsonNode c : SimCalls.JSON.readTree(event).path("choices")) {
        text.append(
            chat ? c.path("delta").path("content").asString("") : c.path("text").asString());
        if (!c.path("finish_reason").isNull()) {
          out.add(c.path("finish_reason").asString());
        }
      }
    }
    out.add(0, text.toString());
    return out;
  }

  @Test
  void aDropStyleAnswerLosesItsFullStopAsARealServerCutsIt() throws Exception {
    List<String> key = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      key.add(
          "{\"question\": \"How many goals did player "
              + i
              + " score?\", \"answer\": \""
              + i
              + "\"}");
    }
    SimConfig config =
        SimConfig.defaults()
            .withAccuracy(1.0)
            .withAnswers(SimCalls.write(dir.resolve("k.jsonl"), key));
    int plain = 0;
    int sentence = 0;
    try (SimServer sim = SimServer.start(config)) {
      for (int i = 0; i < 12; i++) {
        Map<String, Object> ask = SimCalls.chat("How many goals did player " + i + " score?");
        String uncut = content(post(sim, "/chat/completions", ask));
        JsonNode cut = choice(post(sim, "/chat/completions", with(ask, "stop", List.of("."))));
        // the simulator's two ways of giving a text answer: "N" or "The answer is N."
        if (uncut.equals(String.valueOf(i))) {
          plain++;
          assertThat(cut.path("message").path("content").asString()).isEqualTo(uncut);
        } else {
          sentence++;
          assertThat(uncut).isEqualTo("The answer is " + i + ".");
          assertThat(cut.path("message").path("content").asString())
              .isEqualTo("The answer is " + i);
        }
        assertThat(cut.path("finish_reason").asString()).isEqualTo("stop");
      }
    }
    assertThat(plain).as("answers given as the number alone").isPositive();
    assertThat(sentence).as("answers given as a sentence").isPositive();
  }

  @Test
  void theSequenceThatAppearsFirstCutsCompletionsWholeOrStreamed() throws Exception {
    try (SimServer sim = SimServer.start(SimConfig.defaults())) {
      Map<String, Object> ask = Map.of("model", "m", "prompt", "Once upon a time");
      String uncut = choice(post(sim, "/completions", ask)).path("text").asString();
      List<String> words = List.of(uncut.strip().split(" "));
      assertThat(words).hasSize(Answerer.DEFAULT_FILLER_TOKENS);
      // listed later but found earlier: the 4th filler word cuts before the 9th does
      String late = " " + words.get(8) + " ";
      String early = " " + words.get(3) + " ";
      int at = Math.min(uncut.indexOf(early), uncut.indexOf(late));
      String expected = uncut.substring(0, at);
      assertThat(uncut.indexOf(early)).isLessThan(uncut.indexOf(late));
      assertThat(expected).isNotBlank();

      Map<String, Object> stopped = with(ask, "stop", List.of(late, early));
      JsonNode whole = post(sim, "/completions", stopped).json();
      assertThat(whole.path("choices").path(0).path("text").asString()).isEqualTo(expected);
      assertThat(whole.path("choices").path(0).path("finish_reason").asString()).isEqualTo("stop");
      assertThat(whole.path("usage").path("completion_tokens").asLong())
          .isEqualTo(SimTokens.split(expected).size());
      assertThat(streamed(post(sim, "/completions", with(stopped, "stream", true)), false))
          .containsExactly(expected, "stop");

      Map<String, Object> single = with(ask, "stop", early);
      assertThat(choice(post(sim, "/completions", single)).path("text").asString())
          .as("one string is one sequence")
          .isEqualTo(uncut.substring(0, uncut.indexOf(early)));
    }
  }

  @Test
  void aStreamedChatEndsBeforeTheSequenceWithStop() throws Exception {
    try (SimServer sim = SimServer.start(SimConfig.defaults())) {
      Map<String, Object> ask = SimCalls.chatStream("Describe the weather.");
      String uncut =
          content(post(sim, "/chat/completions", SimCalls.chat("Describe the weather.")));
      String word = uncut.split(" ")[5];
      String expected = uncut.substring(0, uncut.indexOf(word));
      List<String> reply =
          streamed(post(sim, "/chat/completions", with(ask, "stop", List.of(word))), true);
      assertThat(reply).containsExactly(expected, "stop");
    }
  }

  @Test
  void aSequenceReachedOnlyAfterMaxTokensIsNeverSeen() throws Exception {
    try (SimServer sim = SimServer.start(SimConfig.defaults())) {
      Map<String, Object> ask = SimCalls.chat("Go on, please.");
      String uncut = content(post(sim, "/chat/completions", ask));
      List<String> tokens = SimTokens.split(uncut);
      // the first filler word that is not part of an earlier one, to know where it first appears
      int n = 4;
      while (uncut.indexOf(tokens.get(n)) < String.join("", tokens.subList(0, n)).length()) {
        n++;
      }
      String stop = tokens.get(n); // the (n + 1)-th token
      Map<String, Object> stopped = with(ask, "stop", List.of(stop));

      JsonNode cut = choice(post(sim, "/chat/completions", with(stopped, "max_tokens", n + 1)));
      assertThat(cut.path("finish_reason").asString()).isEqualTo("stop");
      assertThat(cut.path("message").path("content").asString())
          .isEqualTo(String.join("", tokens.subList(0, n)));

      JsonNode longer = choice(post(sim, "/chat/completions", with(stopped, "max_tokens", n)));
      assertThat(longer.path("finish_reason").asString()).isEqualTo("length");
      assertThat(longer.path("message").path("content").asString())
          .isEqualTo(String.join("", tokens.subList(0, n)));

      JsonNode shorter = choice(post(sim, "/chat/completions", with(stopped, "max_tokens", 2)));
      assertThat(shorter.path("finish_reason").asString()).isEqualTo("length");
      assertThat(shorter.path("message").path("content").asString())
          .isEqualTo(tokens.get(0) + tokens.get(1));
    }
  }

  @Test
  void aStopThatIsNotTextIs400NamingTheParameter() throws Exception {
    try (SimServer sim = SimServer.start(SimConfig.defaults())) {
      for (Object bad : List.of(7, List.of("ok", 3), Map.of("a", "b"))) {
        Reply reply = post(sim, "/chat/completions", with(SimCalls.chat("hi"), "stop", bad));
        assertThat(reply.status()).as(String.valueOf(bad)).isEqualTo(400);
        assertThat(reply.json().path("error").path("param").asString()).isEqualTo("stop");
      }
    }
  }
}
