package org.factdesk.claims;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.Sentence;
import org.factdesk.claims.internal.ArticleContext;
import org.factdesk.claims.internal.ClaimSettings;
import org.factdesk.claims.internal.CompoundSplitter;
import org.factdesk.claims.internal.Dateline;
import org.factdesk.claims.internal.ReportedEvents;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.LanguageDetector;
import org.factdesk.nlp.LanguageGuess;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.TimeExpression;

/**
 * Finds the check-worthy claims of an article: embeds the article's prose sentences in one batch,
 * scores every sentence, keeps those at or above the model threshold and the reported events and
 * plans the models score low ({@link ReportedEvents}: "Talks will resume next week"), splits
 * compound sentences into atomic claims, and rewrites each to stand alone where the article allows
 * (see {@link ArticleContext}): pronouns and definite descriptions resolved, and the governing time
 * and place carried into each claim ({@link ClaimSetting}).
 */
public final class ClaimFinder {
  /** Most sentences analysed per article. */
  public static final int MAX_SENTENCES = 2_000;

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
    Dateline dateline = Dateline.of(article.text(), reference);
    boolean published =
        article.published() != null && reference != null && reference.equals(reference(article));
    List<ScoredSentence> scored = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    ArticleContext ctx = new ArticleContext();
    ClaimSettings settings = new ClaimSettings();
    List<Sentence> prose = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    int seen = 0;
    for (int p = 0; p < article.paragraphs().size(); p++) {
      for (Sentence s : article.paragraphs().get(p).sentences()) {
        if (seen++ < MAX_SENTENCES && prose(s.text())) {
          prose.add(s);
          paragraphOf.add(p);
        }
      }
    }
    float[][] embeddings = embed(prose);
    for (int i = 0; i < prose.size(); i++) {
      Sentence s = prose.get(i);
      settings.enterParagraph(paragraphOf.get(i));
      ClaimStructure st = ClaimStructure.of(s.text(), reference);
      List<Actor> actors = ctx.resolvePersons(st.actors());
      List<TimeExpression> times = ctx.resolveThat(st.times());
      CheckWorthiness.Score score = cw.score(s.text(), st, embeddings[i]);
      scored.add(new ScoredSentence(s, score));
      if (score.checkWorthy()
          || ReportedEvents.reports(st)
          || reportsOnceResolved(ctx, s.text(), actors, reference)) {
        Attribution attribution = st.attributions().isEmpty() ? null : st.attributions().get(0);
        List<CompoundSplitter.Part> parts =
            CompoundSplitter.split(s.text(), st.quantities(), st.tokens());
        for (CompoundSplitter.Part part : parts) {
          String text = ctx.standAlone(dateline.strip(part.text()), actors, s.text());
          List<TimeExpression> usable =
              part.usable(
                  parts,
                  s.start() == 0 ? dateline.outside(times) : times,
                  TimeExpression::start,
                  TimeExpression::end);
          Attribution partAttribution =
              part.detached() && attribution != null && !part.text().contains(attribution.source())
                  ? null
                  : attribution;
          ClaimSetting setting =
              settings.setting(
                  s.text(), part, parts.size() > 1, usable, actors, dateline, reference, published);
          text = ClaimSettings.withSetting(text, setting, dateline.strip(part.text()));
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
                  partAttribution,
                  st.modality(),
                  CheckWorthiness.describe(score),
                  setting));
        }
      }
      ctx.remember(s.text(), actors, times, st);
      settings.remember(s.text(), actors, times);
    }
    return new Analysis(lang, reference, scored, claims);
  }

  /**
   * Whether a sentence that opens on a pronoun reports an event once the pronoun is resolved to the
   * person named before ("She welcomed the ruling." after "... Elin Marsh ..." reads "Elin Marsh
   * welcomed the ruling."): {@link ReportedEvents} turns bare pronoun subjects away, since on their
   * own they name no one.
   */
  private static boolean reportsOnceResolved(
      ArticleContext ctx, String text, List<Actor> actors, LocalDate reference) {
    if (!PRONOUN_SUBJECT.matcher(text).lookingAt()) {
      return false;
    }
    String resolved = ctx.standAlone(text, actors, text);
    return !resolved.equals(text)
        && !PRONOUN_SUBJECT.matcher(resolved).lookingAt()
        && ReportedEvents.reports(ClaimStructure.of(resolved, reference));
  }

  private static final java.util.regex.Pattern PRONOUN_SUBJECT =
      java.util.regex.Pattern.compile("\\s*(?:He|She)\\b");

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
}
