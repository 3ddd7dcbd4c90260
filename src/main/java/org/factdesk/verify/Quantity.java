package org.factdesk.verify;

import java.util.HashSet;
import java.util.Set;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.Currencies;
import org.factdesk.verify.internal.CountedNouns;
import org.factdesk.verify.internal.Units;
import org.factdesk.verify.internal.WordRoots;

/**
 * A figure as the structured checks compare it (the claims extractor's quantities are adapted to
 * this).
 *
 * @param value the number (for RANGE the lower end), scaled ("1.3 million" is 1300000)
 * @param upper the upper end of a RANGE, else equal to {@code value}
 * @param step the precision the figure was written with ("1.3 million" is 100000; "214" is 1)
 * @param thing what is counted or measured, normalised: "home", "euro", "%", "passenger"
 * @param approx how it is qualified
 * @param context content words near the figure (to tell apart two percentages)
 * @param text the figure as written
 * @param of for a measure, the stemmed noun after "of" that it measures ("500 tonnes of mackerel"
 *     measures mackerel), else ""
 * @param source the words of the text the figure is read from: {@code text} for a figure as
 *     written, the words of the change for a figure derived from one ("18.6% from this year's
 *     51,000 tonnes" for "51,000 tonnes less 18.6% (41,514)"), so that the checks that read around
 *     a figure find it in its sentence
 */
