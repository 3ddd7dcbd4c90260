package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributions: "according to X", and "X said/claimed/disclosed/announced/reported/
 * confirmed/noted/added ..." with the subject before the verb (or after it, in '"...," X said').
 */
public final class AttributionExtractor {
  static final Set<String> REPORTING =
      Set.of(
          "say",
          "claim",
          "disclose",
          "announce",
          "report",
          "confirm",
          "note",
          "add",
          "state",
          "deny",
          "tell",
          "estimate",
          "warn",
          "emphasize",
          "emphasise",
          "insist",
          "argue",
          "allege",
          "acknowledge",
          "admit",
          "reveal",
          "declare",
          "assert",
          "write",
          "cite",
          "testify",
          "explain",
          "stress",
          "indicate",
          "maintain",
          "contend");

  /** Parts of speech inside a group before its head ("the agency's", "two senior"). */
  private static final Set<String> GROUP_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  private static final Pattern ACCORDING =
      Pattern.compile(
          "(?i)\\baccording to\\s+(?<src>(?:[^,;:“”\"().]|(?<=\\b\\p{Lu})\\.|\\.(?=\\p{L}))+)");
  private static final Pattern DOC_PREFIX =
      Pattern.compile(
          "(?i)^(?:an?|the)\\s+(?:new\\s+|recent\\s+|joint\\s+)?(?:statement|report|data|figures|estimates?|analysis|survey|study|post|release)\\s+(?:from|by|of|issued by)\\s+");

  /** Reporting lemmas that, before a number, count or add things instead ("admitted 3,100"). */
  private static final Set<String> COUNTING_SENSE = Set.of("admit", "add", "maintain", "cite");

  /** Nouns for records that "show" something ("customs data showed", "figures show"). */
  private static final Set<String> DATA_NOUNS =
      Set.of(
          "data",
          "figures",
          "statistics",
          "records",
          "survey",
          "poll",
          "polls",
          "study",
          "census",
          "numbers",
          "estimates");

  private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");
  private static final Set<String> SUBJECT_POS =
      Set.of("PROPN", "NOUN", "ADJ", "DET", "PRON", "PART", "NUM");

  private AttributionExtractor() {}

  /** Attributions in {@code text}, in order. */
  public static List<Attribution> extract(String text, List<Token> tokens) {
    return extract(text, tokens, ActorExtractor.extract(text, tokens));
  }

