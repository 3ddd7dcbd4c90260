package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Gazetteer;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Whose figure a figure is and when: the names (runs of proper nouns: "Harwick Rovers", "Kessa"),
 * the wider scope ("national", "across the country"), the months and years and the verbs of the
 * clause that holds it. Two figures for the same counted noun belong to different subjects when the
 * claim names someone, the evidence's figure is given to someone else just before it ("Kelby county
 * hired 95 nurses" against "Brenton hired 120") and the evidence's clause never names the claim's
 * subject; when the evidence's clause widens the scope and the claim's does not ("national
 * unemployment", "across the country" against "unemployment in Carrow"); or when both name months
 * or years and none is shared ("in August" against "in September"). A name far from the figure is
 * not taken as its owner: encyclopaedic passages name sources and places around a figure of their
 * own subject ("Metacritic ... assigned the film ... based on 20 critics").
 *
 * @param names the proper-noun runs, lower case, possessive "'s" dropped
 * @param actors the runs that end at most four words before the figure with no punctuation between
 *     ("Kelby county hired 95", "Brenmoor's 5.2 hours"): whose figure it is
 * @param scopes the scope words of the clause ("national", "country")
 * @param times the months and four-digit years of the clause
 * @param actions the lemmas of the clause's verbs other than be, have, do and verbs of saying
 */
public record Subject(
    List<Set<String>> names,
    List<Set<String>> actors,
    Set<String> scopes,
    Set<String> times,
    Set<String> actions) {
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          ";|(?<!\\b\\p{Lu})\\.(?=\\s+\\p{Lu})|\\?|!|:\\s|,\\s+(?=(?:while|whereas)\\b)");

  /** Most words between an owner's name and its figure. */
  static final int OWNER_GAP = 4;

  /**
   * Scope words that widen a figure beyond a named subject. Anaphoric forms ("the state has", "in
   * the region") are left out: encyclopaedic passages use them for the claim's own subject.
   */
  private static final Pattern SCOPE =
      Pattern.compile(
          "\\b(?:national(?:ly)?|nationwide|countrywide|worldwide|global(?:ly)?"
              + "|neighbou?ring|statewide|across the (?:country|region|state|county|province|nation))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TIME =
      Pattern.compile(
          "\\b(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|(?:19|20)\\d\\d(?![-/–]\\d\\d\\b))\\b");

  /** A season that spans two years: "2023-24", "2023/24" (read as "2023-24"). */
  private static final Pattern SEASON = Pattern.compile("\\b((?:19|20)\\d\\d)[-/–](\\d\\d)\\b");

  /** Capitalised words that are not names of a subject: titles, months, days, units. */
  private static final Set<String> NOT_NAMES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "minister",
                  "mayor",
                  "president",
                  "director",
                  "chancellor",
                  "secretary",
                  "governor",
                  "chief",
                  "deputy",
                  "vice",
                  "acting",
                  "former",
                  "shadow",
                  "euros",
                  "euro",
                  "dollars",
                  "the",
                  "mr",
                  "mrs",
                  "ms",
                  "dr",
                  "covid-19",
                  "covid",
                  "coronavirus",
                  "sars-cov-2"),
              org.factdesk.internal.Dates.calendarWords().stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Verbs that say nothing about what a count of people counts. */
  static final Set<String> NOT_ACTIONS =
      FunctionWords.with(
          FunctionWords.NOT_ACTIONS,
          Set.of(),
          "according",
          "accord",
          "state",
          "estimate",
          "count",
          "put",
          "show",
          "claim",
          "dispute",
          "confirm",
          "publish",
          "give",
          "make",
          "get",
          "include",
          "reach",
          "total",
          "number");

  /**
   * Counted nouns that say little of what is counted ("300 people" died or were evacuated): for
   * these the clauses' actions must match too.
   */
  static final Set<String> GENERIC_COUNTS =
      Set.of(
          "people",
          "person",
          "patient",
          "resident",
          "individual",
          "citizen",
          "adult",
          "child",
          "children",
          "men",
          "women",
          "inhabitant");

  public Subject {
    names = List.copyOf(names);
    actors = List.copyOf(actors);
    scopes = Set.copyOf(scopes);
    times = Set.copyOf(times);
    actions = Set.copyOf(actions);
  }

  /** The subject of the clause of {@code text} that holds {@code figure} (its first occurrence). */
  public static Subject of(String text, String figure) {
    return RECENT.get(new Figure(text, figure));
  }

  /** A text and one of its figures as written: the key of the subject and measure memos. */
  record Figure(String text, String figure) {
    int length() {
      return text.length() + figure.length();
    }
  }

  /** Subjects of lately checked figures: each claim's figure is read once per passage. */
  private static final TextMemo<Figure, Subject> RECENT =
      new TextMemo<>("figure subjects", 4_096, Figure::length, f -> ofAnew(f.text(), f.figure()));

  private static Subject ofAnew(String text, String figure) {
    int at = figure.isEmpty() ? -1 : text.indexOf(figure);
    if (at < 0 && figure.contains(" ")) {
      at = text.indexOf(figure.substring(0, figure.lastIndexOf(' '))); // "120" of "120 teachers"
    }
    if (at < 0) {
      return ofClause(text, -1);
    }
    int[] span = clauseSpan(text, at);
    String clause = text.substring(span[0], span[1]);
    Subject s = ofClause(clause, at - span[0]);
    Set<String> own = ownTime(clause, at - span[0] + figure.length());
    if (own != null
        && s.times.size() > 1
        && s.times.containsAll(own)
        && !TIME.matcher(figure).find()) {
      // (not for a figure derived from words that span times: "3,100 in April to 9,400")
      // "rose to 6.2% in October from 5.9% in September": each figure is of its own month
      return new Subject(s.names, s.actors, s.scopes, own, s.actions);
    }
    return s;
  }

  /** A month, year or relative year right after a figure: "5.9% in September", "1.3% this year". */
  private static final Pattern OWN_TIME =
      Pattern.compile(
          "^\\s*(?:(?:in|for|during|of)\\s+(?:the\\s+)?(?:month\\s+of\\s+)?)?(?<t>"
              + "January|February|March|April|May|June|July|August|September|October|November"
              + "|December|(?:19|20)\\d\\d"
              + "|(?:this|next|last) year)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The time named right after the figure that ends at {@code end} of {@code clause}, or null. */
  static Set<String> ownTime(String clause, int end) {
    if (end > clause.length()) {
      return null;
    }
    Matcher m = OWN_TIME.matcher(clause.substring(end));
    return m.find() ? Set.of(m.group("t").toLowerCase(Locale.ROOT)) : null;
  }

  /**
   * The part of {@code text} between semicolons around offset {@code at} ("wages fell by 8%" of
   * "wages fell by 8%; the firm says wages rose").
   */
  static String part(String text, int at) {
    int start = text.lastIndexOf(';', Math.max(0, at - 1)) + 1;
    int end = text.indexOf(';', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The start and end of the clause of {@code text} around offset {@code at}. */
  static int[] clauseSpan(String text, int at) {
    int start = 0;
    int end = text.length();
    Matcher m = CLAUSE_END.matcher(text);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= at) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** The subject of a clause whose figure starts at {@code figure} (-1: unknown, no owners). */
  static Subject ofClause(String clause, int figure) {
    List<Token> tokens = Tagger.shared().tag(clause);
    List<Set<String>> names = new ArrayList<>();
    List<Set<String>> actors = new ArrayList<>();
    Set<String> actions = new TreeSet<>();
    int at = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (figure >= 0 && tokens.get(i).start() >= figure) {
        at = i;
        break;
      }
    }
    int firstVerb = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).pos().equals("VERB") || tokens.get(i).pos().equals("AUX")) {
        firstVerb = i;
        break;
      }
    }
    Set<String> run = new LinkedHashSet<>();
    int runStart = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      if (t != null && t.pos().equals("VERB")) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!NOT_ACTIONS.contains(lemma)) {
          actions.add(lemma);
        }
      }
      if (t != null && possessive(t)) {
        continue;
      }
      String w = t == null ? "" : t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      if (t != null && t.isProper() && t.capitalised() && !NOT_NAMES.contains(w)) {
        if (run.isEmpty()) {
          runStart = i;
        }
        run.add(w);
        continue;
      }
      if (!run.isEmpty()) {
        names.add(run);
        if (figure >= 0
            && ((i <= at
                    && (owns(tokens, i, at)
                        || locative(tokens, runStart, i, firstVerb, at)
                        || ownerOfSubject(tokens, i, firstVerb, at)
                        || opensTheClause(tokens, runStart, i, firstVerb, at)))
                || placeAfter(tokens, runStart, at))) {
          actors.add(run);
        }
        run = new LinkedHashSet<>();
      }
    }
    Set<String> scopes = new TreeSet<>();
    Matcher m = SCOPE.matcher(clause);
    while (m.find()) {
      String s = m.group().toLowerCase(Locale.ROOT);
      scopes.add(
          s.substring(s.lastIndexOf(' ') + 1)
              .replace("nationally", "national")
              .replace("statewide", "state"));
    }
    if (DEATH_TOLL.matcher(clause).find() || LOST_LIVES.matcher(clause).find()) {
      actions.add("die"); // "the death toll has risen to 6": a count of the dead
    }
    Set<String> times = new TreeSet<>();
    m = TIME.matcher(clause);
    while (m.find()) {
      times.add(m.group().toLowerCase(Locale.ROOT));
    }
    m = SEASON.matcher(clause);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      if ((first + 1) % 100 == Integer.parseInt(m.group(2))) {
        times.add(m.group(1) + "-" + m.group(2));
      }
    }
    m = RELATIVE_YEAR.matcher(clause);
    while (m.find()) {
      if (FROM_BEFORE.matcher(clause.substring(0, m.start())).find()) {
        continue; // "by 50% from this year's 24 million": the time of the base, not of the figure
      }
      times.add(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT));
    }
    return new Subject(names, actors, scopes, times, actions);
  }

  /**
   * Why the evidence's figure ({@code evidence}'s subject) is not about this claim's subject, or
   * null when it may be.
   */
  public String differsFrom(Subject evidence) {
    if (!names.isEmpty()
        && !evidence.actors.isEmpty()
        && !shares(names, evidence.actors)
        && !shares(names, evidence.names)) {
      return "it is about " + String.join(" ", evidence.actors.get(0));
    }
    if (!actors.isEmpty()
        && !evidence.actors.isEmpty()
        && !shares(names, evidence.actors)
        && !shares(actors, evidence.names)) {
      // both figures have an owner and the evidence never names the claim's ("Port fees at Vessa
      // will rise by 6%" against "Port fees at Brask will rise by 4%", where "Port" is a name)
      return "it is about " + String.join(" ", evidence.actors.get(0));
    }
    boolean country =
        names.stream()
            .map(n -> String.join(" ", n))
            .anyMatch(n -> Gazetteer.country(n) != null || Gazetteer.isPlace(n));
    for (String s : evidence.scopes) {
      // a named country's figure may be the national one, never the neighbouring country's
      if (!scopes.contains(s) && (!country || s.startsWith("neighbo"))) {
        return "it is a " + s + " figure";
      }
    }
    // months and years against months and years, "this year" against "next year": a relative
    // year is not compared with a calendar one (which year it is depends on the day of writing)
    for (boolean relative : new boolean[] {false, true}) {
      Set<String> mine = times(relative);
      Set<String> theirs = evidence.times(relative);
      if (!mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(theirs::contains)) {
        return "it is for " + String.join(", ", theirs);
      }
    }
    return null;
  }

  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

  /**
   * "this year", "next year", "last year" (and "this year's"), and the same of a season or a winter
   * (a winter spans two years as a season does).
   */
  private static final Pattern RELATIVE_YEAR =
      Pattern.compile(
          "\\b(this|next|last)\\s+(year|season|winter)(?:'s|’s)?\\b", Pattern.CASE_INSENSITIVE);

  /** The relative years ("next year") or the months and calendar years of {@link #times}. */
  private Set<String> times(boolean relative) {
    Set<String> out = new TreeSet<>();
    for (String t : times) {
      if ((t.endsWith(" year") || t.endsWith(" season") || t.endsWith(" winter")) == relative) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Why the evidence's figure is not about this claim's subject, or null when it may be; a claim
   * that names no one ("The district will pay farmers 4.5 million euros") is about the story's
   * subject {@code story} (see {@link #story}), when known.
   */
  public String differsFrom(Subject evidence, Set<String> story) {
    if (!names.isEmpty() || story == null || story.isEmpty()) {
      return differsFrom(evidence);
    }
    return new Subject(List.of(story), actors, scopes, times, actions).differsFrom(evidence);
  }

  /**
   * The story's subject: the name (one proper noun, lower case) found in the most sentences of the
   * article {@code text}, when it is in at least three and in more than any other; empty otherwise.
   * In a story about Velden's farms, "The district will pay farmers 4.5 million euros" is about
   * Velden, and a passage giving Ostmark's figure is about another subject.
   */
  public static Set<String> story(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return story(nameCounts(text));
  }

  /** As {@link #story(String)}, from the text's {@link #nameCounts}. */
  public static Set<String> story(java.util.Map<String, Integer> sentences) {
    String best = null;
    int most = 0;
    int second = 0;
    for (var e : new TreeSet<>(sentences.keySet())) {
      int n = sentences.get(e);
      if (n > most) {
        second = most;
        most = n;
        best = e;
      } else if (n > second) {
        second = n;
      }
    }
    return best != null && most >= 3 && most > second ? Set.of(best) : Set.of();
  }

  /** Each proper name (one word, lower case) of {@code text} and the number of its sentences. */
  public static java.util.Map<String, Integer> nameCounts(String text) {
    java.util.Map<String, Integer> sentences = new java.util.HashMap<>();
    for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
      Set<String> seen = new TreeSet<>();
      for (Token t : Tagger.shared().tag(sentence)) {
        String w = t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        if (t.isProper() && t.capitalised() && w.length() > 2 && !NOT_NAMES.contains(w)) {
          seen.add(w);
        }
      }
      seen.forEach(w -> sentences.merge(w, 1, Integer::sum));
    }
    return sentences;
  }

  /**
   * The story's subject {@code story} with the names of the headline {@code title} that the
   * article's text also uses as names ({@code inText}, its {@link #nameCounts}): "Kestrel Bridge
   * shut after corroded cables found" is about the Kestrel Bridge even when the text names the
   * Wenlow district in more sentences.
   */
  public static Set<String> withHeadline(
      Set<String> story, String title, java.util.Map<String, Integer> inText) {
    if (title == null || title.isBlank()) {
      return story;
    }
    Set<String> out = new TreeSet<>(story);
    for (String w : nameCounts(title).keySet()) {
      if (inText.containsKey(w)) {
        out.add(w);
      }
    }
    return out.size() == story.size() ? story : Set.copyOf(out);
  }

  /**
   * Why a count of {@code thing} in the evidence counts another event than the claim's ("300 people
   * died" against "12,000 people were forced from their homes"), or null: for generic counted
   * nouns, when both clauses have verbs of action and share none; for any noun, when one counts the
   * dead and the other the injured.
   */
  public String actsOtherwise(String thing, Subject evidence) {
    int mine = casualty(actions);
    int theirs = casualty(evidence.actions);
    if (mine != 0 && theirs != 0 && mine != theirs) {
      // the dead and the injured of one event are two counts, whatever the counted noun
      return theirs == 1 ? "it counts the dead" : "it counts the injured";
    }
    if (!GENERIC_COUNTS.contains(thing) || actions.isEmpty() || evidence.actions.isEmpty()) {
      return null;
    }
    boolean shared =
        actions.stream()
            .anyMatch(a -> evidence.actions.stream().anyMatch(b -> a.equals(b) || alike(a, b)));
    return shared ? null : "it counts people who " + String.join(", ", evidence.actions);
  }

  /**
   * Verbs that news reports use for one another when counting people: employed and working,
   * affected and covered by a measure, moved into and staying in a shelter, killed and dead.
   */
  private static final List<Set<String>> ALIKE =
      List.of(
          Set.of("employ", "work", "hire"),
          Set.of("affect", "apply", "cover", "concern", "hit"),
          Set.of("move", "stay", "shelter", "sleep", "house", "live", "take"),
          Set.of("kill", "die", "claim"),
          Set.of("register", "vote", "enrol", "enroll"),
          // the people at a protest: they "marched", "joined the march", "rallied", "protested"
          Set.of("march", "join", "rally", "protest", "demonstrate", "gather", "attend"),
          // the crowd of an event: "42,000 people attended", "some 41,800 came", "drew 35,000"
          // (the tagger leaves "drew" as its own lemma)
          Set.of("attend", "come", "visit", "draw", "drew", "flock"));

  /** 1 for a count of the dead, 2 of the injured, 0 for neither or both. */
  private static int casualty(Set<String> actions) {
    boolean dead = actions.contains("die") || actions.contains("kill");
    boolean hurt =
        actions.contains("injure") || actions.contains("wound") || actions.contains("hurt");
    return dead == hurt ? 0 : dead ? 1 : 2;
  }

  static boolean alike(String a, String b) {
    return ALIKE.stream().anyMatch(g -> g.contains(a) && g.contains(b));
  }

  private static final Pattern DEATH_TOLL =
      Pattern.compile("\\bdeath toll\\b", Pattern.CASE_INSENSITIVE);

  /** "lost their lives", "lost his life": died. */
  static final Pattern LOST_LIVES =
      Pattern.compile(
          "\\b(?:lost|lose|losing)\\s+(?:their|his|her)\\s+li(?:fe|ves)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * True when the name ending before token {@code to} owns the subject of a clause whose figure
   * comes after its first verb: "Ostmark's egg output has fallen by 30%".
   */
  private static boolean ownerOfSubject(List<Token> tokens, int to, int firstVerb, int figure) {
    if (to == 0 || to > firstVerb || firstVerb >= figure) {
      return false;
    }
    Token last = tokens.get(to - 1);
    return possessive(last)
        || (last.text().length() > 2 && (last.text().endsWith("'s") || last.text().endsWith("’s")));
  }

  /**
   * True when the name starting at token {@code from} is a place of the figure at token {@code
   * figure}: after "in" or "at" at the clause's start ("In Brask, about 60,000 homes lost power"),
   * or just after the figure with no punctuation between ("killed 11 people in Brask").
   */
  private static boolean placeAfter(List<Token> tokens, int from, int figure) {
    if (openingPlace(tokens, from)) {
      return true;
    }
    if (from == 0 || !LOCATIVE.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (from == 1) {
      return true;
    }
    if (from <= figure || from - figure > OWNER_GAP + 1) {
      return false;
    }
    for (int i = figure; i < from; i++) {
      if (tokens.get(i).pos().equals("PUNCT") || tokens.get(i).pos().equals("VERB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the name at tokens {@code from} to {@code to} places the subject of a clause whose
   * figure comes after its first verb: "at" or "in" before it, all before that verb ("Nurses at
   * Dunmore Hospital will get a pay rise of 6%", "In Lenby, 21% of residents").
   */
  private static boolean locative(List<Token> tokens, int from, int to, int firstVerb, int figure) {
    if (from == 0 || !LOCATIVE.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return to <= firstVerb && (firstVerb < figure || firstVerb == tokens.size());
  }

  private static final Set<String> LOCATIVE = Set.of("at", "in");

  /** Verbs that report what someone else gave: the name before them is a source, not an owner. */
  private static final Set<String> SAYING =
      Set.of(
          "say",
          "said",
          "tell",
          "told",
          "report",
          "claim",
          "accord",
          "announce",
          "state",
          "write",
          "estimate",
          "put",
          "quote",
          "cite");

  /**
   * True when the name at tokens {@code from} to {@code to} is the subject that opens its clause
   * (first, or after "the" and a word or two: "Danish operator Vestbane bought 30 cars for 150
   * million euros"), its figure comes after the clause's first verb, no other name stands between,
   * and the clause reports no one's words ("X said", "according to X"): then the figure is the
   * name's.
   */
  private static boolean opensTheClause(
      List<Token> tokens, int from, int to, int firstVerb, int figure) {
    if (from > 2 || to > firstVerb || firstVerb >= figure || figure > tokens.size()) {
      return false;
    }
    for (int i = 0; i < from; i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("PUNCT") || t.pos().equals("ADP") || t.isProper()) {
        return false; // "In Brask, ..." is a place, read by locative()
      }
    }
    for (int i = to; i < figure; i++) {
      if (tokens.get(i).isProper() && tokens.get(i).capitalised()) {
        return false;
      }
    }
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (SAYING.contains(lemma) || SAYING.contains(t.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the name starting at token {@code from} opens its clause after "in the", "at the" or
   * "on the" ("At the Brekka Blues Festival, 12,000 passes ...", "On the Oskar train, a bed costs
   * 149 euros"): the place or thing the clause's figures are of.
   */
  private static boolean openingPlace(List<Token> tokens, int from) {
    if (from != 2 || !tokens.get(1).text().equalsIgnoreCase("the")) {
      return false;
    }
    String lead = tokens.get(0).text().toLowerCase(Locale.ROOT);
    return LOCATIVE.contains(lead) || lead.equals("on");
  }

  private static boolean possessive(Token t) {
    return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'");
  }

  /** True when tokens {@code from} to {@code to} (exclusive) are few words and no punctuation. */
  private static boolean owns(List<Token> tokens, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (possessive(t)) {
        continue;
      }
      if (t.pos().equals("PUNCT") || ++words > OWNER_GAP) {
        return false;
      }
    }
    return true;
  }

  private static boolean shares(List<Set<String>> these, List<Set<String>> those) {
    for (Set<String> a : these) {
      for (Set<String> b : those) {
        if (a.containsAll(b) || b.containsAll(a)) {
          return true;
        }
      }
    }
    return false;
  }
}
