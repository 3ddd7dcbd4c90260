package org.factdesk.claims;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.Article;
import org.factdesk.article.Sentence;
import org.factdesk.claims.internal.CompoundSplitter;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.Gazetteer;
import org.factdesk.nlp.LanguageDetector;
import org.factdesk.nlp.LanguageGuess;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.TimeExpression;

/**
 * Finds the check-worthy claims of an article: embeds the article's prose sentences in one batch,
 * scores every sentence, keeps those at or above the model threshold, splits compound sentences
 * into atomic claims, and rewrites each to stand alone where the article allows ("He" becomes the
 * last named person, "the country" the last country, "the talks" the last named talks, "that month"
 * the month mentioned before).
 */
public final class ClaimFinder {
  /** Most sentences analysed per article. */
  public static final int MAX_SENTENCES = 2_000;

  private static final Pattern PRONOUN = Pattern.compile("\\b(He|She|he|she)\\b(?!['’])");
  private static final Pattern THE_COUNTRY = Pattern.compile("\\b[Tt]he country\\b(?!['’])");
  private static final Pattern THE_TALKS = Pattern.compile("\\b[Tt]he talks\\b");
  private static final Pattern NAMED_TALKS =
      Pattern.compile("\\b((?:\\p{Lu}[\\p{L}.]*\\s){1,4})talks\\b");

  private ClaimFinder() {}

  /** A sentence with its score, kept or not. */
  public record ScoredSentence(Sentence sentence, CheckWorthiness.Score score) {}

  /** Everything found in an article. */
  public record Analysis(
      LanguageGuess language,
      LocalDate reference,
      List<ScoredSentence> sentences,
      List<Claim> claims) {
    public Analysis {
      sentences = List.copyOf(sentences);
      claims = List.copyOf(claims);
    }
  }

  /** The claims of {@code article}, times resolved against its publication date. */
  public static List<Claim> find(Article article) {
    return analyse(article, reference(article)).claims();
  }

