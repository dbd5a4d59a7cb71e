package io.aieval.core.run;

import io.aieval.core.i18n.Messages;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What an interrupted run already finished. Reading {@code samples.jsonl} back, it keeps every
 * scored or skipped sample once, drops failed samples (so the resumed run tries them again) and a
 * line cut short by a kill, and rewrites the file to hold exactly the kept lines. The resumed run
 * then appends only samples whose ids are not here, so each sample ends up exactly once.
 */
final class ResumeIndex {
  private final Map<String, Set<String>> doneByStep;
  private final long kept;
  private final long retried;
  private final long broken;

  private ResumeIndex(Map<String, Set<String>> doneByStep, long kept, long retried, long broken) {
    this.doneByStep = doneByStep;
    this.kept = kept;
    this.retried = retried;
    this.broken = broken;
  }

  static ResumeIndex empty() {
    return new ResumeIndex(Map.of(), 0, 0, 0);
  }

  /**
   * Loads and compacts {@code file}, feeding every kept sample to its step's aggregate.
   *
   * @param aggregateFor the aggregate of a step by name
   */
  static ResumeIndex load(Path file, Function<String, StepAggregate> aggregateFor) {
    if (!Files.exists(file)) {
      return empty();
    }
    Map<String, Set<String>> done = new HashMap<>();
    long kept = 0;
    long retried = 0;
    long broken = 0;
    Path tmp = file.resolveSibling(file.getFileName() + ".compacting");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = parse(line);
        if (n == null) {
          broken++;
          continue;
        }
        String step = n.path("step").asString("");
        String status = n.path("outcome").asString("");
        if ("failed".equals(status)) {
          retried++;
          continue;
        }
        if (!done.computeIfAbsent(step, s -> new HashSet<>()).add(n.path("id").asString(""))) {
          continue;
        }
        aggregateFor.apply(step).record(recorded(n, status));
        out.write(line);
        out.write('\n');
        kept++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.get("run.fileIo", file, e.getMessage()), e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.get("run.fileIo", file, e.getMessage()), e);
    }
    return new ResumeIndex(done, kept, retried, broken);
  }

  private static JsonNode parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      JsonNode n = SampleLines.JSON.readTree(line);
      return n.isObject() && n.path("id").isString() && n.path("step").isString() ? n : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static StepAggregate.Recorded recorded(JsonNode n, String status) {
    return new StepAggregate.Recorded(
        status,
        n.path("score").asDouble(0),
        null,
        n.path("latency_ms").asDouble(0),
        n.path("prompt_tokens").asLong(0),
        n.path("completion_tokens").asLong(0),
        n.path("cached").asBoolean(false),
        true);
  }

  boolean isDone(String step, String id) {
    Set<String> ids = doneByStep.get(step);
    return ids != null && ids.contains(id);
  }

  /** Samples kept from the earlier run. */
  long kept() {
    return kept;
  }

  /** Failed samples dropped so that they are tried again. */
  long retried() {
    return retried;
  }

  /** Lines that could not be read (a line cut short by a kill). */
  long broken() {
    return broken;
  }
}
