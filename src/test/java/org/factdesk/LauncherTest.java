package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code factdesk}, run with a fake java that prints its arguments: it adds
 * {@code jdk.incubator.vector} only when the runtime lists it, and asks the runtime once.
 */
class LauncherTest {
  @TempDir Path tmp;

  @Test
  void addsTheVectorModuleOnlyWhenTheRuntimeHasIt() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Path script = Path.of("factdesk").toAbsolutePath();
    assumeTrue(Files.isRegularFile(script), "run from the project directory");
    Path home = tmp.resolve("home");
    Path app = tmp.resolve("app");
    Files.createDirectories(app.resolve("target"));
    Files.copy(script, app.resolve("factdesk"));
    Files.writeString(app.resolve("target/factdesk.jar"), ""); // no pom.xml or src: no build

    Path withModule = fakeJava(home.resolve("with"), true);
    List<String> args = run(app, home.resolve("with"));
    assertThat(args).containsSequence("--add-modules", "jdk.incubator.vector");
    assertThat(args).contains("-jar", "check");
    assertThat(listCalls(withModule)).isEqualTo(1);
    assertThat(run(app, home.resolve("with")))
        .containsSequence("--add-modules", "jdk.incubator.vector");
    assertThat(listCalls(withModule)).as("the answer is cached").isEqualTo(1);

    Path without = fakeJava(home.resolve("without"), false);
    List<String> plain = run(app, home.resolve("without"));
    assertThat(plain).doesNotContain("--add-modules", "jdk.incubator.vector");
    assertThat(plain).contains("--enable-native-access=ALL-UNNAMED", "-jar", "check");
    assertThat(listCalls(without)).isEqualTo(1);
  }

  /** A java 21 that lists the vector module or not, counts --list-modules, echoes its arguments. */
  private static Path fakeJava(Path javaHome, boolean vector) throws IOException {
    Path bin = Files.createDirectories(javaHome.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        String.join(
            "\n",
            "#!/bin/sh",
            "case \"$1\" in",
            "  -XshowSettings:properties) echo '    java.specification.version = 21' >&2; exit 0;;",
            "  --list-modules) echo x >> \"$(dirname \"$0\")/list-calls\"; echo java.base@21;"
                + (vector ? " echo jdk.incubator.vector@21;" : "")
                + " echo jdk.jfr@21; exit 0;;",
            "esac",
            "for a in \"$@\"; do echo \"$a\"; done",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    // older than the launcher's cache, whatever the file system's time resolution
    Files.setLastModifiedTime(java, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
    return java;
  }

  private static int listCalls(Path java) throws IOException {
    Path calls = java.resolveSibling("list-calls");
    return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
  }

  private List<String> run(Path app, Path javaHome) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", app.resolve("factdesk").toString(), "check")
            .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("FACTDESK_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as("launcher exit; stderr: %s", Files.readString(tmp.resolve("err.txt")))
        .isZero();
    return out.lines().toList();
  }
}
