package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Comment;
import org.junit.jupiter.api.Test;

/** The timing signals: bursts, machine-rate authors, resolution, and comments without times. */
class TimingSignalTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final String[] WORDS =
      ("river orange window quietly seven ladder cousin marble thunder velvet basket puzzle"
              + " garden silver hammer lantern pepper candle meadow whistle pocket tunnel blanket"
              + " copper feather violin harbor pillow saddle kettle jungle crayon rocket mitten"
              + " walnut glacier pebble tractor compass lemon button canyon helmet parrot trumpet"
              + " biscuit anchor falcon cactus mirror ribbon sponge wagon")
          .split(" ");

  private static List<String> signals(CommentFinding f) {
    return f.reasons().stream().map(Reason::signal).toList();
  }

  /** Texts of random words (seeded), so that no text signal fires: the tests isolate timing. */
  private static String text(int i) {
    java.util.Random r = new java.util.Random(i);
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < 9; w++) {
      b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** 20 comments, one a minute, then 30 from 30 authors within 50 s (second resolution). */
  private static List<Comment> burstThread() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      t.add(new Comment("e" + i, text(i), "early" + i, T0.plusSeconds(60L * i + 7), null));
    }
    Instant b = T0.plusSeconds(30 * 60);
    for (int i = 0; i < 30; i++) {
      t.add(new Comment("b" + i, text(100 + i), "burst" + i, b.plusSeconds(i * 5L / 3), null));
    }
    return t;
  }

  @Test
  void aBurstFarAboveTheThreadsEarlierRateIsFlaggedAndExplained() {
    AuditReport r = CommentAudit.audit("t", burstThread(), null, AuditOptions.defaults());
    for (int i = 0; i < 20; i++) {
      assertThat(signals(r.comments().get(i))).doesNotContain("burst");
      assertThat(r.comments().get(i).label()).isEqualTo(Label.AUTHENTIC);
    }
    for (int i = 20; i < 50; i++) {
      CommentFinding f = r.comments().get(i);
      assertThat(signals(f)).contains("burst");
      assertThat(f.label()).isNotEqualTo(Label.AUTHENTIC);
    }
    Reason burst = r.comments().get(30).reasons().get(0);
    assertThat(burst.detail()).contains("30 comments in a burst").contains("earlier rate");
    assertThat(r.clusters()).anyMatch(c -> c.kind().equals("burst") && c.members().size() == 30);
  }

  @Test
  void anAccountOfTheBurstPostingAgainLaterIsSuspectToo() {
    List<Comment> t = new ArrayList<>(burstThread());
    t.add(new Comment("after", text(500), "burst4", T0.plusSeconds(45 * 60), null));
    t.add(new Comment("other", text(501), "newcomer", T0.plusSeconds(46 * 60), null));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    CommentFinding after = r.comments().get(50);
    assertThat(signals(after)).containsExactly("burst_account");
    assertThat(after.reasons().get(0).detail()).contains("burst4").contains("also posted b4");
    assertThat(after.label()).isEqualTo(Label.SUSPICIOUS);
    assertThat(r.comments().get(51).label()).isEqualTo(Label.AUTHENTIC);
  }

  @Test
  void timesFarBeyondTheCalendarAreIgnoredWithANote() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Instant at = i % 2 == 0 ? Instant.MAX.minusSeconds(i) : Instant.MIN.plusSeconds(i);
      t.add(new Comment("f" + i, text(i), "far", at, null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.notes().toString()).contains("12 comment time(s) beyond year 9999");
    assertThat(r.comments()).allMatch(f -> f.label() == Label.AUTHENTIC);
  }

  @Test
  void theOpeningRushOfAThreadIsNotABurst() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      t.add(new Comment("r" + i, text(i), "rush" + i, T0.plusSeconds(i * 2L), null));
    }
    for (int i = 0; i < 20; i++) {
      t.add(new Comment("l" + i, text(50 + i), "late" + i, T0.plusSeconds(300L + 90L * i), null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.comments()).allMatch(f -> !signals(f).contains("burst"));
  }

  @Test
  void aSteadyBusyThreadHasNoBurst() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      t.add(new Comment("s" + i, text(i), "u" + i, T0.plusSeconds(i * 4L + i % 3), null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.comments()).allMatch(f -> !signals(f).contains("burst"));
  }

  @Test
  void concreteDetailDoesNotOffsetTiming() {
    List<Comment> t = new ArrayList<>(burstThread());
    Comment b5 = t.get(25);
    t.set(
        25,
        new Comment(
            b5.id(),
            "I was at the Hallam Street meeting on 14 May myself and counted 212 people there.",
            b5.author(),
            b5.postedAt(),
            null));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    CommentFinding f = r.comments().get(25);
    assertThat(signals(f)).contains("burst");
    assertThat(signals(f)).contains("specificity");
    assertThat(f.score())
        .isGreaterThanOrEqualTo(org.factdesk.comments.internal.TimingSignal.W_BURST);
  }

  @Test
  void commentsWithoutTimesAreNeitherHelpedNorHurtByTiming() {
    List<Comment> timed = burstThread();
    List<Comment> mixed = new ArrayList<>(timed);
    // untimed comments by the burst's authors and by others
    mixed.add(new Comment("x1", text(300), "burst3", null, null));
    mixed.add(new Comment("x2", text(301), "someone", null, null));
    mixed.add(new Comment("x3", text(302), null, null, null));
    AuditReport withTimes = CommentAudit.audit("t", mixed, null, AuditOptions.defaults());
    List<Comment> stripped = new ArrayList<>();
    for (Comment c : mixed) {
      stripped.add(new Comment(c.id(), c.text(), c.author(), null, c.parentId()));
    }
    AuditReport without = CommentAudit.audit("t", stripped, null, AuditOptions.defaults());
    for (int i = 50; i < 53; i++) {
      assertThat(withTimes.comments().get(i).score()).isEqualTo(without.comments().get(i).score());
      assertThat(withTimes.comments().get(i).reasons())
          .isEqualTo(without.comments().get(i).reasons());
    }
    // and the untimed ones do not change the burst found among the timed ones
    assertThat(withTimes.comments().subList(0, 50).stream().map(CommentFinding::label).toList())
        .isEqualTo(
            CommentAudit.audit("t", timed, null, AuditOptions.defaults()).comments().stream()
                .map(CommentFinding::label)
                .toList());
  }

  @Test
  void minuteResolutionIsDetectedAndSameMinuteIsNotSameSecond() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      t.add(new Comment("m" + i, text(i), "a" + i, T0.plusSeconds(60L * (i / 3)), null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.comments()).allMatch(f -> !signals(f).contains("same_second"));
    assertThat(r.notes().toString()).contains("to the minute");
    List<Comment> s = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      s.add(new Comment("s" + i, text(i), "a" + i, T0.plusSeconds(60L * (i / 3) + 1), null));
    }
    AuditReport r2 = CommentAudit.audit("t", s, null, AuditOptions.defaults());
    assertThat(signals(r2.comments().get(0))).contains("same_second");
  }

  @Test
  void anAuthorSustainingMachineRateIsFlaggedAndAClusterNamesIt() {
    List<Comment> t = new ArrayList<>();
    long at = 0;
    for (int i = 0; i < 12; i++) {
      at += 10 + (i * 17 % 40);
      t.add(new Comment("p" + i, text(i), "fast", T0.plusSeconds(at), null));
      t.add(new Comment("h" + i, text(40 + i), "human" + i, T0.plusSeconds(at * 3 + 1), null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    for (CommentFinding f : r.comments()) {
      if (f.id().startsWith("p")) {
        assertThat(signals(f)).contains("machine_rate").doesNotContain("author_rate");
        assertThat(f.label()).isNotEqualTo(Label.AUTHENTIC);
      } else {
        assertThat(signals(f)).doesNotContain("machine_rate");
      }
    }
    assertThat(r.comments().get(0).reasons().get(0).detail())
        .contains("author fast posted 12 comments");
  }

  @Test
  void aPersonPostingOftenButSlowlyIsNotMachineRate() {
    List<Comment> t = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      t.add(new Comment("p" + i, text(i), "regular", T0.plusSeconds(600L * i + i * i), null));
    }
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    assertThat(r.comments()).allMatch(f -> !signals(f).contains("machine_rate"));
  }

  /**
   * Our fixture 07: a human thread (44 comments, 15 authors, replies) about a ferry timetable; 14
   * comments over three hours, then news breaks (the operator goes into administration) and 26
   * comments arrive within 26 minutes, about 26 times the earlier rate, from 15 authors, at most 4
   * within any 2 minutes. No timing signal may fire and no comment is flagged.
   */
  @Test
  void anOrganicSpikeAfterNewsBreaksIsNotABurst() throws java.io.IOException {
    java.nio.file.Path f =
        java.nio.file.Path.of(
            "src/test/resources/org/factdesk/comments/threads/07-ferry-news-spike-human.json");
    List<Comment> t =
        ThreadInput.parse(
            f.toString(),
            java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8),
            1000);
    assertThat(t).hasSize(44);
    assertThat(t).allMatch(c -> c.postedAt() != null && c.author() != null);
    AuditReport r = CommentAudit.audit("spike", t, null, AuditOptions.defaults());
    for (CommentFinding c : r.comments()) {
      assertThat(signals(c))
          .as(c.id())
          .doesNotContainAnyElementsOf(org.factdesk.comments.internal.TimingSignal.BEHAVIOUR);
      assertThat(c.label()).as(c.id()).isEqualTo(Label.AUTHENTIC);
    }
  }

  /**
   * Replay of a 100,000-comment timed burst (CommentsBenchmark.burstThread): it finishes within a
   * bound far above its measured time (see target/bench/comments-burst.json), the burst is found
   * and none of the 300 organic comments before it is in it.
   */
  @Test
  void aHundredThousandCommentTimedBurstFinishesAndIsFound() {
    List<Comment> t = CommentsBenchmark.burstThread(100_000, 42);
    AuditReport r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofMinutes(5),
            () -> CommentAudit.audit("burst", t, null, AuditOptions.defaults()));
    assertThat(r.comments()).hasSize(100_000);
    for (int i = 0; i < 300; i++) {
      assertThat(signals(r.comments().get(i))).doesNotContain("burst", "burst_account");
    }
    long inBurst =
        r.comments().stream().skip(300).filter(c -> signals(c).contains("burst")).count();
    assertThat(inBurst).isEqualTo(100_000 - 300);
    assertThat(r.clusters()).anyMatch(c -> c.kind().equals("burst"));
  }

  /**
   * A window that starts at an organic comment 40 s before a burst, or ends at one 40 s after it,
   * holds the burst too; the burst's edges are trimmed to its own spacing, so neither is in it.
   */
  @Test
  void organicCommentsJustBeforeAndAfterABurstAreNotInIt() {
    List<Comment> t = new ArrayList<>(burstThread());
    Instant b = T0.plusSeconds(30 * 60);
    t.add(new Comment("pre", text(900), "calm1", b.minusSeconds(40), null));
    t.add(new Comment("post", text(901), "calm2", b.plusSeconds(50 + 40), null));
    AuditReport r = CommentAudit.audit("t", t, null, AuditOptions.defaults());
    for (CommentFinding f : r.comments()) {
      boolean burst = f.id().startsWith("b");
      assertThat(signals(f).contains("burst")).as(f.id()).isEqualTo(burst);
    }
  }
}
