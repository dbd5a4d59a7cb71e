package io.aieval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client commands against a real service on loopback: submit, follow, read results, samples and
 * reports, manage jobs, models and data sets, and the exit codes of each kind of failure.
 */
class ClientCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    BenchData.questions(dir.resolve("qa.jsonl"), 20);
    server = TestServer.start(dir.resolve("home"), dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A spec beside the data, run by the simulator with this {@code model.options}. */
  private static Path spec(String name, String options) throws Exception {
    Path spec = dir.resolve(name + ".yaml");
    Files.writeString(
        spec,
        "model: {provider: sim, max_concurrency: 1, options: "
            + options
            + "}\n"
            + "steps:\n  - type: accuracy\n    dataset: {path: qa.jsonl}\n");
    return spec;
  }

  /**
   * The id from submit's one line "Job ID STATUS". The status is the job as the submit queued it,
   * whether or not a runner has claimed it by the time the answer is printed.
   */
  private static String idOf(Cli submitted) {
    assertThat(submitted.exit()).as(submitted.err()).isZero();
    Matcher line = Pattern.compile("Job (\\S+) (\\S+)").matcher(submitted.out().strip());
    assertThat(line.matches()).as(submitted.out()).isTrue();
    assertThat(line.group(2)).isEqualTo("QUEUED");
    return line.group(1);
  }

  @Test
  void submitWaitThenResultsSamplesAndReports() throws Exception {
    Cli submit =
        server.run(
            "submit", spec("half", "{accuracy: 0.5}").toString(), "--project", "p1", "--wait");
    assertThat(submit.exit()).as(submit.err()).isZero();
    assertThat(submit.out()).contains("ended SUCCEEDED", "acc", " ± ", "95% CI");
    assertThat(submit.err()).contains("SUCCEEDED", "20/20");

    JsonNode jobs = JSON.readTree(server.run("jobs", "ls", "--project", "p1", "--json").out());
    assertThat(jobs.path("items")).hasSize(1);
    String id = jobs.path("items").path(0).path("id").asString();
    assertThat(jobs.path("items").path(0).path("name").asString()).isEqualTo("half");

    Cli results = server.run("results", id);
    assertThat(results.out()).contains("accuracy", "acc", "[");
    JsonNode json = JSON.readTree(server.run("results", id, "--json").out());
    assertThat(json.path("schema").asString()).isEqualTo("aieval.results/v1");
    double acc = json.path("steps").path(0).path("metrics").path(0).path("value").asDouble();

    JsonNode wrong =
        JSON.readTree(server.run("samples", id, "--outcome", "incorrect", "--json").out());
    JsonNode right =
        JSON.readTree(server.run("samples", id, "--outcome", "correct", "--json").out());
    assertThat(wrong.path("items"))
        .allSatisfy(s -> assertThat(s.path("score").asDouble()).isZero());
    assertThat(right.path("items")).allSatisfy(s -> assertThat(s.path("score").asDouble()).isOne());
    assertThat(right.path("items").size()).isEqualTo((int) Math.round(acc * 20));
    assertThat(wrong.path("items").size() + right.path("items").size()).isEqualTo(20);
    Cli table = server.run("samples", id, "--outcome", "incorrect", "--limit", "2");
    assertThat(table.out()).contains("incorrect", "More samples: add --cursor");
    assertThat(server.run("samples", id, "--q", "item 7)", "--json").out()).contains("\"q7\"");

    Path html = dir.resolve("out/report.html");
    Cli report = server.run("report", id, "--format", "html", "-o", html.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(html)).contains("<html", "acc");
    Path csv = dir.resolve("out/report.csv");
    assertThat(server.run("report", id, "--format", "csv", "-o", csv.toString()).exit()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("run,step,metric,value,stderr");
  }

  @Test
  void compareWorksOnJobIdsAsOnFolders() throws Exception {
    String perfect = idOf(server.run("submit", spec("perfect", "{accuracy: 1.0}").toString()));
    String worse = idOf(server.run("submit", spec("worse", "{accuracy: 0.5}").toString()));
    assertThat(server.run("jobs", "wait", perfect).exit()).isZero();
    assertThat(server.run("jobs", "wait", worse).exit()).isZero();
    double a = acc(server.run("results", perfect, "--json").out());
    double b = acc(server.run("results", worse, "--json").out());
    assertThat(a).isEqualTo(1.0);

    Cli compared = server.run("compare", perfect, worse, "--json");
    assertThat(compared.exit()).as(compared.err()).isZero();
    JsonNode step = JSON.readTree(compared.out()).path("comparisons").path(0).path("steps").path(0);
    assertThat(step.path("paired").asInt()).isEqualTo(20);
    assertThat(step.path("flips").path("correct_to_incorrect").path("count").asLong())
        .isEqualTo(Math.round((a - b) * 20));
    assertThat(step.path("difference").asDouble()).isCloseTo(b - a, within(1e-12));

    Path folder = dir.resolve("local-perfect");
    Cli local =
        Cli.run(
            "run", spec("perfect", "{accuracy: 1.0}").toString(), "-o", folder.toString(), "-q");
    assertThat(local.exit()).as(local.err()).isZero();
    Cli mixed = server.run("compare", folder.toString(), worse, "--json");
    assertThat(mixed.exit()).as(mixed.err()).isZero();

    Cli missing = server.run("compare", perfect, "00000000-0000-0000-0000-000000000000");
    assertThat(missing.exit()).isEqualTo(Main.INVALID_INPUT);
  }

  private static double acc(String resultsJson) {
    return JSON.readTree(resultsJson)
        .path("steps")
        .path(0)
        .path("metrics")
        .path(0)
        .path("value")
        .asDouble();
  }

  @Test
  void jobsCanBeListedShownCancelledRetriedAndRemoved() throws Exception {
    String id = idOf(server.run("submit", spec("slow", "{latency_ms: 1000}").toString()));
    Cli get = server.run("jobs", "get", id);
    assertThat(get.out()).contains(id, "slow", "Status");
    assertThat(server.run("jobs", "ls").out()).contains(id);

    assertThat(server.run("jobs", "cancel", id).exit()).isZero();
    Cli cancelled = server.run("jobs", "wait", id, "--timeout", "30s");
    assertThat(cancelled.exit()).isEqualTo(Main.RUN_FAILED);
    assertThat(cancelled.out()).contains("ended CANCELLED");
    assertThat(server.run("jobs", "ls", "--status", "cancelled").out()).contains(id);

    Cli retried = server.run("jobs", "retry", id);
    assertThat(retried.exit()).as(retried.err()).isZero();
    // the runner may claim it between the retry and the answer
    assertThat(retried.out()).containsAnyOf("QUEUED", "RUNNING");
    Cli impatient = server.run("jobs", "wait", id, "--timeout", "300ms");
    assertThat(impatient.exit()).isEqualTo(Main.RUN_FAILED);
    assertThat(impatient.err()).contains("gave up waiting");

    Cli busy = server.run("jobs", "rm", id);
    assertThat(busy.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(busy.err()).contains("(409)");
    assertThat(server.run("jobs", "cancel", id).exit()).isZero();
    assertThat(server.run("jobs", "wait", id, "--timeout", "30s").exit())
        .isEqualTo(Main.RUN_FAILED);
    assertThat(server.run("jobs", "rm", id).out()).contains("Job " + id + " deleted.");
    Cli gone = server.run("jobs", "get", id);
    assertThat(gone.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(gone.err()).contains("(404)", id);
  }

  @Test
  void modelsAndDataSetsAreRegisteredAndListed() throws Exception {
    Cli model =
        server.run(
            "models",
            "register",
            "--name",
            "m1",
            "--provider",
            "openai",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--param",
            "max_tokens=32",
            "--param",
            "options={\"x\":1}",
            // any variable that is set will do: the key is read from the environment
            "--api-key-env",
            "PATH");
    assertThat(model.exit()).as(model.err()).isZero();
    assertThat(server.run("models", "ls").out()).contains("m1", "openai", "http://127.0.0.1:9/v1");
    JsonNode m1 = JSON.readTree(server.run("models", "ls", "--json").out()).path("items").path(0);
    assertThat(m1.path("params").path("max_tokens").asInt()).isEqualTo(32);
    assertThat(m1.path("params").path("options").path("x").asInt()).isEqualTo(1);
    assertThat(m1.path("has_api_key").asBoolean()).isTrue();
    assertThat(m1.toString()).doesNotContain(System.getenv("PATH"));
    Cli again = server.run("models", "register", "--name", "m1", "--provider", "sim");
    assertThat(again.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(again.err()).contains("(409)");
    Cli noKey =
        server.run(
            "models", "register", "--name", "m2", "--provider", "sim", "--api-key-env", "NO_SUCH");
    assertThat(noKey.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(noKey.err()).contains("NO_SUCH is not set");

    Cli upload =
        server.run(
            "datasets",
            "register",
            "--name",
            "d1",
            "--file",
            dir.resolve("qa.jsonl").toString(),
            "--field",
            "input=question");
    assertThat(upload.exit()).as(upload.err()).isZero();
    assertThat(upload.out()).contains("Data set d1 registered: 20 rows");
    Cli path =
        server.run(
            "datasets", "register", "--name", "d2", "--path", dir.resolve("qa.jsonl").toString());
    assertThat(path.exit()).as(path.err()).isZero();
    assertThat(server.run("datasets", "ls").out()).contains("d1", "d2", "20");

    Path byName = dir.resolve("by-name.yaml");
    Files.writeString(
        byName, "model: {provider: sim}\nsteps:\n  - {type: accuracy, dataset: d1}\n");
    assertThat(server.run("submit", byName.toString(), "--wait").out()).contains("ended SUCCEEDED");
  }

  @Test
  void aBadSpecExitsTwoWithEachFieldError() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "model: {provider: opnai}\nsteps:\n  - type: accuracy\n    dataset: {path: no.jsonl}\n");
    Cli cli = server.run("submit", bad.toString());
    assertThat(cli.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(cli.err())
        .contains("(400)")
        .contains("spec.model.provider: unknown model provider \"opnai\", did you mean \"openai\"?")
        .contains("spec.steps[0].dataset.path:", dir.resolve("no.jsonl").toString());

    Files.writeString(bad, "model: [unclosed\n");
    Cli syntax = server.run("submit", bad.toString());
    assertThat(syntax.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(syntax.err()).contains("not valid YAML or JSON", "bad.yaml:");
  }

  @Test
  void aWrongKeyExitsThreeInTheCallersLanguage() throws Exception {
    Path wrong = dir.resolve("wrong-key");
    Files.writeString(wrong, "aiev_wrong\n");
    Cli en = Cli.run("jobs", "ls", "--server", server.url(), "--api-key-file", wrong.toString());
    assertThat(en.exit()).isEqualTo(Main.UNAVAILABLE);
    assertThat(en.err()).contains("(401)");
    Cli zh =
        Cli.run(
            "jobs",
            "ls",
            "--server",
            server.url(),
            "--api-key-file",
            wrong.toString(),
            "--lang",
            "zh-CN");
    assertThat(zh.exit()).isEqualTo(Main.UNAVAILABLE);
    assertThat(zh.err()).contains("(401)", "API 密钥");
  }

  @Test
  void aServerThatIsDownExitsThree() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Cli cli = Cli.run("jobs", "ls", "--server", "http://127.0.0.1:" + port, "--lang", "en");
    assertThat(cli.exit()).isEqualTo(Main.UNAVAILABLE);
    assertThat(cli.err()).contains("Cannot reach the aieval server at http://127.0.0.1:" + port);
    Cli badUrl = Cli.run("jobs", "ls", "--server", "ftp://x", "--lang", "en");
    assertThat(badUrl.exit()).isEqualTo(Main.INVALID_INPUT);
  }
}
