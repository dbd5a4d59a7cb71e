package io.aieval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code aieval --version}: the build's version, from the core's version file. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/io/aieval/core/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "aieval " + p.getProperty("version", "dev"), "Java " + System.getProperty("java.version")
    };
  }
}
