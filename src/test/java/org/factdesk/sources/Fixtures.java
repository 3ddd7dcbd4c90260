package org.factdesk.sources;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture folder of the sources tests. */
final class Fixtures {
  private Fixtures() {}

  static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("harbour-rss.xml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  static String path(String name) {
    return file(name).toString();
  }
}
