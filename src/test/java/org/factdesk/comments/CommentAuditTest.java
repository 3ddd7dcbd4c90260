package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.article.Comment;
import org.junit.jupiter.api.Test;

class CommentAuditTest {
  private static Comment c(String id, String text) {
    return new Comment(id, text, null, null, null);
  }

  private static List<String> signals(CommentFinding f) {
    return f.reasons().stream().map(Reason::signal).toList();
  }

  @Test
  void paraphrasesFoundByTheEmbedderWhenTheyShareNoText() {
    // a fake embedder: texts mentioning "harbour" get one vector, others another
    TextEmbedder fake =
        texts -> {
          float[][] v = new float[texts.size()][];
          for (int i = 0; i < v.length; i++) {
            v[i] = texts.get(i).contains("harbour") ? new float[] {1, 0} : new float[] {0, 1};
          }
          return v;
        };
    List<Comment> t =
        List.of(
            c("a", "The harbour plan is a welcome and positive sign for everyone here."),
            c("b", "What a hopeful development, this harbour scheme will help all residents."),
            c("c", "My bus was late again this morning, third time this week on route 7."));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults().withEmbedder(fake));
    assertThat(signals(r.comments().get(0))).contains("semantic_duplicate");
    assertThat(signals(r.comments().get(1))).contains("semantic_duplicate");
    assertThat(signals(r.comments().get(2))).doesNotContain("semantic_duplicate");
  }

  @Test
  void templatedCommentsWithDifferentNamesAreNearDuplicates() {
    List<Comment> t =
        List.of(
            c(
                "a",
                "I switched to Acme Bank last year and saved 300 dollars in fees, highly recommend"),
            c(
                "b",
                "I switched to Zenith Bank last year and saved 450 dollars in fees, highly recommend"),
            c(
                "c",
                "Fees are a scandal but nobody will do anything about it until the next election."));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.comments().get(0).label()).isEqualTo(Label.INAUTHENTIC);
    assertThat(r.comments().get(0).reasons().get(0).detail()).contains("with comment b");
    assertThat(r.comments().get(2).label()).isEqualTo(Label.AUTHENTIC);
    assertThat(r.clusters()).hasSize(1);
    assertThat(r.clusters().get(0).members()).containsExactly("a", "b");
  }

  @Test
  void missingAuthorsAndTimesDoNotChangeTextSignals() {
    List<Comment> bare =
        List.of(
            c("a", "Well said, this is crucial."),
            new Comment("b", "Exactly. It is essential and significant.", null, null, "a"));
    List<Comment> full =
        List.of(
            new Comment("a", "Well said, this is crucial.", "x", Instant.EPOCH, null),
            new Comment(
                "b",
                "Exactly. It is essential and significant.",
                "y",
                Instant.EPOCH.plusSeconds(60),
                "a"));
    AuditReport r1 = CommentAudit.audit("t", bare, null, AuditOptions.defaults());
    AuditReport r2 = CommentAudit.audit("t", full, null, AuditOptions.defaults());
    assertThat(r1.comments().get(1).score()).isEqualTo(r2.comments().get(1).score());
  }

  @Test
  void authorPostingAtMachineRateIsNoticed() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      t.add(
          new Comment(
              "p" + i,
              "Post number " + i + " about topic " + (char) ('a' + i),
              "bot",
              Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * i),
              null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(signals(r.comments().get(0))).contains("author_rate", "regular_cadence");
  }

  @Test
  void commentTextsInsideTheArticleAreLeftOutOfIt() {
    String comment = "From the perspective of commodity markets this is great news for investors.";
    String page = "The two governments agreed to talk again.\n\nComments\n" + comment;
    AuditReport r =
        CommentAudit.audit(
            "t", List.of(c("a", comment), c("b", "Fine.")), page, AuditOptions.defaults());
    assertThat(r.notes().toString()).contains("left out of it");
    assertThat(r.comments().get(0).reasons().toString()).contains("does not mention");
  }

  @Test
  void hundredThousandIdenticalCommentsFromManyAuthorsFinish() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      t.add(
          new Comment(
              "c" + i,
              "Buy cheap followers now at our great store today, best deal ever",
              "a" + (i % 1000),
              Instant.ofEpochSecond(1_700_000_000L + i),
              null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.counts().get(Label.INAUTHENTIC)).isEqualTo(100_000);
    assertThat(r.clusters().get(0).members()).hasSize(100_000);
  }

  @Test
  void capIsEnforced() {
    List<Comment> t = List.of(c("a", "x"), c("b", "y"));
    AuditOptions tiny = new AuditOptions(1, 1000, 0, null, null);
    assertThatThrownBy(() -> CommentAudit.audit("t.json", t, null, tiny))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("t.json")
        .hasMessageContaining("cap of 1");
  }

  @Test
  void recordsRejectBadValues() {
    assertThatThrownBy(() -> new Reason("s", "d", Double.NaN))
        .hasMessageContaining("must be finite");
    assertThatThrownBy(() -> new AuditOptions(0, 1000, 0, null, null))
        .hasMessageContaining("maxComments must be >= 1, got 0");
    assertThatThrownBy(
            () -> new CommentFinding("a", Label.AUTHENTIC, 1.5, List.of(), null, List.of()))
        .hasMessageContaining("score must be in 0..1");
  }

  @Test
  void theSameHeadlineSharedWithALinkIsShownButNotFlagged() {
    String headline =
        "Climate change: voices from the global south are muted by climate science, a study finds ";
    List<Comment> t =
        List.of(
            new Comment("a", headline + "https://t.co/aaa", "ann", null, null),
            new Comment("b", headline + "https://t.co/bbb via @newsdesk", "bob", null, null),
            new Comment(
                "c", "Wind farms are destroying our coast and nobody asked us", "cat", null, null),
            new Comment(
                "d", "Wind farms are destroying our coast and nobody asked us", "dan", null, null));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    for (int i = 0; i < 2; i++) {
      Reason dup = r.comments().get(i).reasons().get(0);
      assertThat(dup.signal()).isEqualTo("near_duplicate");
      assertThat(dup.weight()).isEqualTo(0.2);
      assertThat(dup.detail()).contains("both a headline and a link");
      assertThat(r.comments().get(i).label()).isEqualTo(Label.AUTHENTIC);
    }
    // a repeated message without a link is not a share: flagged as before
    for (int i = 2; i < 4; i++) {
      assertThat(r.comments().get(i).label()).isEqualTo(Label.INAUTHENTIC);
    }
  }

  @Test
  void aLinkShareIsOnlyAHeadlineAndALink() {
    java.util.function.Predicate<String> share =
        text ->
            org.factdesk.comments.internal.LinkShare.is(
                new org.factdesk.comments.internal.Prepared(0, c("x", text), 5000));
    assertThat(share.test("Voices from global south muted by climate science https://t.co/x"))
        .isTrue();
    assertThat(share.test("Voices from global south muted by climate science")).isFalse();
    assertThat(share.test("I agree, voices from the south are muted https://t.co/x")).isFalse();
    assertThat(share.test("Voices from the south are muted #ClimateAction https://t.co/x"))
        .isFalse();
    assertThat(share.test("@potus voices from the south are muted https://t.co/x")).isFalse();
    assertThat(share.test("Read this https://t.co/x")).as("too short for a headline").isFalse();
    assertThat(share.test("word ".repeat(26) + "https://t.co/x")).isFalse();
  }
}
