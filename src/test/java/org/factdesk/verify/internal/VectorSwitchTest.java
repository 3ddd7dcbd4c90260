package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.factdesk.ChildJvm;
import org.junit.jupiter.api.Test;

class VectorSwitchTest {
  @Test
  void aWarmUpThatGivesUpLetsAnotherTryUntilTheAttemptsAreSpent() throws Exception {
    // no time at all for a warm-up: each gives up after its first vector call
    VectorSwitch s = new VectorSwitch(10, 2, 0, 0);
    Mlp head = new Mlp(11, 70, 3, 1);
    assertThat(s.decide(head, 6)).isFalse();
    assertThat(s.lastWarmUp()).isNull();
    assertThat(s.decide(head, 4)).isFalse(); // 10 scalar inputs: the first warm-up starts
    Thread first = s.lastWarmUp();
    assertThat(first).isNotNull();
    first.join(60_000);
    assertThat(first.isAlive()).isFalse();
    assertThat(s.failureCount()).isEqualTo(1);
    assertThat(s.hasGivenUp()).isFalse();
    assertThat(s.isReady()).isFalse();

    // counting starts again from zero
    assertThat(s.decide(head, 9)).isFalse();
    assertThat(s.lastWarmUp()).isSameAs(first);
    assertThat(s.decide(head, 1)).isFalse();
    Thread second = s.lastWarmUp();
    assertThat(second).isNotSameAs(first);
    assertThat(second.getName()).startsWith("factdesk-mlp-warmup-");
    second.join(60_000);
    assertThat(s.failureCount()).isEqualTo(2);
    assertThat(s.hasGivenUp()).isTrue();

    // given up: scalar for good, no third warm-up
    for (int i = 0; i < 5; i++) {
      assertThat(s.decide(head, 1_000)).isFalse();
    }
    assertThat(s.lastWarmUp()).isSameAs(second);
    assertThat(s.failureCount()).isEqualTo(2);
  }

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> new VectorSwitch(-1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after must be >= 0, got -1");
    assertThatThrownBy(() -> new VectorSwitch(0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts must be >= 1, got 0");
  }

  @Test
  void anInterpretedJvmKeepsTheScalarLoop() throws Exception {
    assumeTrue(Mlp.vectorised(), "jdk.incubator.vector absent or turned off here");
    Process p =
        new ProcessBuilder(
                ChildJvm.java(),
                "-Xint",
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                ChildJvm.classpath(true),
                Probe.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).as("child output").contains("vectorised=false");
  }

  /** Prints whether the child JVM would use the vector loop. */
  static final class Probe {
    public static void main(String[] args) {
      System.out.println("vectorised=" + Mlp.vectorised());
    }
  }
}
