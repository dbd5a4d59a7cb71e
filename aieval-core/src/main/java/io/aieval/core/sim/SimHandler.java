package io.aieval.core.sim;

import io.aieval.core.sim.OpenAiWire.ErrorBody;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Routes the OpenAI endpoints. It never blocks: the body is read asynchronously, the answer is
 * computed on the spot, and {@link Delivery} sends it when the simulated latency has passed.
 */
final class SimHandler extends Handler.Abstract.NonBlocking {
  private static final String MODELS = "/v1/models";
  private static final String CHAT = "/v1/chat/completions";
  private static final String COMPLETIONS = "/v1/completions";

  /** Larger bodies are refused with 413; long-context prompts stay well below. */
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private static final byte[] RATE_LIMITED =
      OpenAiRenderer.json(
          ErrorBody.of(
              "Rate limit reached for requests (simulated). Retry after the time in the"
                  + " Retry-After header.",
              "requests",
              null,
              "rate_limit_exceeded"));

  private static final byte[] SERVER_ERROR =
      OpenAiRenderer.json(
          ErrorBody.of(
              "The server had an error while processing your request (simulated).",
              "server_error",
              null,
              "server_error"));

  /** One request in flight: what Jetty handed to {@link #handle}. */
  private record Exchange(Request request, Response response, Callback callback) {}

  private final SimConfig config;
  private final Answerer answerer;
  private final ChoicePreference choices;
  private final Delivery delivery;
  private final SimCounters counters;
  private final byte[] modelList;

  /** Numbers completion requests, so that each gets its own fault and latency draw. */
  private final AtomicLong sequence = new AtomicLong();

  SimHandler(SimConfig config, AnswerKey key, Delivery delivery, SimCounters counters) {
    this.config = config;
    this.answerer = new Answerer(config, key);
    this.choices = new ChoicePreference(key, config.accuracy(), config.seed());
    this.delivery = delivery;
    this.counters = counters;
    long created = System.currentTimeMillis() / 1000;
    List<OpenAiWire.ModelCard> cards =
        config.models().stream()
            .map(name -> new OpenAiWire.ModelCard(name, "model", created, "aieval-sim"))
            .toList();
    this.modelList = OpenAiRenderer.json(new OpenAiWire.ModelList("list", cards));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    counters.request();
    Exchange exchange = new Exchange(request, response, callback);
    String path = Request.getPathInContext(request);
    String route = request.getMethod() + " " + path;
    if (!path.equals(MODELS) && !path.equals(CHAT) && !path.equals(COMPLETIONS)) {
      reject(exchange, 404, "Invalid URL (" + route + ")", null, "unknown_url");
    } else if (!request.getMethod().equals(path.equals(MODELS) ? "GET" : "POST")) {
      reject(exchange, 405, "Invalid method for URL (" + route + ")", null, "method_not_allowed");
    } else if (path.equals(MODELS)) {
      Delivery.json(response, callback, 200, modelList);
    } else {
      readBody(exchange, path.equals(CHAT));
    }
    return true;
  }

  private void readBody(Exchange exchange, boolean chat) {
    Content.Source.asByteArrayAsync(
        exchange.request(),
        MAX_BODY_BYTES,
        Promise.Invocable.from(
            Invocable.InvocationType.NON_BLOCKING,
            (body, failure) -> {
              if (failure != null) {
                String message = "The request body is too large or could not be read.";
                reject(exchange, 413, message, null, "request_too_large");
                return;
              }
              try {
                complete(exchange, chat, body);
              } catch (RuntimeException e) {
                // Outside handle() Jetty cannot see the exception; failing the callback makes it
                // answer 500 and log it instead of leaving the client waiting.
                exchange.callback().failed(e);
              }
            }));
  }

  private void complete(Exchange exchange, boolean chat, byte[] body) {
    SimRequest parsed;
    try {
      JsonNode json = OpenAiWire.MAPPER.readTree(body);
      parsed = SimRequest.parse(chat, json, config.models().get(0));
    } catch (JacksonException e) {
      String message = "We could not parse the JSON body of your request.";
      reject(exchange, 400, message, null, "invalid_json");
      return;
    } catch (SimRequest.Invalid e) {
      reject(exchange, 400, e.getMessage(), e.param(), "invalid_request");
      return;
    }
    long number = sequence.incrementAndGet();
    SplittableRandom random = new SplittableRandom(Seeds.mix(config.seed(), number));
    Fault fault = Fault.roll(config.faults(), random.nextDouble());
    long latency = config.latency().sampleMillis(random);
    counters.count(fault);
    Response response = exchange.response();
    Callback callback = exchange.callback();
    switch (fault) {
      case RATE_LIMIT -> {
        // Refused at once, as a gateway's rate limiter does before any model work.
        response.getHeaders().put(HttpHeader.RETRY_AFTER, config.faults().retryAfterSeconds());
        Delivery.json(response, callback, 429, RATE_LIMITED);
      }
      case SERVER_ERROR ->
          delivery.later(latency, () -> Delivery.json(response, callback, 500, SERVER_ERROR));
      case DROP -> delivery.later(latency, () -> Delivery.drop(exchange.request(), callback));
      case NONE, TRUNCATE -> answer(exchange, parsed, number, latency, fault == Fault.TRUNCATE);
    }
  }

  private void answer(
      Exchange exchange, SimRequest request, long number, long latency, boolean truncate) {
    List<Generation> generations = new ArrayList<>();
    for (String prompt : request.prompts()) {
      String answer = answerer.answer(prompt, request.sampleSeed());
      if (!request.chat() && needsSpace(prompt, answer)) {
        // A completion continues the prompt's text, so it starts a new word as a model would.
        answer = " " + answer;
      }
      generations.add(
          Generation.of(generations.size(), prompt, answer, request.maxTokens(), request.stop()));
    }
    String id = (request.chat() ? "chatcmpl-sim" : "cmpl-sim") + number;
    long created = System.currentTimeMillis() / 1000;
    OpenAiRenderer renderer =
        new OpenAiRenderer(request, id, created, generations, config.seed(), choices);
    Response response = exchange.response();
    Callback callback = exchange.callback();
    if (request.stream()) {
      delivery.stream(response, callback, renderer.stream(), latency, truncate);
      return;
    }
    byte[] body = renderer.body();
    int longest = generations.stream().mapToInt(g -> g.tokens().size()).max().orElse(0);
    long total = latency + config.itlMillis() * Math.max(0, longest - 1);
    if (truncate) {
      delivery.later(total, () -> Delivery.truncatedJson(response, callback, body));
    } else {
      delivery.later(total, () -> Delivery.json(response, callback, 200, body));
    }
  }

  private static boolean needsSpace(String prompt, String answer) {
    return !prompt.isEmpty()
        && !answer.isEmpty()
        && !SimTokens.isSpace(prompt.codePointBefore(prompt.length()));
  }

  private void reject(Exchange exchange, int status, String message, String param, String code) {
    counters.rejected();
    ErrorBody error = ErrorBody.of(message, "invalid_request_error", param, code);
    Delivery.json(exchange.response(), exchange.callback(), status, OpenAiRenderer.json(error));
  }
}
