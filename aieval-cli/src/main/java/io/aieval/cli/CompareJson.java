package io.aieval.cli;

import io.aieval.core.compare.BootstrapSignificance;
import io.aieval.core.compare.CompareSettings;
import io.aieval.core.compare.CompareWarning;
import io.aieval.core.compare.Flips;
import io.aieval.core.compare.McNemar;
import io.aieval.core.compare.MetricNotCompared;
import io.aieval.core.compare.Pairing;
import io.aieval.core.compare.RunComparison;
import io.aieval.core.compare.StepComparison;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What {@code aieval compare --json} prints: schema {@code aieval.compare/v2}. */
final class CompareJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CompareJson() {}

  static String of(List<RunComparison> comparisons, CompareSettings settings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", "aieval.compare/v2");
    root.put("baseline", comparisons.get(0).baseline());
    root.putObject("bootstrap")
        .put("iterations", settings.bootstrap().iterations())
        .put("seed", settings.bootstrap().seed());
    root.put("mcnemar_exact_below", McNemar.EXACT_BELOW);
    root.put("flip_limit", settings.flipLimit());
    root.put("tool_version", VersionProvider.version());
    ArrayNode all = root.putArray("comparisons");
    for (RunComparison c : comparisons) {
      ObjectNode node = all.addObject();
      node.put("baseline", c.baseline());
      node.put("candidate", c.candidate());
      ArrayNode warnings = node.putArray("warnings");
      for (CompareWarning w : c.warnings()) {
        warnings
            .addObject()
            .put("kind", w.kind())
            .put("step", w.step())
            .put("baseline", w.baseline())
            .put("candidate", w.candidate());
      }
      ArrayNode steps = node.putArray("steps");
      c.steps().forEach(s -> step(s, steps.addObject()));
      ArrayNode empty = node.putArray("steps_without_pairs");
      for (Map.Entry<String, Pairing> e : c.withoutPairs().entrySet()) {
        pairing(e.getValue(), empty.addObject().put("step", e.getKey()));
      }
      ArrayNode skipped = node.putArray("metrics_not_compared");
      for (MetricNotCompared m : c.notCompared()) {
        ObjectNode entry =
            skipped
                .addObject()
                .put("step", m.step())
                .put("metric", m.metric())
                .put("reason", m.reason().key())
                .put("run", m.run());
        pairing(m.pairing(), entry);
      }
      ArrayNode onlyA = node.putArray("steps_only_in_baseline");
      c.onlyInBaseline().forEach(onlyA::add);
      ArrayNode onlyB = node.putArray("steps_only_in_candidate");
      c.onlyInCandidate().forEach(onlyB::add);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void step(StepComparison s, ObjectNode node) {
    node.put("step", s.step()).put("metric", s.metric());
    pairing(s.pairing(), node);
    node.put("baseline_value", s.baselineValue());
    node.put("candidate_value", s.candidateValue());
    node.put("difference", s.difference().difference());
    node.put("stderr", s.difference().stderr());
    node.putArray("ci95").add(s.difference().ciLow()).add(s.difference().ciHigh());
    node.put("p_value", s.test().pValue());
    ObjectNode test = node.putObject("test").put("method", s.test().method());
    if (s.test() instanceof McNemar m) {
      test.put("correct_to_incorrect", m.lost());
      test.put("incorrect_to_correct", m.gained());
      test.put("statistic", m.statistic());
    } else if (s.test() instanceof BootstrapSignificance b) {
      test.put("replicates", b.replicates());
    }
    if (s.binary()) {
      ObjectNode flips = node.putObject("flips");
      flips(s.flips().lostCount(), s.flips().lost(), flips.putObject("correct_to_incorrect"));
      flips(s.flips().gainedCount(), s.flips().gained(), flips.putObject("incorrect_to_correct"));
    }
  }

  private static void pairing(Pairing p, ObjectNode node) {
    node.put("paired", p.paired());
    node.put("only_in_baseline", p.onlyInBaseline());
    node.put("only_in_candidate", p.onlyInCandidate());
    node.put("not_scored", p.notScored());
  }

  private static void flips(long count, List<Flips.Flip> listed, ObjectNode node) {
    node.put("count", count);
    ArrayNode samples = node.putArray("samples");
    for (Flips.Flip f : listed) {
      samples
          .addObject()
          .put("id", f.id())
          .put("baseline", f.baselineAnswer())
          .put("candidate", f.candidateAnswer());
    }
  }
}
