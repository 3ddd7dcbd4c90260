package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/** Loads a regression config from {@code src/test/resources/regression} and checks checksums. */
final class RegressionConfig {
  private RegressionConfig() {}

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RegressionConfig.class.getResourceAsStream("/regression/" + name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  static Path shared() {
    return Path.of(System.getProperty("factdesk.shared", "../shared"));
  }

  static void assertChecksum(Path file, String expected) throws IOException {
    assertThat(sha256(Files.readAllBytes(file))).as("SHA-256 of " + file).isEqualTo(expected);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
