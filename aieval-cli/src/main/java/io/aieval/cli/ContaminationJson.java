package io.aieval.cli;

import io.aieval.core.contamination.BenchmarkField;
import io.aieval.core.contamination.CleanSubset;
import io.aieval.core.contamination.ContaminationReport;
import io.aieval.core.contamination.CorpusStats;
import io.aieval.core.contamination.DirtySample;
import io.aieval.core.score.MetricValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What {@code aieval contamination --json} prints: schema {@code aieval.contamination/v1}. */
final class ContaminationJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContaminationJson() {}

  static String of(ContaminationReport r, List<Path> corpus, CleanSubset subset) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", "aieval.contamination/v1");
    root.put("tool_version", VersionProvider.version());
    ObjectNode settings = root.putObject("settings");
    settings.put("n", r.settings().n());
    ArrayNode fields = settings.putArray("fields");
    for (BenchmarkField f : r.settings().orderedFields()) {
      fields.add(f.name().toLowerCase(Locale.ROOT));
    }
    settings.put("corpus_field", r.settings().corpusField());
    settings.put("corpus_docs", r.settings().lineDocuments() ? "lines" : "files");
    settings.put(
        "normalisation",
        "lower-cased; punctuation (ASCII and Unicode P*) deleted; split on whitespace;"
            + " each Han or kana character one word; 64-bit hashes");
    root.putObject("benchmark")
        .put("path", r.benchmark())
        .put("task", r.task())
        .put("sha256", r.benchmarkSha256())
        .put("samples", r.samples())
        .put("too_short", r.tooShort())
        .put("bad_rows", r.badRows())
        .put("distinct_ngrams", r.benchmarkNgrams());
    CorpusStats c = r.corpus();
    ObjectNode corpusNode = root.putObject("corpus");
    ArrayNode paths = corpusNode.putArray("paths");
    corpus.forEach(p -> paths.add(p.toString()));
    corpusNode
        .put("files", c.files())
        .put("documents", c.documents())
        .put("bytes", c.bytes())
        .put("bad_lines", c.badLines())
        .put("seconds", c.elapsed().toNanos() / 1e9)
        .put("mb_per_s", c.megabytesPerSecond());
    root.put("dirty_count", r.dirty().size());
    root.put("clean_count", r.clean());
    ArrayNode dirty = root.putArray("dirty");
    for (DirtySample d : r.dirty()) {
      dirty.addObject().put("id", d.id()).put("ngram", d.ngram());
    }
    if (subset != null) {
      ObjectNode run = root.putObject("run");
      run.put("path", subset.run());
      run.put("matched_by_dataset_sha256", subset.matchedByDataset());
      ArrayNode steps = run.putArray("steps");
      for (CleanSubset.StepSubset s : subset.steps()) {
        ObjectNode step = steps.addObject().put("step", s.step()).put("metric", s.all().name());
        metric(s.all(), step.putObject("all"));
        metric(s.clean(), step.putObject("clean"));
        step.put("dirty_scored", s.dirtyScored());
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** As results.json writes a metric: JSON null for an empty subset's value and interval. */
  private static void metric(MetricValue v, ObjectNode node) {
    if (v.count() == 0) {
      node.putNull("value");
      node.put("stderr", v.stderr());
      node.putArray("ci95").addNull().addNull();
    } else {
      node.put("value", v.value());
      node.put("stderr", v.stderr());
      node.putArray("ci95").add(v.ciLow()).add(v.ciHigh());
    }
    node.put("n", v.count());
  }
}
