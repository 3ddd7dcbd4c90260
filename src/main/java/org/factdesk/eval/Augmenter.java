package org.factdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.verify.Stance;

/**
 * Contrast pairs we write ourselves from supporting training pairs: the same claim with its number
 * changed (the evidence now refutes it), or with its main verb negated. They teach the head that
 * "214" is not "124" and that "is not" is not "is". Seeded.
 */
final class Augmenter {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)*(?![\\d])");
  private static final Pattern COPULA = Pattern.compile("\\b(is|was|are|were|has|have|had|can)\\b");

  private Augmenter() {}

  static List<PairExample> contrast(List<PairExample> train, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PairExample> out = new ArrayList<>();
    for (PairExample p : train) {
      if (p.gold() != Stance.SUPPORTS) {
        continue;
      }
      Matcher m = NUMBER.matcher(p.claim());
      if (m.find() && p.evidence().contains(m.group())) {
        String changed = changeNumber(m.group(), r);
        if (!changed.equals(m.group())) {
          String claim = p.claim().substring(0, m.start()) + changed + p.claim().substring(m.end());
          out.add(new PairExample(claim, p.evidence(), Stance.REFUTES, p.where() + " (number)"));
        }
      } else if (r.nextInt(3) == 0) {
        Matcher c = COPULA.matcher(p.claim());
        if (c.find()) {
          String claim = p.claim().substring(0, c.end()) + " not" + p.claim().substring(c.end());
          out.add(new PairExample(claim, p.evidence(), Stance.REFUTES, p.where() + " (negated)"));
        }
      }
    }
    return out;
  }

  /** A plausible but different figure: digits swapped, or scaled, keeping the format. */
  static String changeNumber(String n, SplittableRandom r) {
    String digits = n.replaceAll("[.,]", "");
    if (digits.length() >= 2 && r.nextBoolean()) {
      char[] c = n.toCharArray();
      for (int i = 0; i + 1 < c.length; i++) {
        if (Character.isDigit(c[i]) && Character.isDigit(c[i + 1]) && c[i] != c[i + 1]) {
          char t = c[i];
          c[i] = c[i + 1];
          c[i + 1] = t;
          return new String(c);
        }
      }
    }
    if (n.matches("\\d+")) {
      long v = Long.parseLong(n.length() > 15 ? n.substring(0, 15) : n);
      long w = v < 10 ? v + 2 + r.nextInt(5) : Math.round(v * (r.nextBoolean() ? 1.6 : 0.55));
      return Long.toString(w == v ? v + 1 : w);
    }
    return n;
  }
}
