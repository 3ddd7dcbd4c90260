package org.factdesk.verify.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which reports of the claim's figure to set aside when dated reports of the same measure differ: a
 * death toll, a count of evacuees, a price change over time, so the newest report published at or
 * before the article (on or before the article's day, {@link EvidenceTime}) outranks older ones.
 * Among the newest reports (those within {@link #SAME_TIME} of the newest), the side of the
 * independent reports decides when one side has at least twice as many as the other (two reports
 * beat one wire story copied by three outlets); then every report on the other side, older, as new
 * or published after the article, is set aside. When the newest reports are split more evenly
 * nothing is set aside (the verdict stays CONFLICTING). A report published after the article
 * outranks nothing, unless no report is as old as the article.
 */
public final class Recency {
  /** Reports this close to the newest one count as reports of its time. */
  public static final Duration SAME_TIME = Duration.ofHours(12);

  /** Verbs that report a new level of a measure. */
  static final Set<String> CHANGES =
      Set.of(
          "rise",
          "fall",
          "increase",
          "decrease",
          "grow",
          "drop",
          "decline",
          "climb",
          "jump",
          "cut",
          "raise",
          "lower",
          "reduce",
          "double",
          "halve",
          "soar",
          "plunge",
          "reach",
          "hit",
          "top",
          // past forms the tagger may leave as they are
          "grew",
          "grown",
          "rose",
          "risen",
          "fell",
          "fallen");

  private Recency() {}

  /**
   * One report of the claim's figure.
   *
   * @param side +1 when its figure agrees with the claim's, -1 when it disagrees, 0 when it gives
   *     no figure for the claim's measure
   * @param published when it was published, null when unknown
   * @param copy whether it nearly copies a report already counted
   * @param actions the verbs of the clause of its figure ("killed", "cancelled"; see {@link
   *     Subject}): a report is set aside only for a deciding report with no verbs or a verb in
   *     common ("1,150 trains" cancelled does not outrank "2,600 trains" run a day)
   * @param value its figure for the claim's measure, NaN when unknown
   * @param account the words of the named source whose account the figure is ("organisers said",
   *     "police said"), empty when it names none or calls itself an update ("revised", "final")
   */
  public record Report(
      int side,
      Instant published,
      boolean copy,
      Set<String> actions,
      double value,
      Set<String> account) {
    public Report {
      if (side < -1 || side > 1) {
        throw new IllegalArgumentException("side must be -1, 0 or 1, got " + side);
      }
      actions = actions == null ? Set.of() : Set.copyOf(actions);
      account = account == null ? Set.of() : Set.copyOf(account);
    }

    public Report(int side, Instant published, boolean copy, Set<String> actions) {
      this(side, published, copy, actions, Double.NaN, Set.of());
    }

    public Report(int side, Instant published, boolean copy) {
      this(side, published, copy, Set.of());
    }

    /**
     * Whether both may report one measure: no verbs on one side, a verb of change on one side
     * ("rose to", "raised ... to": a new level of a measure), or a verb in common or alike
     * ("killed" and a death toll's "died", see {@link Subject#alike}).
     */
    boolean sameMeasure(Report other) {
      return actions.isEmpty()
          || other.actions.isEmpty()
          || changes()
          || other.changes()
          || actions.stream()
              .anyMatch(
                  a -> other.actions.stream().anyMatch(b -> a.equals(b) || Subject.alike(a, b)));
    }

    /** Whether its clause reports a new level of a measure ("rose to", "has grown to"). */
    boolean changes() {
      return actions.stream().anyMatch(CHANGES::contains);
    }

    /**
     * Whether it is an earlier, lower reading of a tally that {@code newer} reports: a count to
     * date only grows, so the older and lower figure is the same count at an earlier time, whatever
     * verbs the two use ("some 310 members have joined" and, later, "has signed up about 580").
     */
    boolean earlierTallyOf(Report newer) {
      return published != null
          && newer.published != null
          && published.isBefore(newer.published)
          && value < newer.value;
    }

    /**
     * Whether this older figure and the {@code newer} one are two named sources' accounts
     * (organisers' and police's; neither calls itself an update, see {@link OneAccount#account}),
     * and the newer is not higher: then they dispute each other, and the newer does not replace the
     * older. A newer, higher count from another source is taken as an update (a death toll that the
     * regional government raises after the police gave the first one).
     */
    boolean otherAccount(Report newer) {
      return !account.isEmpty()
          && !newer.account.isEmpty()
          && account.stream().noneMatch(newer.account::contains)
          && !(newer.value > value);
    }
  }

  /**
   * Why each report is set aside, in the reports' order: null for a report that counts.
   *
   * @param reports the passages' reports of the claim's figure
   * @param article the article's publication time, null when unknown (then every report counts as
   *     published before it)
   */
  public static List<String> setAside(List<Report> reports, Instant article) {
    return setAside(reports, article, false);
  }

  /**
   * As {@link #setAside(List, Instant)}; {@code toDate} when the claim's figure is a count to date
   * ("nearly 600 members have joined since it opened"), so that an older, lower report is an
   * earlier reading of the same tally ({@link Report#earlierTallyOf}). An older report that is
   * another named source's account than the newest ({@link Report#otherAccount}) is not set aside
   * as outdated: the two dispute. Reports of the same time are still outweighed by more of them.
   */
  public static List<String> setAside(List<Report> reports, Instant article, boolean toDate) {
    String[] why = new String[reports.size()];
    Instant limit = EvidenceTime.notAfter(article);
    List<Integer> dated = new ArrayList<>();
    List<Integer> inTime = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      if (r.side() == 0 || r.published() == null) {
        continue;
      }
      dated.add(i);
      if (limit == null || !r.published().isAfter(limit)) {
        inTime.add(i);
      }
    }
    List<Integer> pool = inTime.isEmpty() ? dated : inTime;
    if (pool.isEmpty()) {
      return Arrays.asList(why);
    }
    Instant newest =
        pool.stream().map(i -> reports.get(i).published()).max(Instant::compareTo).get();
    Instant from = newest.minus(SAME_TIME);
    int agree = 0;
    int disagree = 0;
    for (int i : pool) {
      Report r = reports.get(i);
      if (!r.copy() && !r.published().isBefore(from)) {
        agree += r.side() > 0 ? 1 : 0;
        disagree += r.side() < 0 ? 1 : 0;
      }
    }
    int side = agree >= Math.max(1, 2 * disagree) ? 1 : disagree >= Math.max(1, 2 * agree) ? -1 : 0;
    if (side == 0) {
      return Arrays.asList(why);
    }
    String day = newest.toString().substring(0, 10);
    String newer = side > 0 ? "agrees" : "disagrees";
    List<Report> deciding = new ArrayList<>();
    for (int i : pool) {
      Report r = reports.get(i);
      if (r.side() == side && !r.published().isBefore(from)) {
        deciding.add(r);
      }
    }
    for (int i : dated) {
      Report r = reports.get(i);
      if (r.side() != -side
          || deciding.stream()
              .noneMatch(
                  d ->
                      (r.sameMeasure(d) || toDate && r.earlierTallyOf(d))
                          && !(r.published().isBefore(from) && r.otherAccount(d)))) {
        continue;
      }
      if (limit != null && r.published().isAfter(limit) && !inTime.isEmpty()) {
        why[i] = "set aside: published after the article, when the figure may have changed";
      } else if (r.published().isBefore(from)) {
        why[i] =
            "set aside: an older report of a figure that changes; the newest report ("
                + day
                + ") "
                + newer;
      } else {
        why[i] =
            "set aside: outweighed by "
                + (side > 0 ? agree : disagree)
                + " independent report(s) of the same time that "
                + (side > 0 ? "agree" : "disagree");
      }
    }
    return Arrays.asList(why);
  }
}
