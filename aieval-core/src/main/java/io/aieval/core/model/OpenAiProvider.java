package io.aieval.core.model;

import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelProvider;
import io.aieval.api.model.ModelSettings;

/** Any OpenAI-compatible HTTP endpoint. Options: {@code stream} (true/false). */
public final class OpenAiProvider implements ModelProvider {
  @Override
  public String name() {
    return "openai";
  }

  @Override
  public String description() {
    return "OpenAI-compatible HTTP endpoint (vLLM, SGLang, Ollama, TGI, llama.cpp, commercial APIs)";
  }

  @Override
  public ModelClient create(ModelSettings settings) {
    return new OpenAiClient(settings);
  }
}