  /**
   * Attributions in {@code text}, in order; {@code actors} (from {@link ActorExtractor}) keep a
   * source's name whole ("The Ministry of Health said", not "Health said").
   */
  public static List<Attribution> extract(String text, List<Token> tokens, List<Actor> actors) {
    List<Attribution> out = new ArrayList<>();
    Matcher m = ACCORDING.matcher(text);
    while (m.find()) {
      String src = m.group("src").strip().replaceAll("\\s+$", "");
      int s = m.start("src");
      Matcher doc = DOC_PREFIX.matcher(src);
      if (doc.find()) {
        s += doc.end();
        src = src.substring(doc.end());
      }
      if (src.isBlank()) {
        continue;
      }
      String content = (text.substring(0, m.start()) + text.substring(m.end())).strip();
      content = content.replaceAll("^[,;\\s]+|[,;\\s]+(?=\\.?$)", "");
      out.add(new Attribution(src, "according to", s, s + src.length(), content));
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token v = tokens.get(i);
      boolean mistagged = !v.pos().equals("VERB") && mistaggedSaid(tokens, i);
      String lemma = mistagged ? "say" : v.lemma();
      if (!v.pos().equals("VERB") && !mistagged
          || !REPORTING.contains(lemma) && !(v.lemma().equals("show") && dataSubject(tokens, i))) {
        continue;
      }
      if (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to")) {
        continue; // "declined to say", "refused to confirm", "firms ... to report": no one quoted
      }
      if (i + 1 < tokens.size()
          && Character.isDigit(tokens.get(i + 1).text().charAt(0))
          && COUNTING_SENSE.contains(v.lemma())) {
        continue; // "The university admitted 3,100 students": not a reporting verb here
      }
      if (i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        continue; // "said to be"
      }
      if (i > 0
          && BE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
          && !v.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
        continue; // passive: "230 beds had been added", "the figure was reported"
      }
      int e = i;
      int j = i - 1;
      while (j >= 0
          && (tokens.get(j).pos().equals("AUX")
              || tokens.get(j).pos().equals("ADV")
              || tokens.get(j).pos().equals("PART") && !isPossessive(tokens.get(j)))) {
        j--;
      }
      if (negatedBetween(tokens, j + 1, i)) {
        continue; // "The government did not confirm reports that ...": nobody is quoted
      }
      int subjEnd = j + 1;
      int apposition = appositionStart(tokens, j);
      if (apposition > 0 && nameAppositive(tokens, apposition, j)) {
        // "Greenpeace's spokesman, Jonas Weber, said": the subject is the name in the appositive
        subjEnd = j;
        j = apposition;
      } else if (apposition > 0) {
        // "X, the country's ombudsman, said": the subject is X, before the appositive
        j = apposition - 1;
        subjEnd = apposition;
      }
      while (j >= 0
          && (SUBJECT_POS.contains(tokens.get(j).pos())
              || tokens.get(j).pos().endsWith("+PART") // "retailers'" tagged NOUN+PART
              || isPossessive(tokens.get(j))
              || tokens.get(j).text().equals("-")
              || tokens.get(j).capitalised()
                  && (j > 0 && tokens.get(j - 1).capitalised() || tokens.get(j + 1).capitalised()))
          && subjEnd - j <= 8) {
        j--;
      }
      for (int round = 0; round < 2 && j < subjEnd - 1; round++) {
        j = groupBefore(tokens, j); // "Officials in Kyiv", "People familiar with the matter"
      }
      int subjStart = widen(tokens, actors, j + 1, subjEnd);
      while (subjStart < subjEnd
          && tokens.get(subjStart).pos().equals("DET")
          && subjEnd - subjStart > 1
          && tokens.get(subjStart).text().equalsIgnoreCase("that")) {
        subjStart++;
      }
      String content;
      int srcStart;
      int srcEnd;
      if (subjStart < subjEnd && hasNominal(tokens, subjStart, subjEnd)) {
        srcStart = tokens.get(subjStart).start();
        srcEnd = tokens.get(subjEnd - 1).end();
        int cs = e + 1;
        if (cs < tokens.size() && tokens.get(cs).text().equalsIgnoreCase("that")) {
          cs++;
        }
        content = cs < tokens.size() ? text.substring(tokens.get(cs).start()).strip() : "";
        if (subjStart > 0
            && (tokens.get(subjStart - 1).text().equals(",")
                || tokens.get(subjStart - 1).text().matches("[”\"]"))) {
          // '"...," X said.' : the content is before
          String before = text.substring(0, tokens.get(subjStart - 1).start()).strip();
          if (cs >= tokens.size() || tokens.get(cs).text().equals(".")) {
            content = before;
          }
        }
      } else {
        // inverted: '..., said X.' — subject after the verb
        int k = e + 1;
        int a = k;
        while (k < tokens.size()
            && (SUBJECT_POS.contains(tokens.get(k).pos()) || isPossessive(tokens.get(k)))
            && k - a < 8) {
          k++;
        }
        if (k == a || !hasNominal(tokens, a, k)) {
          if (!out.isEmpty()) {
            Attribution prev = out.get(out.size() - 1);
            String rest =
                e + 1 < tokens.size() ? text.substring(tokens.get(e + 1).start()).strip() : "";
            out.add(new Attribution(prev.source(), v.text(), prev.start(), prev.end(), rest));
          }
          continue;
        }
        srcStart = tokens.get(a).start();
        srcEnd = tokens.get(k - 1).end();
        content = text.substring(0, v.start()).strip().replaceAll("[,\\s]+$", "");
      }
      out.add(
          new Attribution(
              text.substring(srcStart, srcEnd),
              v.text(),
              srcStart,
              srcEnd,
              content.replaceAll("[.\\s]+$", "")));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return List.copyOf(out);
  }

  /**
   * The index of the comma opening an appositive that ends at the comma {@code j} just before the
   * reporting verb (", the country's ombudsman,", ", director of the city hospital,", ", speaking
   * in Ottawa,"), when a name or noun stands before it; else -1.
   */
  static int appositionStart(List<Token> tokens, int j) {
    if (j < 2 || !tokens.get(j).text().equals(",")) {
      return -1;
    }
    int c = j - 1;
    while (c > 0 && j - c <= 12 && !tokens.get(c).text().equals(",")) {
      Token t = tokens.get(c);
      boolean gerundOpening =
          c > 0 && tokens.get(c - 1).text().equals(",") && t.text().endsWith("ing");
      // ", a charity based in Britain,": a participle after a noun
      gerundOpening |= t.text().endsWith("ed") && c > 0 && tokens.get(c - 1).pos().equals("NOUN");
      if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && !gerundOpening
          || t.pos().equals("PUNCT") && !isPossessive(t) && !t.text().equals("-")
          || t.pos().equals("PRON") && !t.text().equalsIgnoreCase("its")) {
        return -1;
      }
      c--;
    }
    if (c <= 0 || c == j - 1 || !tokens.get(c).text().equals(",")) {
      return -1;
    }
    Token before = tokens.get(c - 1);
    boolean nominal = before.pos().equals("PROPN") || before.pos().equals("NOUN");
    return nominal ? c : -1;
  }

