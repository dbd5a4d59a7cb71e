package io.aieval.core.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a running simulator, and the small parsing the tests need. */
final class SimCalls {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z])([A-Z])(?![A-Za-z])");

  private SimCalls() {}

  /** A finished exchange. */
  record Reply(int status, Map<String, List<String>> headers, String body, long millis) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
    }

    /** The {@code data:} payloads of a server-sent event stream, {@code [DONE]} included. */
    List<String> events() {
      List<String> events = new ArrayList<>();
      for (String line : body.split("\n")) {
        if (line.startsWith("data: ")) {
          events.add(line.substring("data: ".length()));
        }
      }
      return events;
    }
  }

  static Reply get(SimServer sim, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(sim, path)).GET().build());
  }

  static Reply post(SimServer sim, String path, Object body)
      throws IOException, InterruptedException {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(
        HttpRequest.newBuilder(uri(sim, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build());
  }

  /** Posts and returns whatever bytes arrived before the stream ended, cleanly or not. */
  static String postAndReadUntilCut(SimServer sim, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(sim, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    var response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    StringBuilder received = new StringBuilder();
    byte[] buffer = new byte[256];
    try (var in = response.body()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException expected) {
      // a cut stream ends this way
    }
    return received.toString();
  }

  static Map<String, Object> chat(String user) {
    return Map.of("model", "gpt-sim", "messages", List.of(Map.of("role", "user", "content", user)));
  }

  static Map<String, Object> chatStream(String user) {
    return Map.of(
        "model",
        "gpt-sim",
        "stream",
        true,
        "stream_options",
        Map.of("include_usage", true),
        "messages",
        List.of(Map.of("role", "user", "content", user)));
  }

  static String content(Reply reply) {
    return reply.json().path("choices").path(0).path("message").path("content").asString();
  }

  /** The letter a reply chooses, in any of the simulator's styles, or {@code null}. */
  static String letterOf(String answer) {
    Matcher m = LETTER.matcher(answer);
    return m.find() ? m.group(1) : null;
  }

  /** Writes {@code count} four-choice questions; question {@code i} has answer {@code i % 4}. */
  static Path writeChoiceKey(Path dir, int count) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(
          JSON.writeValueAsString(
              Map.of(
                  "question",
                  "What is the secret value of item " + i + "?",
                  "choices",
                  List.of("red " + i, "green " + i, "blue " + i, "grey " + i),
                  "answer",
                  i % 4)));
    }
    return write(dir.resolve("key.jsonl"), lines);
  }

  static String correctLetter(int question) {
    return String.valueOf((char) ('A' + question % 4));
  }

  static String choicePrompt(int question) {
    return "Question: What is the secret value of item "
        + question
        + "?\nA. red "
        + question
        + "\nB. green "
        + question
        + "\nC. blue "
        + question
        + "\nD. grey "
        + question
        + "\nAnswer:";
  }

  static Path write(Path file, List<String> lines) {
    try {
      return Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply send(HttpRequest request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Reply(response.statusCode(), response.headers().map(), response.body(), millis);
  }

  private static URI uri(SimServer sim, String path) {
    return URI.create(sim.baseUrl() + path);
  }
}
