package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.comments.Reason;

/**
 * Specificity. Concrete details count toward authenticity: numbers and names that are neither in
 * the article nor the thread's common topic words, first-hand experience, questions, disagreement.
 * Generic abstractions ("underlying issues", "cautiously optimistic") count against a comment that
 * has no concrete detail at all. A comment that is a near duplicate of another gets no credit: a
 * template's filled-in names are not detail.
 */
public final class SpecificitySignal {
  public static final double W_GENERIC_EACH = 0.07;
  public static final double W_GENERIC_MAX = 0.35;
  public static final double W_CREDIT_EACH = -0.1;
  public static final double W_CREDIT_MAX = -0.3;

  private static final List<String> GENERIC = Prepared.phrases(Lexicon.GENERIC_PHRASES);
  private static final List<String> EXPERIENCE = Prepared.phrases(Lexicon.EXPERIENCE);
  private static final List<String> DISAGREE = Prepared.phrases(Lexicon.DISAGREEMENT);

  private SpecificitySignal() {}

  public static void apply(ThreadContext ctx) {
    for (Prepared c : ctx.comments) {
      List<String> details = details(ctx, c);
      boolean template = false;
      for (Reason r : ctx.reasons(c.index)) {
        template |= r.signal().equals("near_duplicate");
      }
      if (!details.isEmpty()) {
        if (template) {
          continue;
        }
        double w = Math.max(W_CREDIT_MAX, W_CREDIT_EACH * details.size());
        ctx.add(c.index, new Reason("specificity", "concrete: " + String.join("; ", details), w));
        continue;
      }
      List<String> generic = c.hits(GENERIC);
      if (!generic.isEmpty()) {
        double w = Math.min(W_GENERIC_MAX, W_GENERIC_EACH * generic.size());
        ctx.add(
            c.index,
            new Reason(
                "generic",
                String.format(
                    Locale.ROOT,
                    "no names, numbers, experience, questions or disagreement of its own; %d"
                        + " stock abstraction(s): \"%s\"",
                    generic.size(),
                    String.join("\", \"", generic.subList(0, Math.min(4, generic.size())))),
                w));
      }
    }
  }

  /** Up to three concrete details, each described, e.g. "number 2,400", "names Halifax". */
  static List<String> details(ThreadContext ctx, Prepared c) {
    List<String> out = new ArrayList<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Tokens t = c.tokens;
    for (int i : t.words) {
      String sk = t.skeleton.get(i);
      String low = t.lower.get(i);
      if (sk.equals("<num>")
          && (ctx.articleNorm == null || !ctx.articleNorm.contains(" " + low + " "))) {
        numbers.add(t.surface.get(i));
      } else if (sk.equals("<name>")) {
        String stem = Tokens.stem(low);
        if (!ctx.articleStems.contains(stem) && !ctx.topicStems.contains(stem)) {
          names.add(t.surface.get(i));
        }
      }
    }
    if (!numbers.isEmpty()) {
      out.add("number(s) " + String.join(", ", first(numbers, 3)));
    }
    if (!names.isEmpty()) {
      out.add("name(s) " + String.join(", ", first(names, 3)));
    }
    List<String> exp = c.hits(EXPERIENCE);
    if (!exp.isEmpty()) {
      out.add("first-hand \"" + exp.get(0) + "\"");
    }
    if (c.text.indexOf('?') >= 0) {
      out.add("asks a question");
    }
    List<String> dis = c.hits(DISAGREE);
    if (!dis.isEmpty()) {
      out.add("disagrees (\"" + dis.get(0) + "\")");
    }
    return out;
  }

  private static List<String> first(Set<String> s, int n) {
    List<String> out = new ArrayList<>();
    for (String x : s) {
      if (out.size() == n) {
        break;
      }
      out.add(x);
    }
    return out;
  }
}
