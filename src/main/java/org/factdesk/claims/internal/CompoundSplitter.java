package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.nlp.Quantity;

/**
 * Splits a sentence whose checkable facts are counts joined by "and" ("157 Russian servicemen and
 * three Russian nationals ... were returned") into one part per count. Each part keeps its own span
 * in the sentence; its text is the sentence without the other conjunct. Sentences without such a
 * pair come back whole, as one part.
 */
public final class CompoundSplitter {
  private static final int MAX_CONJUNCT = 90;

  /** One atomic part: its text, its span in the sentence and its quantities. */
  public record Part(String text, int start, int end, List<Quantity> quantities) {
    public Part {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "span must satisfy 0 <= start < end, got " + start + ".." + end);
      }
      quantities = List.copyOf(quantities);
    }
  }

  private CompoundSplitter() {}

  public static List<Part> split(String sentence, List<Quantity> quantities) {
    List<Quantity> counts = new ArrayList<>();
    for (Quantity q : quantities) {
      if (!q.ordinal()) {
        counts.add(q);
      }
    }
    for (int i = 0; i + 1 < counts.size(); i++) {
      Quantity a = counts.get(i);
      Quantity b = counts.get(i + 1);
      String between = sentence.substring(a.end(), b.start());
      int and = between.lastIndexOf(" and ");
      if (and < 0
          || !between.substring(and + 5).isBlank()
          || and > MAX_CONJUNCT
          || between.substring(0, and).contains(",")
          || between.contains(";")) {
        continue;
      }
      int andAt = a.end() + and;
      // "90 returned to work and 70 were moved ...": the first conjunct has its own predicate, so
      // the second one runs to the end of its clause, not just to its counted noun
      boolean ownPredicate = between.substring(0, and).strip().split("\\s+").length > 3;
      int bEnd = ownPredicate ? clauseEnd(sentence, b.end()) : conjunctEnd(sentence, b);
      String partA = (sentence.substring(0, andAt) + sentence.substring(bEnd)).strip();
      String partB = (sentence.substring(0, a.start()) + sentence.substring(b.start())).strip();
      if (a.start() == 0 && !partB.isEmpty()) {
        partB = Character.toUpperCase(partB.charAt(0)) + partB.substring(1);
      }
      List<Quantity> qa = new ArrayList<>(quantities);
      qa.remove(b);
      List<Quantity> qb = new ArrayList<>(quantities);
      qb.remove(a);
      return List.of(new Part(partA, a.start(), andAt, qa), new Part(partB, b.start(), bEnd, qb));
    }
    return List.of(new Part(sentence, 0, Math.max(1, sentence.length()), quantities));
  }

  /**
   * Where the clause that starts at {@code from} ends: the next comma or semicolon, else the end.
   */
  private static int clauseEnd(String sentence, int from) {
    for (int i = from; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';') {
        return i;
      }
    }
    int end = sentence.length();
    while (end > from && ".!?\"'”’".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** End of "two ballistic missiles" after the number "two". */
  private static int conjunctEnd(String sentence, Quantity q) {
    if (q.unit() == null) {
      return q.end();
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    int i = lower.indexOf(q.unit(), q.end());
    if (i >= 0 && i - q.end() < 40) {
      return i + q.unit().length();
    }
    return q.end();
  }
}
