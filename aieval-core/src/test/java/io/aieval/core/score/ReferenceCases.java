package io.aieval.core.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads a file of reference cases beside the tests: one JSON object a line. */
final class ReferenceCases {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private ReferenceCases() {}

  static List<String> lines(String name) throws IOException {
    try (InputStream in = ReferenceCases.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