public record Quantity(
    double value,
    double upper,
    double step,
    String thing,
    Approx approx,
    Set<String> context,
    String text,
    String of,
    String source) {
  /** A figure as written, read from its own text. */
  public Quantity(
      double value,
      double upper,
      double step,
      String thing,
      Approx approx,
      Set<String> context,
      String text,
      String of) {
    this(value, upper, step, thing, approx, context, text, of, text);
  }

  /** A figure that measures nothing named after "of". */
  public Quantity(
      double value,
      double upper,
      double step,
      String thing,
      Approx approx,
      Set<String> context,
      String text) {
    this(value, upper, step, thing, approx, context, text, "", text);
  }

  public Quantity {
    of = of == null ? "" : of;
    source = source == null || source.isEmpty() ? text : source;
    if (!Double.isFinite(value) || !Double.isFinite(upper) || upper < value) {
      throw new IllegalArgumentException(
          "value and upper must be finite with upper >= value, got " + value + ".." + upper);
    }
    if (!(step > 0)) {
      throw new IllegalArgumentException("step must be > 0, got " + step);
    }
    thing = thing == null ? "" : thing;
    context = Set.copyOf(context);
    if (approx == null) {
      throw new IllegalArgumentException("approx must not be null");
    }
  }

  /**
   * How far "about N" reaches, as a share of N: a round figure ("about 3,400", written to two
   * significant digits) allows 10% either way, a figure written more precisely ("about 3,450") 5%;
   * never less than its rounding.
   */
  static final double ABOUT_ROUND = 0.10;

  static final double ABOUT_PRECISE = 0.05;

  /** The interval of true values this figure allows, as {lo, hi}, when it is the claim's. */
  public double[] interval() {
    return interval(false);
  }

  /**
   * The interval of true values this figure allows, as {lo, hi}. A claim's qualifier sets how far
   * it reaches ("about 3,400": roughly 3,060 to 3,740; "nearly 1.2 million": 1.08 to 1.2 million;
   * an exact "31": 30.5 to 31.5, its rounding). The evidence's qualifier reaches half as far
   * ({@code evidence}): the evidence says where the true value is, and letting both reach their
   * full width made "about 3,400" agree with "some 4,100" (their 10% reaches met at 3,700).
   */
  public double[] interval(boolean evidence) {
    double half = step / 2;
    double reach = evidence ? 0.5 : 1;
    if (approx == Approx.ABOUT) {
      double share = (significantDigits() <= 2 ? ABOUT_ROUND : ABOUT_PRECISE) * reach;
      return new double[] {
        Math.min(value * (1 - share), value - half), Math.max(value * (1 + share), value + half)
      };
    }
    if (approx == Approx.NEARLY) {
      return new double[] {Math.min(value * (1 - 0.1 * reach), value - step * reach), value};
    }
    if (approx == Approx.MORE_THAN || approx == Approx.AT_LEAST) {
      return new double[] {value, Double.POSITIVE_INFINITY};
    }
    if (approx == Approx.UP_TO || approx == Approx.LESS_THAN) {
      return new double[] {Double.NEGATIVE_INFINITY, value};
    }
    if (approx == Approx.RANGE) {
      return new double[] {value - half, upper + half};
    }
    return new double[] {value - half, value + half};
  }

  /**
   * The significant digits the figure was written with, trailing zeros of a whole number left out:
   * "3,400" has 2, "3,450" 3, "1.2 million" 2, "12.4 million" 3.
   */
  int significantDigits() {
    double v = Math.abs(value);
    if (v == 0) {
      return 1;
    }
    long units = Math.round(v / step); // the figure in its written step: 3,400 -> 3400, 1.2m -> 12
    while (units != 0 && units % 10 == 0) {
      units /= 10;
    }
    return Math.max(1, Long.toString(Math.abs(units)).length());
  }

  /**
   * True when both figures count or measure the same thing: the same unit or counted noun, and
   * sentences that share at least one other salient word (two for percentages and money, which
   * measure many things, and for a near noun such as "homes" for "households", see {@link
   * CountedNouns}).
   */
  public boolean sameThing(Quantity other) {
    boolean same = thing.equals(other.thing) || CountedNouns.same(thing, other.thing);
    boolean near = !same && CountedNouns.near(thing, other.thing);
    if (thing.isEmpty() || !(same || near)) {
      return false;
    }
    if (!measuresTheSame(other)) {
      return false; // "500 tonnes of mackerel" is no figure for the cod quota's tonnes
    }
    // words in common, compared by their roots ("collapsed" meets "collapse", "killed" meets
    // "died"), each root counted once
    Set<String> theirs = other.salientRoots(thing);
    Set<String> counted = new HashSet<>();
    for (String w : context) {
      if (!w.equals(thing) && !w.equals(other.thing) && Units.of(w, "").isEmpty()) {
        String r = WordRoots.root(w);
        if (theirs.contains(r)) {
          counted.add(r);
        }
      }
    }
    int shared = counted.size();
    if (near) {
      return shared >= 2; // a near noun ("homes" for "households") needs more words in common
    }
    return shared >= (generic() ? 2 : 1);
  }

  /**
   * The roots ({@link WordRoots}) of the context words other than the counted nouns and units
   * ("tonne" is the unit, not what is measured).
   */
  private Set<String> salientRoots(String otherThing) {
    Set<String> out = new HashSet<>();
    for (String w : context) {
      if (!w.equals(thing) && !w.equals(otherThing) && Units.of(w, "").isEmpty()) {
        out.add(WordRoots.root(w));
      }
    }
    return out;
  }

  /** True for percentages and the commonest currencies, which measure many things in one story. */
  private boolean generic() {
    return thing.equals("%") || Currencies.isCommon(thing);
  }

  /**
   * True when both figures are for the same unit or counted noun, other than percentages and money,
   * and nothing says they measure different things, whatever other words their sentences share.
   * Weaker than {@link #sameThing}: a caller uses it only for a large figure that agrees closely
   * (see {@code QuantityCheck}), since "236,000 households" rarely stands for anything but the
   * claim's "about 240,000 households".
   */
  public boolean sameNoun(Quantity other) {
    return !thing.isEmpty()
        && !generic()
        && !Currencies.isName(thing)
        && (thing.equals(other.thing) || CountedNouns.same(thing, other.thing))
        && measuresTheSame(other);
  }

  /**
   * False when the two measures are of different things: both name what they measure after "of" and
   * the names differ, or one names it and the other's sentence does not mention it.
   */
  private boolean measuresTheSame(Quantity other) {
    if (of.isEmpty() && other.of.isEmpty()) {
      return true;
    }
    if (!of.isEmpty() && !other.of.isEmpty()) {
      return of.equals(other.of);
    }
    String named = of.isEmpty() ? other.of : of;
    Set<String> words = of.isEmpty() ? context : other.context;
    // the salient words leave out words of three letters ("hay"), which cannot be told apart
    return named.length() <= 3 || words.contains(named);
  }

  /**
   * Compares a claimed figure with an evidence figure for the same thing: AGREES when the evidence
   * value lies in the interval the claim allows, DISAGREES when not, UNRELATED when they count
   * different things.
   */
  public Comparison compareWith(Quantity evidence) {
    if (!sameThing(evidence)) {
      return Comparison.UNRELATED;
    }
    return compareValue(evidence);
  }

  /** Compares the values alone (the caller knows both measure the same thing). */
  public Comparison compareValue(Quantity evidence) {
    double[] c = interval();
    double[] e = evidence.interval(true);
    // the evidence's own interval (its rounding) must overlap the claim's
    // (strictly: "two" allows 1.5..2.5 and "three" 2.5..3.5, which must not agree at 2.5)
    boolean overlap = e[0] < c[1] - 1e-9 && c[0] < e[1] - 1e-9;
    if (value == evidence.value && upper == evidence.upper) {
      overlap = true;
    }
    // a bound in the claim: the evidence's figure must lie beyond it, or the evidence states a
    // bound
    // at least as tight in the same direction ("over 80%" agrees with "more than 80%")
    boolean evidenceBelow =
        evidence.approx == Approx.LESS_THAN
            || evidence.approx == Approx.UP_TO
            || evidence.approx == Approx.NEARLY;
    boolean evidenceAbove =
        evidence.approx == Approx.MORE_THAN || evidence.approx == Approx.AT_LEAST;
    boolean claimBound =
        approx == Approx.MORE_THAN
            || approx == Approx.AT_LEAST
            || approx == Approx.UP_TO
            || approx == Approx.LESS_THAN;
    if (!claimBound
        && (evidence.approx == Approx.UP_TO || evidence.approx == Approx.AT_LEAST)
        && approx != Approx.NEARLY
        && evidence.value == value
        && evidence.upper == upper) {
      // "up to 12 million euros more in bonuses" for "a further 12 million euros in bonuses",
      // "as many as 1,500 jobs" for "1,500 jobs": a bound that includes its figure states it as
      // the size reached
      return Comparison.AGREES;
    }
    if (overlap
        && !claimBound
        && (evidenceAbove
            || evidence.approx == Approx.LESS_THAN
            || evidence.approx == Approx.UP_TO)) {
      // "younger than 45" neither confirms nor denies "39": a bound that holds the claim's
      // figure is no evidence for it
      return Comparison.UNRELATED;
    }
    if (approx == Approx.MORE_THAN) {
      overlap = evidence.value > value || (evidenceAbove && evidence.value >= value);
    } else if (approx == Approx.AT_LEAST) {
      overlap = evidence.value >= value;
    } else if (approx == Approx.UP_TO) {
      overlap = evidence.value <= value;
    } else if (approx == Approx.LESS_THAN) {
      overlap = evidence.value < value || (evidenceBelow && evidence.value <= value);
    }
    return overlap ? Comparison.AGREES : Comparison.DISAGREES;
  }

  /** Outcome of comparing two figures. */
  public enum Comparison {
    AGREES,
    DISAGREES,
    UNRELATED
  }
}
