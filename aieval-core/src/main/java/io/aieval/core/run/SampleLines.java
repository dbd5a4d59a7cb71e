package io.aieval.core.run;

import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.SampleOutcome;
import io.aieval.api.run.SampleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON line of one sample in {@code samples.jsonl}. */
final class SampleLines {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private SampleLines() {}

  static String toLine(SampleResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", r.step());
    m.put("id", r.sampleId());
    m.put("outcome", r.outcome().status());
    m.put("input", r.input());
    m.put("prompt", prompt(r.prompt()));
    m.put("output", r.output());
    m.put("target", r.target());
    if (r.outcome() instanceof SampleOutcome.Scored s) {
      m.put("extracted", s.extracted());
      m.put("score", s.value());
      m.put("reason", s.reason());
    } else if (r.outcome() instanceof SampleOutcome.Failed f) {
      m.put("error_kind", f.kind());
      m.put("error", f.error());
      m.put("attempts", f.attempts());
    } else if (r.outcome() instanceof SampleOutcome.Skipped k) {
      m.put("reason", k.reason());
    }
    m.put("latency_ms", Math.round(r.latencyMillis() * 1000) / 1000.0);
    m.put("prompt_tokens", r.usage().promptTokens());
    m.put("completion_tokens", r.usage().completionTokens());
    m.put("cached", r.cached());
    return JSON.writeValueAsString(m);
  }

  private static Object prompt(Prompt p) {
    if (p == null) {
      return null;
    }
    if (p instanceof Prompt.Text t) {
      return Map.of("text", t.text());
    }
    List<Map<String, String>> messages = new ArrayList<>();
    for (ChatMessage m : ((Prompt.Chat) p).messages()) {
      messages.add(Map.of("role", m.role().wireName(), "content", m.content()));
    }
    return Map.of("messages", messages);
  }
}
