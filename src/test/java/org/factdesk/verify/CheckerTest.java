package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.factdesk.article.Article;
import org.factdesk.report.CheckReport;
import org.factdesk.report.Finding;
import org.factdesk.verify.internal.Mlp;
import org.factdesk.verify.internal.PairFeatures;
import org.factdesk.verify.internal.SentenceClaims;
import org.factdesk.verify.internal.Votes;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final TextEmbedder FAKE =
      texts -> {
        float[][] v = new float[texts.size()][];
        for (int i = 0; i < v.length; i++) {
          v[i] = new float[] {1, texts.get(i).length() / 10f};
        }
        return v;
      };

  private final List<String> encoded = new ArrayList<>();

  private StanceModel model() {
    JointEncoder joint =
        (claims, passages) -> {
          encoded.addAll(passages);
          float[][] out = new float[passages.size()][];
          for (int i = 0; i < out.length; i++) {
            out[i] = new float[] {0.5f, 0.5f, -1};
          }
          return out;
        };
    int base = PairFeatures.length(2);
    return new StanceModel(new Mlp(base, 4, 3, 1), 1.5, FAKE)
        .withJoint(new StanceModel.Joint(new Mlp(base + 3, 4, 3, 2), 1, joint, 5));
  }

  private static Article article() {
    return Article.of(
        "t",
        null,
        Instant.parse("2026-10-16T08:00:00Z"),
        null,
        null,
        "en",
        List.of("The storm damaged 214 homes on the island."),
        List.of());
  }

  private static EvidenceSource source(String... texts) {
    return (q, notAfter, k) -> {
      List<Passage> out = new ArrayList<>();
      for (String t : texts) {
        out.add(new Passage(null, null, "Wire", null, t, 0.5));
      }
      return out;
    };
  }

  @Test
  void aClaimThatAStructuredCheckDecidesSkipsTheJointHead() {
    Article a = article();
    CheckReport r =
        new Checker(
                model(),
                null,
                StanceAggregator.standard(),
                source(
                    "The storm damaged 96 homes on the island.",
                    "Ferry traffic to the island was steady.",
                    "The island council met to discuss the harbour."))
            .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(r.claims()).hasSize(1);
    assertThat(r.claims().get(0).verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(encoded).isEmpty();
  }

  @Test
  void otherwiseTheJointHeadJudgesTheIndependentPassages() {
    Article a = article();
    new Checker(
            model(),
            null,
            StanceAggregator.standard(),
            source(
                "Ferry traffic to the island was steady, the harbour office said.",
                "Ferry traffic to the island was steady, the harbour office said on Monday.",
                "The island council met to discuss the harbour."))
        .check(a, SentenceClaims.find(a), Instant.EPOCH);
    // the near-copy (second) is not counted by the aggregator, so it goes to the pair head
    assertThat(encoded)
        .containsExactly(
            "Ferry traffic to the island was steady, the harbour office said.",
            "The island council met to discuss the harbour.");
    // the rule without a pooled model takes the strongest passage, a near-copy too
    encoded.clear();
    new Checker(
            model(),
            null,
            StanceAggregator.strongestPassage(0.5, 0.5),
            source(
                "Ferry traffic to the island was steady, the harbour office said.",
                "Ferry traffic to the island was steady, the harbour office said on Monday."))
        .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(encoded).hasSize(2);
  }

  private static EvidenceSource withFactCheck(String reviewed, String... texts) {
    EvidenceSource base = source(texts);
    return new EvidenceSource() {
      @Override
      public List<Passage> search(String query, Instant notAfter, int k) {
        return base.search(query, notAfter, k);
      }

      @Override
      public List<PriorCheck> factChecks(String claim, int k) {
        return List.of(new PriorCheck("Check Desk", "False", "2026-10-10", "u", reviewed, 0.9));
      }
    };
  }

  @Test
  void anEarlierFactCheckCountsOnlyWhenItIsAboutTheClaimsFact() {
    Article a = article();
    // the story's words (storm, island) are those of most passages found
    String[] passages = {
      "The storm hit the island on Sunday.",
      "Ferry traffic to the island stopped during the storm.",
      "The island council met after the storm.",
      "Storm winds closed the island's harbour."
    };
    // a fact-check of the same story about a quote: no check of the figure
    CheckReport other =
        new Checker(
                model(),
                null,
                StanceAggregator.standard(),
                withFactCheck(
                    "The island's mayor said the storm was the worst in a century.", passages))
            .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(other.claims().get(0).explanation()).doesNotContain("previously checked");
    // one about the claim's figure decides
    CheckReport same =
        new Checker(
                model(),
                null,
                StanceAggregator.standard(),
                withFactCheck("The storm damaged more than 200 homes on the island.", passages))
            .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(same.claims().get(0).verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(same.claims().get(0).explanation()).contains("previously checked by Check Desk");
  }

  @Test
  void theJointHeadJudgesAtMostThreePassagesWhoseStanceMatters() {
    Article a = article();
    EvidenceSource five =
        source(
            "Ferry traffic to the island was steady, the harbour office said.",
            "Ferry traffic to the island was steady, the harbour office said on Monday.",
            "The island council met to discuss the harbour.",
            "Fishing boats stayed in port on the island all week.",
            "A new school opened on the island in the spring.",
            "The island's bakery sold out of bread by noon.");
    new Checker(model(), null, StanceAggregator.standard(), five)
        .check(a, SentenceClaims.find(a), Instant.EPOCH);
    // the near-copy (second) does not count; of the others, the first three
    assertThat(encoded)
        .containsExactly(
            "Ferry traffic to the island was steady, the harbour office said.",
            "The island council met to discuss the harbour.",
            "Fishing boats stayed in port on the island all week.");
    encoded.clear();
    String old = System.getProperty(Checker.JOINT_TOP_PROPERTY);
    try {
      System.setProperty(Checker.JOINT_TOP_PROPERTY, "5"); // the joint head's own top
      new Checker(model(), null, StanceAggregator.standard(), five)
          .check(a, SentenceClaims.find(a), Instant.EPOCH);
      assertThat(encoded).hasSize(4); // the first five but the near-copy
    } finally {
      if (old == null) {
        System.clearProperty(Checker.JOINT_TOP_PROPERTY);
      } else {
        System.setProperty(Checker.JOINT_TOP_PROPERTY, old);
      }
    }
  }

  @Test
  void firstAcceptedTakesTheFirstIndicesInOrder() {
    IntPredicate p = Checker.firstAccepted(6, i -> i % 2 == 1, 2);
    assertThat(IntStream.range(0, 6).filter(p).boxed().toList()).containsExactly(1, 3);
    assertThat(IntStream.range(0, 6).filter(Checker.firstAccepted(6, i -> true, 0)).count())
        .isZero();
  }

  @Test
  void noJointRunOnlyWhenTheChecksSetTheStanceOfEveryPassageItWouldJudge() {
    Finding other = new Finding("event", "note", "the same kind of event for another subject");
    List<List<Finding>> findings =
        List.of(
            List.of(other),
            List.of(other, new Finding("role", "agrees", "the title")),
            List.of(new Finding("date", "agrees", "the year")));
    Votes.Checked c =
        new Votes.Checked(
            List.of("a", "b", "c"),
            findings,
            List.of(-1, -1, -1),
            List.of(1.0, 1.0, 1.0),
            List.of(false, false, false),
            List.of(
                StanceVote.Authority.MODEL, StanceVote.Authority.MODEL, StanceVote.Authority.CHECK),
            java.util.Arrays.<String>asList(null, null, null));
    assertThat(Checker.onlyOverridden(3, i -> i < 2, c)).isTrue();
    // one passage whose stance the model still sets: the whole batch runs as before
    assertThat(Checker.onlyOverridden(3, i -> true, c)).isFalse();
    assertThat(Checker.onlyOverridden(3, i -> i == 2, c)).isFalse();
    assertThat(Checker.onlyOverridden(3, i -> false, c)).isFalse();
  }

  @Test
  void aClaimThatGivesACauseIsAlsoSearchedForItsCause() {
    Article a =
        Article.of(
            "t",
            null,
            Instant.parse("2026-10-16T08:00:00Z"),
            null,
            null,
            "en",
            List.of("The builder put the crack down to the age of the wall."),
            List.of());
    EvidenceSource byQuery = causeSource(0);
    CheckReport r =
        new Checker(model(), null, StanceAggregator.standard(), byQuery)
            .check(
                a,
                List.of(new ClaimInput("c1", a.text().strip(), a.text().strip(), 0, 54, 0.9)),
                Instant.EPOCH);
    // the passage that rules the cause out shares few words with the claim: only the search for
    // the cause finds it, and with it the verdict is CONFLICTING, not SUPPORTED
    assertThat(r.claims().get(0).verdict()).isEqualTo(Verdict.CONFLICTING);
    // found in review: a real index fills all K places of the claim's own search, and the
    // cause's passage must still come in
    CheckReport full =
        new Checker(model(), null, StanceAggregator.standard(), causeSource(Checker.K - 1))
            .check(
                a,
                List.of(new ClaimInput("c1", a.text().strip(), a.text().strip(), 0, 54, 0.9)),
                Instant.EPOCH);
    assertThat(full.claims().get(0).verdict()).isEqualTo(Verdict.CONFLICTING);
  }

  /** The cause test's evidence, with {@code fillers} unrelated passages after the claim's one. */
  private static EvidenceSource causeSource(int fillers) {
    return (q, notAfter, k) -> {
      List<Passage> out = new ArrayList<>();
      if (q.equals("the age of the wall")) {
        out.add(
            new Passage(
                "u2",
                null,
                "Post",
                null,
                "The council rejected the builder's account, saying the age of the wall"
                    + " played no part in the crack.",
                0.5));
        return out;
      }
      out.add(
          new Passage(
              "u1",
              null,
              "Wire",
              null,
              "The builder said the wall was old, and that its age was why it cracked.",
              0.5));
      for (int i = 0; i < fillers; i++) {
        out.add(
            new Passage(
                "f" + i, null, "Gazette", null, "Market stall " + i + " sold apples.", 0.4));
      }
      return out;
    };
  }
}
