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
  void heIsTheSubjectOfTheSentenceBeforeNotItsObject() {
    Article a =
        article(
            "The club will sell striker Tomas Brandt to Lena Hovik for 12 million euros.",
            "Brandt, 24, has signed a contract with Hovik until 2030.",
            "He scored 17 goals in 30 league games last season.");
    assertThat(ClaimFinder.find(a))
        .anySatisfy(c -> assertThat(c.text()).startsWith("Tomas Brandt scored 17 goals"));
  }

  @Test
  void aReactionWithAPronounSubjectIsAClaimOnceThePronounIsResolved() {
    Article a =
        article(
            "The district court in Harrowby ruled on Tuesday that the hotel ban is void.",
            "Employment minister Elin Marsh spoke to reporters in Harrowby on Tuesday.",
            "She welcomed the ruling.");
    List<Claim> claims = ClaimFinder.find(a);
    assertThat(claims)
        .anySatisfy(c -> assertThat(c.text()).isEqualTo("Elin Marsh welcomed the ruling."));
    // with no one named before, the pronoun stays and the sentence is no claim
    assertThat(ClaimFinder.find(article("She welcomed the ruling."))).isEmpty();
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

  static Claim claimWith(List<Claim> claims, String fragment) {
    return claims.stream()
        .filter(c -> c.text().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError(fragment + " not in " + claims));
  }

  @Test
  void aDetachedTrailingFactKeepsItsTimeAndNamesNoSourceItDoesNotMention() {
    Article a =
        article(
            "The Russian Defense Ministry claimed its air defenses downed 95 Ukrainian drones over"
                + " the Azov Sea and Crimea, which Russia illegally annexed in 2014.");
    List<Claim> claims = ClaimFinder.find(a);
    Claim drones = claimWith(claims, "95 Ukrainian drones");
    Claim crimea = claimWith(claims, "annexed Crimea");
    assertThat(crimea.text()).isEqualTo("Russia illegally annexed Crimea in 2014.");
    assertThat(crimea.setting().time().resolved()).isEqualTo("2014-01-01/2014-12-31");
    assertThat(crimea.attribution()).isNull();
    assertThat(drones.setting().time().resolved()).isEqualTo("2026-02-06");
    assertThat(drones.attribution().source()).isEqualTo("The Russian Defense Ministry");
  }

  @Test
  void longRunsBeforeATrailingFactDoNotOverflowTheStack() {
    // crashed the claims command (StackOverflowError in the trailing-fact patterns, session 4)
    String names = "Journalists ".repeat(5000);
    List<Claim> claims =
        ClaimFinder.find(article("The Committee to Protect " + names.strip() + " said 7 died."));
    assertThat(claims).isNotNull();
    String clause = "x".repeat(30_000);
    ClaimFinder.find(article("Prices rose 5% this year, up from " + clause + " in 2024."));
    ClaimFinder.find(
        article("Officials met 40 people in " + names + "Town, which " + clause + "."));
    // and the split itself still works on a short sentence ending in a full stop
    Claim earlier =
        claimWith(
            ClaimFinder.find(
                article("Zelenskyy said 55,000 troops have died, up from 46,000 in early 2025.")),
            "earlier figure");
    assertThat(earlier.text()).isEqualTo("The earlier figure was 46,000 in early 2025.");
  }

  @Test
  void carriesTheParagraphTimeAndPlaceAndSaysWhereTheyCameFrom() {
    Article a =
        article(
            "On Thursday, Ukrainian President Volodymyr Zelenskyy met officials in Lviv. Officials"
                + " said 300 homes lost power.",
            "Three people were injured in the attack.");
    List<Claim> claims = ClaimFinder.find(a);
    Claim homes = claimWith(claims, "300 homes");
    assertThat(homes.setting().time().resolved()).isEqualTo("2026-02-05");
    assertThat(homes.setting().timeSource()).isEqualTo(ClaimSetting.Source.PARAGRAPH);
    assertThat(homes.setting().place()).isEqualTo("Lviv");
    assertThat(homes.setting().placeSource()).isEqualTo(ClaimSetting.Source.PARAGRAPH);
    assertThat(homes.text()).endsWith("(Thursday; in Lviv).");
    assertThat(homes.sentence()).isEqualTo("Officials said 300 homes lost power.");
    // a new paragraph starts without them: the publication date governs, no place is invented
    Claim injured = claimWith(claims, "Three people");
    assertThat(injured.setting().time().resolved()).isEqualTo("2026-02-06");
    assertThat(injured.setting().timeSource()).isEqualTo(ClaimSetting.Source.PUBLICATION_DATE);
    assertThat(injured.setting().place()).isNull();
    assertThat(injured.text()).isEqualTo("Three people were injured in the attack.");
  }

  @Test
  void theDatelineGivesPlaceAndDateAndIsNotPartOfTheClaimText() {
    Article a =
        article(
            "KYIV, Feb 5 (Reuters) — Russian drones damaged 40 buildings, the city administration"
                + " said.");
    Claim c = ClaimFinder.find(a).get(0);
    assertThat(c.text())
        .isEqualTo(
            "Russian drones damaged 40 buildings, the city administration said (Feb 5; in"
                + " Kyiv).");
    assertThat(c.sentence()).startsWith("KYIV, Feb 5 (Reuters) — ");
    assertThat(c.setting().timeSource()).isEqualTo(ClaimSetting.Source.DATELINE);
    assertThat(c.setting().placeSource()).isEqualTo(ClaimSetting.Source.DATELINE);
  }

  @Test
  void ownTimeAndPlaceWin() {
    Article a = article("In March 2023, 12 drones were shot down in the Black Sea.");
    Claim c = ClaimFinder.find(a).get(0);
    assertThat(c.setting().timeSource()).isEqualTo(ClaimSetting.Source.OWN);
    assertThat(c.setting().time().resolved()).isEqualTo("2023-03-01/2023-03-31");
    assertThat(c.setting().place()).isEqualTo("Black Sea");
    assertThat(c.text()).isEqualTo(a.text());
  }

  @Test
  void resolvesDefiniteDescriptionsToWhatTheyName() {
    Article a =
        article(
            "Russia’s Defense Ministry said 12 drones were downed over the Belgorod region. The"
                + " ministry said 3 civilians were hurt.",
            "Ukrainian President Volodymyr Zelenskyy said 300 homes lost power. The president said"
                + " 20 schools were closed.",
            "Ukrainian officials said 90 prisoners were freed. They said 12 of them were wounded.",
            "Poland and Ukraine signed a deal on 2 February. The two countries agreed to build 3"
                + " bridges.");
    List<Claim> claims = ClaimFinder.find(a);
    assertThat(claimWith(claims, "3 civilians").text())
        .startsWith("Russia’s Defense Ministry said 3 civilians were hurt");
    assertThat(claimWith(claims, "20 schools").text())
        .startsWith("President Volodymyr Zelenskyy said 20 schools were closed");
    assertThat(claimWith(claims, "12 of them").text())
        .startsWith("Ukrainian officials said 12 of them were wounded");
    assertThat(claimWith(claims, "3 bridges").text())
        .startsWith("Poland and Ukraine agreed to build 3 bridges");
  }

  @Test
  void ambiguousReferencesAreLeftAlone() {
    Article a =
        article(
            "Russia, Ukraine and Poland sent 30 delegates. The countries agreed on 4 points.",
            "The ministry said 5 people were hurt.");
    List<Claim> claims = ClaimFinder.find(a);
    assertThat(claimWith(claims, "4 points").text()).startsWith("The countries agreed");
    assertThat(claimWith(claims, "5 people").text()).startsWith("The ministry said");
  }

  @Test
  void oddInputForTheContextRulesDoesNotBreakIt() {
    String many =
        "The strikes killed " + "1 soldier, ".repeat(300) + "and 2 civilians, officials said.";
    String verbs = "The floods " + "killed 3, ".repeat(200) + "and displaced 40 people.";
    String[] texts = {
      many,
      verbs,
      "KYIV —",
      "KYIV, Feb 31 — 40 drones were fired, adding that",
      "They said 12 were hurt. The countries agreed on 3 points. The ministry said 4 died.",
      "Officials said 5 died, adding that",
      "X said 3 died, and",
    };
    for (String t : texts) {
      Article a = article(t);
      ClaimFinder.Analysis r = ClaimFinder.analyse(a, LocalDate.of(2026, 2, 6));
      for (Claim c : r.claims()) {
        assertThat(c.start()).as(t).isGreaterThanOrEqualTo(0);
        assertThat(c.end()).as(t).isLessThanOrEqualTo(a.text().length());
        assertThat(c.text()).as(t).isNotBlank();
        assertThat(c.setting()).as(t).isNotNull();
      }
      assertThat(r.claims().size()).as(t).isLessThanOrEqualTo(3 * 20);
    }
  }
}
