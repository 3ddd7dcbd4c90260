package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.article.Article;
import org.factdesk.article.Sentence;
import org.factdesk.verify.ClaimInput;

/**
 * A stand-in claim finder until the claims package's {@code ClaimFinder} is on main: every sentence
 * with a figure, a title, or an attribution is a claim; opinions and quotes of feelings are not.
 */
public final class SentenceClaims {
  private static final Pattern FIGURE =
      Pattern.compile(
          "\\d|\\bfirst time in\\b|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve"
              + "|twenty) (?:years?|months?|weeks?|days?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE =
      Pattern.compile("\\b(Minister|Mayor|President|Director|director|Chancellor|Governor)\\b");
  private static final Pattern ATTRIBUTION =
      Pattern.compile("\\b(according to|said|announced|reported)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPINION =
      Pattern.compile(
          "\\b(should|must|I think|we believe|too long|nobody|everyone)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_CLAIMS = 100;

  private SentenceClaims() {}

  /** The claims of {@code article}, ids c1, c2, ... in text order. */
  public static List<ClaimInput> find(Article article) {
    List<ClaimInput> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      String t = s.text().strip();
      if (t.length() < 20 || t.length() > 600 || out.size() >= MAX_CLAIMS) {
        continue;
      }
      boolean figure = FIGURE.matcher(t).find();
      boolean title = TITLE.matcher(t).find();
      boolean attribution = ATTRIBUTION.matcher(t).find();
      if (OPINION.matcher(t).find() && !figure) {
        continue;
      }
      if (!figure && !title) {
        continue;
      }
      double worth = 0.4 + (figure ? 0.3 : 0) + (title ? 0.15 : 0) + (attribution ? 0.1 : 0);
      out.add(
          new ClaimInput(
              "c" + (out.size() + 1),
              t,
              s.text(),
              s.start(),
              s.end(),
              Math.min(1, Double.parseDouble(String.format(Locale.ROOT, "%.2f", worth)))));
    }
    return out;
  }

  /**
   * The claims finder's claims, plus the sentences naming someone with a title or stating a figure
   * that it left out (the role and quantity checks need them), renumbered in text order.
   */
  public static List<ClaimInput> addTitled(List<ClaimInput> found, List<ClaimInput> sentences) {
    List<ClaimInput> all = new ArrayList<>(found);
    for (ClaimInput s : sentences) {
      boolean covered = false;
      for (ClaimInput f : found) {
        covered |= f.start() < s.end() && s.start() < f.end();
      }
      if (!covered) {
        all.add(s);
      }
    }
    all.sort(java.util.Comparator.comparingInt(ClaimInput::start));
    List<ClaimInput> out = new ArrayList<>();
    for (ClaimInput c : all) {
      out.add(
          new ClaimInput(
              "c" + (out.size() + 1),
              c.text(),
              c.sentence(),
              c.start(),
              c.end(),
              c.checkworthiness()));
    }
    return out;
  }
}