  /** The article's publication date (UTC), or null when unknown. */
  public static LocalDate reference(Article article) {
    return article.published() == null
        ? null
        : article.published().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** Scores all sentences and finds claims; {@code reference} resolves relative times. */
  public static Analysis analyse(Article article, LocalDate reference) {
    LanguageGuess lang = LanguageDetector.detect(article.text());
    if (!lang.isEnglish() && !lang.code().equals("und")) {
      return new Analysis(lang, reference, List.of(), List.of());
    }
    CheckWorthiness cw = CheckWorthiness.shared();
    List<ScoredSentence> scored = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    Context ctx = new Context();
    List<Sentence> sentences = article.sentences();
    List<Sentence> prose = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_SENTENCES, sentences.size()); i++) {
      if (prose(sentences.get(i).text())) {
        prose.add(sentences.get(i));
      }
    }
    float[][] embeddings = embed(prose);
    for (int i = 0; i < prose.size(); i++) {
      Sentence s = prose.get(i);
      ClaimStructure st = ClaimStructure.of(s.text(), reference);
      List<Actor> actors = ctx.resolvePersons(st.actors());
      List<TimeExpression> times = ctx.resolveThat(st.times());
      CheckWorthiness.Score score = cw.score(s.text(), st, embeddings[i]);
      scored.add(new ScoredSentence(s, score));
      if (score.checkWorthy()) {
        Attribution attribution = st.attributions().isEmpty() ? null : st.attributions().get(0);
        for (CompoundSplitter.Part part : CompoundSplitter.split(s.text(), st.quantities())) {
          String text = ctx.standAlone(part.text(), actors);
          List<Quantity> qs = part.quantities();
          claims.add(
              new Claim(
                  "c" + (claims.size() + 1),
                  text,
                  s.text(),
                  s.start() + part.start(),
                  s.start() + part.end(),
                  score.value(),
                  qs,
                  times,
                  actors,
                  attribution,
                  st.modality(),
                  CheckWorthiness.describe(score)));
        }
      }
      ctx.remember(s.text(), actors, times);
    }
    return new Analysis(lang, reference, scored, claims);
  }

  /**
   * The article's sentences embedded in one batch as the check-worthiness network reads them (the
   * embedder sorts them by length).
   */
  private static float[][] embed(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return new float[0][];
    }
    List<String> texts = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      texts.add(s.text());
    }
    return CheckWorthiness.shared().embed(texts);
  }

  /** Skips table rows, lists of numbers and fragments without words. */
  static boolean prose(String text) {
    int letters = 0;
    int words = 0;
    for (String w : text.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetter)) {
        words++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return words >= 3 && letters * 2 >= text.replaceAll("\\s", "").length();
  }

  /** What earlier sentences named, for making later claims stand alone. */
  private static final class Context {
    private final List<Actor> persons = new ArrayList<>();
    private String lastCountry;
    private String lastTalks;
    private TimeExpression lastPeriod;

    List<Actor> resolvePersons(List<Actor> actors) {
      List<Actor> out = new ArrayList<>();
      for (Actor a : actors) {
        if (a.type() == Actor.Type.UNKNOWN && !a.name().contains(" ")) {
          boolean known = persons.stream().anyMatch(p -> p.name().endsWith(" " + a.name()));
          out.add(known ? a.withType(Actor.Type.PERSON) : a);
        } else {
          out.add(a);
        }
      }
      return out;
    }

    List<TimeExpression> resolveThat(List<TimeExpression> times) {
      List<TimeExpression> out = new ArrayList<>();
      for (TimeExpression t : times) {
        if (t.from() == null
            && t.to() == null
            && t.anchor() == null
            && t.kind() == TimeExpression.Kind.INTERVAL
            && lastPeriod != null
            && t.text().toLowerCase(java.util.Locale.ROOT).startsWith("that")) {
          out.add(
              new TimeExpression(
                  t.text(),
                  t.start(),
                  t.end(),
                  t.kind(),
                  lastPeriod.from(),
                  lastPeriod.to(),
                  null,
                  t.approx(),
                  null));
        } else {
          out.add(t);
        }
      }
      return out;
    }

    String standAlone(String text, List<Actor> current) {
      String out = text;
      Matcher m = PRONOUN.matcher(out);
      boolean personHere =
          current.stream()
              .anyMatch(
                  a ->
                      a.type() == Actor.Type.PERSON
                          && text.indexOf(a.name()) >= 0
                          && text.indexOf(a.name()) < Math.max(0, pronounAt(text)));
      if (m.find() && !persons.isEmpty() && !personHere && !hasPersonBefore(out, m.start())) {
        out =
            out.substring(0, m.start())
                + persons.get(persons.size() - 1).name()
                + out.substring(m.end());
      }
      if (lastCountry != null) {
        out = THE_COUNTRY.matcher(out).replaceFirst(Matcher.quoteReplacement(lastCountry));
      }
      if (lastTalks != null) {
        out =
            THE_TALKS
                .matcher(out)
                .replaceFirst(Matcher.quoteReplacement("the " + lastTalks + " talks"));
      }
      return out;
    }

    private static int pronounAt(String text) {
      Matcher m = PRONOUN.matcher(text);
      return m.find() ? m.start() : -1;
    }

    private boolean hasPersonBefore(String text, int pos) {
      for (Actor p : persons) {
        int i = text.indexOf(p.name());
        if (i >= 0 && i < pos) {
          return true;
        }
      }
      return false;
    }

    void remember(String sentence, List<Actor> actors, List<TimeExpression> times) {
      for (Actor a : actors) {
        if (a.type() == Actor.Type.PERSON) {
          Actor full = a;
          for (Actor p : persons) {
            if (p.name().endsWith(" " + a.name())) {
              full = p;
            }
          }
          persons.remove(full);
          persons.add(full);
        } else if (a.type() == Actor.Type.PLACE
            && Gazetteer.isPlace(a.name())
            && !a.name().contains(" Sea")) {
          lastCountry = a.name();
        }
      }
      Matcher m = NAMED_TALKS.matcher(sentence);
      while (m.find()) {
        String name = m.group(1).strip();
        if (name.startsWith("The ")) {
          name = name.substring(4);
        }
        if (!name.isBlank() && !name.equals("The")) {
          lastTalks = name;
        }
      }
      for (TimeExpression t : times) {
        if (t.from() != null && t.to() != null && t.anchor() == null) {
          lastPeriod = t;
        }
      }
    }
  }
}
