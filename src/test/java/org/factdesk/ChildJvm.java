package org.factdesk;

import java.io.File;
import java.nio.file.Path;

/**
 * The class path for tests that start a child JVM: our classes and the runtime dependencies, as the
 * launcher gives them, rather than the whole test class path. Maven passes both to the tests as
 * system properties; outside Maven it falls back to the test class path.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** Main classes and runtime dependencies; with {@code testClasses}, the test classes too. */
  public static String classpath(boolean testClasses) {
    String runtime = System.getProperty("factdesk.runtime.classpath");
    String classes = System.getProperty("factdesk.classes");
    if (runtime == null || classes == null || runtime.startsWith("${")) {
      return System.getProperty("java.class.path");
    }
    StringBuilder cp = new StringBuilder(classes);
    if (testClasses) {
      cp.append(File.pathSeparator).append(System.getProperty("factdesk.test-classes"));
    }
    if (!runtime.isEmpty()) {
      cp.append(File.pathSeparator).append(runtime);
    }
    return cp.toString();
  }

  /** The java binary of the JVM running the tests. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
