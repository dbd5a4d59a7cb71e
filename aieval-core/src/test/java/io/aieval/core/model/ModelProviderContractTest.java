package io.aieval.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.ModelClient;
import io.aieval.api.model.ModelProvider;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.ModelSettings;
import io.aieval.api.model.Prompt;
import io.aieval.core.sim.SimConfig;
import io.aieval.core.sim.SimServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every model provider on the class path must do; a plugin author can run the same checks on
 * theirs: a unique lower-case name, a description, and a client that answers a request and closes
 * cleanly.
 */
class ModelProviderContractTest {
  private static final ModelRequest REQUEST =
      new ModelRequest(
          new Prompt.Chat(List.of(ChatMessage.user("Which is right?\nA. one\nB. two"))), null);

  @Test
  void everyProviderHasAUniqueLowerCaseNameAndADescription() {
    Set<String> names = new HashSet<>();
    for (String name : Models.providers().names()) {
      ModelProvider p = Models.providers().get(name);
      assertThat(p.name()).isEqualTo(name).matches("[a-z][a-z0-9_-]*");
      assertThat(p.description()).isNotBlank().isNotEqualTo(name);
      assertThat(names.add(name)).isTrue();
    }
    assertThat(names).contains("openai", "sim", "baseline");
  }

  @Test
  void everyProviderAnswersARequestAndCloses() throws Exception {
    try (SimServer server = SimServer.start(SimConfig.defaults())) {
      for (String name : Models.providers().names()) {
        ModelSettings settings =
            new ModelSettings(
                name, "m", server.baseUrl(), null, Duration.ofSeconds(5), 2, false, Map.of());
        ModelProvider provider = Models.providers().get(name);
        provider.check(settings);
        try (ModelClient client = provider.create(settings)) {
          ModelResponse r = client.generate(REQUEST).get();
          assertThat(r.text()).as(name).isNotNull();
          assertThat(r.attempts()).as(name).isEqualTo(1);
        }
      }
    }
  }
}
