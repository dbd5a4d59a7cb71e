package io.aieval.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.aieval.server.Api;
import io.aieval.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The original plan's request, exactly as written, runs a job that ends with results. */
class ShortFormControllerTest {
  private static final String PLAN_REQUEST =
      "{\"project\":\"demo\",\"task\":\"accuracy\",\"model\":\"example-bert\","
          + "\"params\":{\"runner\":\"local\"}}";

  private final TestServer server = TestServer.shared();

  @Test
  void thePlansExactRequestRunsToTheEnd() throws Exception {
    TestServer.Tenant t = server.newTenant();
    Api api = t.key("evaluator");
    Path capitals = server.dataRoot().resolve("capitals-" + t.name() + ".jsonl");
    Files.copy(Path.of("../examples/data/capitals.jsonl"), capitals);
    api.post(
            "/api/v1/models",
            Map.of(
                "name",
                "example-bert",
                "provider",
                "sim",
                "params",
                Map.of("options", Map.of("accuracy", 0.7, "latency_ms", 5))))
        .expect(201);
    api.post("/api/v1/datasets", Map.of("name", "default", "path", capitals.toString()))
        .expect(201);

    JsonNode job = api.post("/jobs/submit", PLAN_REQUEST).expect(201).json();

    assertThat(job.path("project").asString()).isEqualTo("demo");
    assertThat(job.path("model").asString()).isEqualTo("example-bert");
    assertThat(job.path("task").asString()).isEqualTo("accuracy");
    // the job as submitted, even when the runner claims it before the answer is sent
    assertThat(job.path("status").asString()).isEqualTo("QUEUED");
    String id = job.path("id").asString();
    JsonNode done = TestServer.awaitEnd(api, id);
    assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.path("progress").path("done").asLong()).isEqualTo(30);
    assertThat(done.path("attempt").asInt()).isEqualTo(1);

    JsonNode results = api.get("/api/v1/jobs/" + id + "/results").expect(200).json();
    assertThat(results.toString()).contains("accuracy");
    assertThat(api.get("/api/v1/jobs?project=demo").expect(200).json().path("items"))
        .extracting(j -> j.path("id").asString())
        .containsExactly(id);
  }

  @Test
  void unknownShortNamesAreBadRequestsNamingTheField() {
    TestServer.Tenant t = server.newTenant();
    Api api = t.key("evaluator");

    JsonNode p = api.post("/jobs/submit", PLAN_REQUEST).expect(400).json();
    assertThat(p.path("errors").get(0).path("field").asString()).isEqualTo("model");
    api.post("/api/v1/models", Map.of("name", "example-bert", "provider", "sim")).expect(201);
    JsonNode noData = api.post("/jobs/submit", PLAN_REQUEST).expect(400).json();
    assertThat(noData.path("errors").get(0).path("field").asString()).isEqualTo("params.dataset");
    JsonNode badRunner =
        api.post("/jobs/submit", PLAN_REQUEST.replace("\"runner\":\"local\"", "\"runner\":\"k8s\""))
            .expect(400)
            .json();
    assertThat(badRunner.path("errors").get(0).path("field").asString()).isEqualTo("params.runner");
  }
}
