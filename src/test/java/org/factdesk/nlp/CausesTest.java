package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CausesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The company blamed the collapse on a small earthquake.|the collapse|a small earthquake",
        "The burst was caused by frost heave under the road, the utility said.|The burst|frost heave under the road",
        "The contractor put the burst down to the age of the pipe.|the burst|the age of the pipe",
        "The report attributes the decline chiefly to drained meadows.|the decline chiefly|drained meadows",
        "The delays were due to a shortage of staff, the operator said.|The delays|a shortage of staff",
        "The firm said a power failure at its data centre was the trigger for the outage.|the outage|a power failure at its data centre",
        "Drainage of farmland is to blame for the decline, the report found.|the decline|Drainage of farmland",
        "The union said foxes were the real cause of the decline, not drainage, and disputed it.|the decline|foxes",
        "The builder said the pipe was old, and that its age was why it broke.|it broke|its age",
        "The utility said the main cracked because frost had lifted the road.|the main cracked|frost had lifted the road",
      })
  void findsTheEffectAndTheCause(String sentence, String effect, String cause) {
    Causes.Cause c = Causes.find(sentence).orElseThrow();
    assertThat(c.effect()).isEqualTo(effect);
    assertThat(c.cause()).isEqualTo(cause);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The bridge was closed on Monday.",
        "Water prices rose by 4% this year.",
        "The mayor said the council would help the families.",
      })
  void sentencesWithoutACauseGiveNone(String sentence) {
    assertThat(Causes.find(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a power cut|no interruption of supply|power-failure",
        "a small earthquake|a magnitude 2.1 tremor|earthquake",
        "drainage of farmland|the draining of meadows|drain",
        // word classes beyond the first three kinds (nlp.CauseWords)
        "an outage|power cuts|power-failure",
        "a blaze in the kitchen|the fire|fire",
        "a gale|the storm|storm",
        "seepage|a leaking pipe|leak",
      })
  void causesInOtherWordsShareAStem(String a, String b, String shared) {
    assertThat(Causes.stems(a)).contains(shared);
    assertThat(Causes.stems(b)).contains(shared);
  }

  @Test
  void aLongSentenceWithoutACauseEndsFast() {
    String filler = "the council said the bridge over the river was closed on a wet Monday ";
    String longOne = filler.repeat(20_000 / filler.length() + 1) + "was.";
    String withWords = "The report said " + filler.repeat(300) + " caused ";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(Causes.find(longOne)).isEmpty();
          assertThat(Causes.find(withWords)).isEmpty();
        });
  }

  @Test
  void aLineBreakInsideTheSentenceDoesNotHideTheCause() {
    Causes.Cause c = Causes.find("The delays were\ndue to a shortage of staff.").orElseThrow();
    assertThat(c.effect()).isEqualTo("The delays");
  }
}
