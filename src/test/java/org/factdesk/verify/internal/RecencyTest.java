package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecencyTest {
  private static final Instant ARTICLE = Instant.parse("2026-11-20T18:00:00Z");

  private static Recency.Report report(int side, String day, boolean copy) {
    return new Recency.Report(side, Instant.parse(day + "T10:00:00Z"), copy);
  }

  @Test
  void anOlderDifferentFigureIsSetAsideWhenTheNewestAgrees() {
    List<String> why =
        Recency.setAside(
            List.of(report(-1, "2026-11-17", false), report(1, "2026-11-20", false)), ARTICLE);
    assertThat(why.get(0)).contains("older report").contains("2026-11-20").contains("agrees");
    assertThat(why.get(1)).isNull();
  }

  @Test
  void anOutdatedFigureIsNotSupportedByTheOldReport() {
    List<String> why =
        Recency.setAside(
            List.of(report(1, "2026-11-17", false), report(-1, "2026-11-20", false)), ARTICLE);
    assertThat(why.get(0)).contains("older report").contains("disagrees");
    assertThat(why.get(1)).isNull();
  }

  @Test
  void aReportAfterTheArticleOutranksNothing() {
    List<String> why =
        Recency.setAside(
            List.of(report(1, "2026-11-20", false), report(-1, "2026-11-25", false)), ARTICLE);
    assertThat(why.get(0)).isNull();
    assertThat(why.get(1)).contains("after the article");
    // without a report as old as the article, the late ones are all there is
    why = Recency.setAside(List.of(report(-1, "2026-11-25", false)), ARTICLE);
    assertThat(why.get(0)).isNull();
  }

  @Test
  void independentReportsOfOneTimeOutweighOneWireStoryCopied() {
    List<String> why =
        Recency.setAside(
            List.of(
                report(-1, "2026-11-19", false),
                report(-1, "2026-11-19", true),
                report(-1, "2026-11-19", true),
                report(1, "2026-11-19", false),
                report(1, "2026-11-19", false)),
            ARTICLE);
    assertThat(why.get(0)).contains("outweighed by 2");
    assertThat(why.get(1)).isNotNull();
    assertThat(why.subList(3, 5)).containsOnlyNulls();
  }

  @Test
  void anEvenSplitAtTheNewestTimeSetsNothingAside() {
    List<String> why =
        Recency.setAside(
            List.of(
                report(1, "2026-11-10", false),
                report(1, "2026-11-19", false),
                report(-1, "2026-11-19", false)),
            ARTICLE);
    assertThat(why).containsOnlyNulls();
    // undated reports and reports without the claim's figure are never set aside
    why =
        Recency.setAside(
            List.of(
                new Recency.Report(-1, null, false),
                report(0, "2026-11-01", false),
                report(1, "2026-11-19", false)),
            ARTICLE);
    assertThat(why).containsOnlyNulls();
  }

  @Test
  void aSideOutsideMinusOneToOneIsRejected() {
    assertThatThrownBy(() -> new Recency.Report(2, null, false))
        .hasMessageContaining("side must be -1, 0 or 1, got 2");
  }

  @Test
  void aReportOfAnotherActionOutranksNothing() {
    Recency.Report run =
        new Recency.Report(1, Instant.parse("2026-10-10T10:00:00Z"), false, Set.of("run"));
    Recency.Report cancelled =
        new Recency.Report(-1, Instant.parse("2026-11-20T10:00:00Z"), false, Set.of("cancel"));
    assertThat(Recency.setAside(List.of(run, cancelled), ARTICLE)).containsOnlyNulls();
    Recency.Report killed =
        new Recency.Report(-1, Instant.parse("2026-11-17T10:00:00Z"), false, Set.of("kill"));
    Recency.Report killedMore =
        new Recency.Report(1, Instant.parse("2026-11-20T10:00:00Z"), false, Set.of("kill"));
    assertThat(Recency.setAside(List.of(killed, killedMore), ARTICLE).get(0)).isNotNull();
  }

  @Test
  void aDeathTollOutranksAnOlderCountOfTheKilled() {
    Recency.Report toll =
        new Recency.Report(-1, Instant.parse("2026-11-18T10:00:00Z"), false, Set.of("die"));
    Recency.Report killed =
        new Recency.Report(1, Instant.parse("2026-11-20T10:00:00Z"), false, Set.of("kill"));
    assertThat(Recency.setAside(List.of(toll, killed), ARTICLE).get(0)).contains("older report");
    Recency.Report evacuated =
        new Recency.Report(-1, Instant.parse("2026-11-18T10:00:00Z"), false, Set.of("evacuate"));
    assertThat(Recency.setAside(List.of(evacuated, killed), ARTICLE).get(0)).isNull();
  }
}
