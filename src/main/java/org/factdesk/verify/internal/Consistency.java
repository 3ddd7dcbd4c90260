package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.Sentence;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.Currencies;
import org.factdesk.nlp.SentenceSplitter;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Inside the article: parts that add up to more than their stated total ("Of the port's 150 staff,
 * 90 returned and 70 were moved"), and the same exact figure stated twice with different values.
 */
public final class Consistency {
  private Consistency() {}

  /** Findings about {@code text} itself. */
  public static List<Finding> findings(String text) {
    List<Finding> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text, 0)) {
      List<Quantity> q = QuantityParser.parse(s.text());
      if (q.size() < 3) {
        continue;
      }
      Quantity total = q.get(0);
      if (total.approx() != Approx.EXACT || total.thing().isEmpty() || total.thing().equals("%")) {
        continue;
      }
      double sum = 0;
      List<String> parts = new ArrayList<>();
      for (Quantity p : q.subList(1, q.size())) {
        if (p.approx() == Approx.EXACT
            && !p.thing().equals("%")
            && p.value() < total.value()
            && (p.thing().isEmpty() || p.thing().equals(total.thing()) || !isUnit(p.thing()))) {
          sum += p.value();
          parts.add(fmt(p.value()));
        }
      }
      if (parts.size() >= 2 && sum > total.value()) {
        out.add(
            new Finding(
                "consistency",
                "disagrees",
                String.format(
                    Locale.ROOT,
                    "Figures do not add up in \"%s\": %s = %s, more than the total of %s.",
                    s.text().strip(),
                    String.join(" + ", parts),
                    fmt(sum),
                    fmt(total.value()))));
      }
    }
    return out;
  }

  private static boolean isUnit(String thing) {
    return Currencies.isName(thing)
        || thing.equals("year")
        || thing.equals("month")
        || thing.equals("day");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
