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

  private static Recency.Report figure(
      int side, String day, String verb, double value, Set<String> account) {
    return new Recency.Report(
        side, Instant.parse(day + "T10:00:00Z"), false, Set.of(verb), value, account);
  }

  @Test
  void twoNamedSourcesAccountsDisputeEachOther() {
    // organisers' 3,000 marchers and, a day later, the police's 2,200: neither replaces the other
    Recency.Report organisers = figure(1, "2026-11-18", "march", 3000, Set.of("organisers"));
    Recency.Report police = figure(-1, "2026-11-19", "march", 2200, Set.of("police"));
    assertThat(Recency.setAside(List.of(organisers, police), ARTICLE)).containsOnlyNulls();
    // the same source's newer figure, or a newer one that names no source, updates it
    Recency.Report policeLater = figure(-1, "2026-11-19", "march", 2200, Set.of("organisers"));
    assertThat(Recency.setAside(List.of(organisers, policeLater), ARTICLE).get(0))
        .contains("older report");
    Recency.Report unnamed = figure(-1, "2026-11-19", "march", 2200, Set.of());
    assertThat(Recency.setAside(List.of(organisers, unnamed), ARTICLE).get(0))
        .contains("older report");
    // a newer, higher count from another source is an update (a death toll raised)
    Recency.Report higher = figure(-1, "2026-11-19", "kill", 3400, Set.of("government"));
    Recency.Report first = figure(1, "2026-11-17", "kill", 3000, Set.of("police"));
    assertThat(Recency.setAside(List.of(first, higher), ARTICLE).get(0)).contains("older report");
    // reports of the same time are still outweighed by more of them
    Recency.Report sameTime = figure(1, "2026-11-19", "march", 3000, Set.of("organisers"));
    Recency.Report police2 = figure(-1, "2026-11-19", "march", 2200, Set.of("city"));
    assertThat(Recency.setAside(List.of(sameTime, police, police2), ARTICLE).get(0))
        .contains("outweighed");
    // a change given by two sources ("doubled", "rose by a third") is two accounts too
    Recency.Report doubled = figure(1, "2026-11-17", "double", Double.NaN, Set.of("manager"));
    Recency.Report third = figure(-1, "2026-11-19", "rise", Double.NaN, Set.of("council"));
    assertThat(Recency.setAside(List.of(doubled, third), ARTICLE)).containsOnlyNulls();
  }

  @Test
  void anOlderLowerReadingOfACountToDateIsSetAside() {
    Recency.Report older = figure(-1, "2026-08-15", "join", 310, Set.of());
    Recency.Report newer = figure(1, "2026-11-19", "sign", 580, Set.of());
    // other verbs: not the same measure, unless the claim counts to date
    assertThat(Recency.setAside(List.of(older, newer), ARTICLE)).containsOnlyNulls();
    assertThat(Recency.setAside(List.of(older, newer), ARTICLE, true).get(0))
        .contains("older report");
    // an older report that is higher is no earlier reading of a count that only grows
    Recency.Report higher = figure(-1, "2026-08-15", "join", 700, Set.of());
    assertThat(Recency.setAside(List.of(higher, newer), ARTICLE, true)).containsOnlyNulls();
  }

  @Test
  void aPastFormTheTaggerLeavesIsAChange() {
    Recency.Report had = figure(-1, "2026-06-01", "take", 25, Set.of());
    Recency.Report grown = figure(1, "2026-11-19", "grown", 40, Set.of());
    assertThat(Recency.setAside(List.of(had, grown), ARTICLE).get(0)).contains("older report");
  }
}