  /**
   * Widens a subject starting at {@code start} to the whole actor it cuts ("Ministry of |Health")
   * and to a person noun governing it ("A spokesman for the Ministry of Foreign Affairs").
   */
  private static int widen(List<Token> tokens, List<Actor> actors, int start, int end) {
    if (start >= end) {
      return start;
    }
    int s = start;
    for (Actor a : actors) {
      if (a.start() < tokens.get(s).start() && tokens.get(s).start() < a.end()) {
        while (s > 0 && tokens.get(s - 1).end() > a.start()) {
          s--;
        }
      }
    }
    if (s == start) {
      return start;
    }
    if (s > 0 && tokens.get(s - 1).text().equalsIgnoreCase("the")) {
      s--;
    }
    // "A spokesman for" / "Officials of" the organisation
    if (s >= 2
        && Set.of("for", "of", "at").contains(tokens.get(s - 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(s - 2).pos().equals("NOUN")
        && !tokens.get(s - 2).capitalised()) {
      s -= 2;
      while (s > 0
          && s > start - 12
          && (tokens.get(s - 1).pos().equals("DET") || tokens.get(s - 1).pos().equals("ADJ"))) {
        s--;
      }
    }
    return s;
  }

  /** People, and the adjectives, that a source's group opens with before a preposition. */
  private static final Set<String> GROUP_HEADS =
      Set.of(
          "officials",
          "official",
          "people",
          "residents",
          "sources",
          "source",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "representative",
          "representatives",
          "diplomats",
          "diplomat",
          "witnesses",
          "analysts",
          "experts",
          "doctors",
          "lawyers",
          "fishermen",
          "farmers",
          "workers",
          "activists",
          "leaders",
          "executives",
          "investigators",
          "police",
          "authorities",
          "officers",
          "employees",
          "medics",
          "rescuers",
          "aides",
          "aide",
          "negotiators",
          "scientists",
          "researchers",
          "economists",
          "traders",
          "familiar",
          "close",
          "someone",
          "person",
          "members",
          "staff",
          "volunteers");

  private static final Set<String> GROUP_PREPOSITIONS =
      Set.of("in", "of", "for", "at", "near", "with", "from", "to", "inside", "within");

  /**
   * When the subject walk stopped at a preposition {@code j} after a person noun ("Officials |in
   * Kyiv", "People familiar |with the matter", "A spokeswoman |for the agency"), the index before
   * that group's start; else {@code j}.
   */
  private static int groupBefore(List<Token> tokens, int j) {
    if (j < 1 || !GROUP_PREPOSITIONS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      return j;
    }
    if (!GROUP_HEADS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) {
      return j;
    }
    int k = j - 1;
    while (k - 1 >= 0
        && j - k < 5
        && (GROUP_POS.contains(tokens.get(k - 1).pos())
            || GROUP_HEADS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    return k - 1;
  }

  /**
   * True when the appositive between the commas {@code c} and {@code j} is a name (capitalised
   * words) after a title ("Greenpeace's spokesman, Jonas Weber, said").
   */
  private static boolean nameAppositive(List<Token> tokens, int c, int j) {
    if (j - c < 2 || c < 1) {
      return false;
    }
    for (int k = c + 1; k < j; k++) {
      Token t = tokens.get(k);
      if (!t.capitalised() || !Character.isLetter(t.text().charAt(0))) {
        return false;
      }
    }
    return Gazetteer.TITLE_HEADS.contains(Gazetteer.key(tokens.get(c - 1).text()));
  }

  /** "said"/"says" the tagger read as an adjective or noun ("Nestlé's chief executive said"). */
  private static boolean mistaggedSaid(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    return (w.equals("said") || w.equals("says"))
        && i > 0
        && !tokens.get(i - 1).pos().equals("DET");
  }

  /** True when the subject of "show" at {@code v} is a record noun ("customs data showed"). */
  private static boolean dataSubject(List<Token> tokens, int v) {
    int j = v - 1;
    while (j >= 0 && (tokens.get(j).pos().equals("AUX") || tokens.get(j).pos().equals("ADV"))) {
      j--;
    }
    return j >= 0 && DATA_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
  }

  /** True when a negation ("not", "n't", "never") stands in the verb group {@code [a, b)}. */
  private static boolean negatedBetween(List<Token> tokens, int a, int b) {
    for (int k = Math.max(0, a); k < b; k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNominal(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      String p = tokens.get(i).pos();
      if (p.equals("PROPN")
          || p.equals("NOUN")
          || p.equals("PRON") && !tokens.get(i).text().toLowerCase(Locale.ROOT).equals("it")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s")
        || t.text().equals("’s")
        || t.text().equals("'")
        || t.text().equals("’"); // "the retailers' association"
  }
}
