package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.nlp.Approx;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {
  static Article article(String... paragraphs) {
    return Article.of(
        "t",
        null,
        Instant.parse("2026-02-06T09:00:00Z"),
        null,
        null,
        null,
        List.of(paragraphs),
        List.of());
  }

  @Test
  void splitsCompoundCountsIntoClaimsWithTheirOwnSpans() {
    Article a =
        article(
            "Russia’s Defense Ministry said 157 Russian servicemen and three Russian nationals"
                + " captured during the incursion were returned.");
    List<Claim> claims = ClaimFinder.find(a);
    assertThat(claims).hasSize(2);
    Claim first = claims.get(0);
    Claim second = claims.get(1);
    assertThat(first.text()).contains("157 Russian servicemen").doesNotContain("three");
    assertThat(second.text()).contains("three Russian nationals").doesNotContain("157");
    assertThat(a.text().substring(first.start(), first.end())).isEqualTo("157 Russian servicemen");
    assertThat(a.text().substring(second.start(), second.end()))
        .isEqualTo("three Russian nationals");
    assertThat(first.sentence()).isEqualTo(second.sentence());
    assertThat(first.attribution().source()).isEqualTo("Russia’s Defense Ministry");
    assertThat(first.id()).isEqualTo("c1");
    assertThat(second.id()).isEqualTo("c2");
  }

  @Test
  void resolvesPronounsAndCarriesThatMonth() {
    Article a =
        article(
            "Ukrainian human rights ombudsman Dmytro Lubinets noted that 18 of the returned"
                + " soldiers had been sentenced.",
            "He added that 40 of them needed hospital treatment.",
            "In September, 19 drones flew into Poland’s airspace. Later that month, NATO jets"
                + " escorted three Russian warplanes out of Estonia’s airspace.");
    List<Claim> claims = ClaimFinder.find(a);
    assertThat(claims).anySatisfy(c -> assertThat(c.text()).startsWith("Dmytro Lubinets added"));
    Claim later =
        claims.stream().filter(c -> c.sentence().startsWith("Later")).findFirst().orElseThrow();
    assertThat(later.dates().get(0).resolved()).isEqualTo("2025-09-01/2025-09-30");
  }

  @Test
  void opinionsQuestionsAndCallsToActionAreNotClaims() {
    Article a =
        article(
            "Cautious optimism is warranted.",
            "Nobody should expect miracles.",
            "Will the talks succeed?",
            "Readers should call their representatives.");
    assertThat(ClaimFinder.find(a)).isEmpty();
  }

  @Test
  void quantitiesAndTimesOfAClaim() {
    Article a =
        article(
            "According to the United Nations, nearly 15,000 Ukrainian civilians have been killed"
                + " since the war began.");
    Claim c = ClaimFinder.find(a).get(0);
    assertThat(c.quantities())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.value()).isEqualTo(15000);
              assertThat(q.approx()).isEqualTo(Approx.NEARLY);
              assertThat(q.unit()).isEqualTo("civilians");
            });
    assertThat(c.dates())
        .singleElement()
        .satisfies(t -> assertThat(t.resolved()).isEqualTo("../2026-02-06"));
    assertThat(c.attribution().verb()).isEqualTo("according to");
  }

  @Test
  void nonEnglishTextIsReportedNotParsed() {
    Article a =
        article(
            "Die Vereinigten Staaten und Russland haben sich darauf geeinigt, den militärischen"
                + " Dialog auf hoher Ebene zum ersten Mal seit mehr als vier Jahren wieder aufzunehmen.");
    ClaimFinder.Analysis r = ClaimFinder.analyse(a, LocalDate.of(2026, 2, 6));
    assertThat(r.language().code()).isEqualTo("deu");
    assertThat(r.claims()).isEmpty();
  }

  @Test
  void oddInputDoesNotBreakIt() {
    String longSentence =
        "The army said that "
            + "200 drones and 3 missiles were fired, ".repeat(400)
            + "officials said.";
    String table = "| Region | Killed | Wounded |\n| Kyiv | 12 | 40 |\n| Lviv | 3 | 9 |";
    String list = "- 12 drones\n- 3 missiles\n- 1 tank";
    String caps = "RUSSIA FIRES 183 DRONES AT UKRAINE, AIR FORCE SAYS";
    for (String t :
        new String[] {longSentence, table, list, caps, "", "   ", "…", "\u0000\u0001"}) {
      Article a = article(t.isBlank() ? "x" : t);
      ClaimFinder.Analysis r = ClaimFinder.analyse(a, LocalDate.of(2026, 2, 6));
      for (Claim c : r.claims()) {
        assertThat(c.end()).isLessThanOrEqualTo(a.text().length());
      }
    }
    Claim headline = ClaimFinder.find(article(caps)).get(0);
    assertThat(headline.quantities().get(0).value()).isEqualTo(183);
  }
}
