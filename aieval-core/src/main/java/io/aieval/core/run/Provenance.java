package io.aieval.core.run;

import io.aieval.core.spec.EvalSpec;
import io.aieval.core.spec.SpecWriter;
import io.aieval.core.step.StepPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Everything needed to trace a number back to how it was made, with secrets masked. */
final class Provenance {
  private Provenance() {}

  static Map<String, Object> of(EvalSpec spec, List<StepPlan> plans, List<DataCheck> checks) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("tool", Map.of("name", "aieval", "version", toolVersion()));
    p.put("java", System.getProperty("java.version"));
    p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    Map<String, Object> canonical = SpecWriter.toMap(spec);
    p.put("spec", canonical);
    p.put("spec_sha256", sha256(io.aieval.core.run.SampleLines.JSON.writeValueAsString(canonical)));
    p.put("seed", spec.seed());
    p.put("model", SpecWriter.model(spec.model()));
    List<Map<String, Object>> data = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("step", plans.get(i).name());
      d.put("path", plans.get(i).source().path().toString());
      d.put("sha256", checks.get(i).fingerprint().sha256Hex());
      d.put("size_bytes", checks.get(i).fingerprint().sizeBytes());
      d.put("rows", checks.get(i).rows());
      d.put("prompt_template_sha256", sha256(plans.get(i).promptTemplate()));
      d.put("scorer", plans.get(i).scorerName());
      data.add(d);
    }
    p.put("steps", data);
    return p;
  }

  /** The version of aieval, from the build. */
  static String toolVersion() {
    try (InputStream in =
        Provenance.class.getResourceAsStream("/io/aieval/core/version.properties")) {
      Properties props = new Properties();
      if (in != null) {
        props.load(in);
      }
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
