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
  /** Larger bodies are refused with 413; long-context prompts stay well below. */
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private final SimConfig config;
  private final Answerer answerer;
  private final Delivery delivery;
  private final SimCounters counters;
  private final byte[] modelList;

  /** Numbers completion requests, so that each gets its own fault and latency draw. */
  private final AtomicLong sequence = new AtomicLong();

  SimHandler(SimConfig config, AnswerKey key, Delivery delivery, SimCounters counters) {
    this.config = config;
    this.answerer = new Answerer(config, key);
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
    String path = Request.getPathInContext(request);
    boolean chat = path.equals("/v1/chat/completions");
    if (!chat && !path.equals("/v1/completions") && !path.equals("/v1/models")) {
      reject(
          response,
          callback,
          404,
          "Invalid URL (" + request.getMethod() + " " + path + ")",
          "unknown_url");
      return true;
    }
    String method = path.equals("/v1/models") ? "GET" : "POST";
    if (!method.equals(request.getMethod())) {
      reject(
          response,
          callback,
          405,
          "Invalid method for URL (" + request.getMethod() + " " + path + ")",
          "method_not_allowed");
    } else if (method.equals("GET")) {
      Delivery.json(response, callback, 200, modelList);
    } else {
      Content.Source.asByteArrayAsync(
          request,
          MAX_BODY_BYTES,
          Promise.Invocable.from(
              Invocable.InvocationType.NON_BLOCKING,
              (body, failure) -> {
                if (failure != null) {
                  reject(
                      response,
                      callback,
                      413,
                      "The request body is too large or unreadable.",
                      "request_too_large");
                  return;
                }
                try {
                  complete(chat, body, request, response, callback);
                } catch (RuntimeException e) {
                  // Outside handle() Jetty cannot see the exception; failing the callback makes it
                  // answer 500 and log it instead of leaving the client waiting.
                  callback.failed(e);
                }
              }));
    }
    return true;
  }

  private void complete(
      boolean chat, byte[] body, Request request, Response response, Callback callback) {
    SimRequest parsed;
    try {
      JsonNode json = OpenAiWire.MAPPER.readTree(body);
      parsed = SimRequest.parse(chat, json, config.models().get(0));
    } catch (JacksonException e) {
      reject(
          response,
          callback,
          400,
          "We could not parse the JSON body of your request.",
          "invalid_json");
      return;
    } catch (SimRequest.Invalid e) {
      reject(response, callback, 400, e.getMessage(), e.param(), "invalid_request");
      return;
    }
    long number = sequence.incrementAndGet();
    SplittableRandom random = new SplittableRandom(Seeds.mix(config.seed(), number));
    Fault fault = Fault.roll(config.faults(), random.nextDouble());
    long latency = config.latency().sampleMillis(random);
    counters.count(fault);
    switch (fault) {
      case RATE_LIMIT -> rateLimit(response, callback);
      case SERVER_ERROR -> delivery.later(latency, () -> serverError(response, callback));
      case DROP -> delivery.later(latency, () -> Delivery.drop(request, callback));
      case NONE, TRUNCATE ->
          answer(parsed, number, latency, fault == Fault.TRUNCATE, response, callback);
    }
  }

  private void answer(
      SimRequest request,
      long number,
      long latency,
      boolean truncate,
      Response response,
      Callback callback) {
    List<Generation> generations = new ArrayList<>();
    for (String prompt : request.prompts()) {
      String answer = answerer.answer(prompt);
      generations.add(Generation.of(generations.size(), prompt, answer, request.maxTokens()));
    }
    String id = (request.chat() ? "chatcmpl-sim" : "cmpl-sim") + number;
    long created = System.currentTimeMillis() / 1000;
    OpenAiRenderer renderer = new OpenAiRenderer(request, id, created, generations, config.seed());
    if (request.stream()) {
      delivery.stream(response, callback, renderer.stream(), latency, config.itlMillis(), truncate);
      return;
    }
    byte[] body = renderer.body();
    int longest = generations.stream().mapToInt(g -> g.tokens().size()).max().orElse(0);
    long total = latency + config.itlMillis() * Math.max(0, longest - 1);
    delivery.later(
        total,
        () -> {
          if (truncate) {
            Delivery.truncatedJson(response, callback, body);
          } else {
            Delivery.json(response, callback, 200, body);
          }
        });
  }

  private void rateLimit(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, config.faults().retryAfterSeconds());
    Delivery.json(
        response,
        callback,
        429,
        OpenAiRenderer.json(
            ErrorBody.of(
                "Rate limit reached for requests (simulated). Please retry after the time in the Retry-After header.",
                "requests",
                null,
                "rate_limit_exceeded")));
  }

  private static void serverError(Response response, Callback callback) {
    Delivery.json(
        response,
        callback,
        500,
        OpenAiRenderer.json(
            ErrorBody.of(
                "The server had an error while processing your request (simulated).",
                "server_error",
                null,
                "server_error")));
  }

  private void reject(
      Response response, Callback callback, int status, String message, String code) {
    reject(response, callback, status, message, null, code);
  }

  private void reject(
      Response response, Callback callback, int status, String message, String param, String code) {
    counters.rejected();
    ErrorBody error = ErrorBody.of(message, "invalid_request_error", param, code);
    Delivery.json(response, callback, status, OpenAiRenderer.json(error));
  }
}
