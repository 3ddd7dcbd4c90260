package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named people, organisations and places from POS tags, capitalisation, title lexicons and
 * small gazetteers (no statistical NER model): "Ukrainian Economic Minister Mykhailo Fedorov" is a
 * PERSON named "Mykhailo Fedorov" with title "Economic Minister" and affiliation "Ukrainian";
 * "Russia's Defense Ministry" an ORG with affiliation "Russia's"; "Rustem Umerov, Ukraine's
 * National Security and Defense Council chief" a PERSON with that appositive role.
 */
public final class ActorExtractor {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "i",
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "it",
          "he",
          "she",
          "they",
          "we",
          "this",
          "that",
          "these",
          "those",
          "meanwhile",
          "according",
          "while",
          "later",
          "but",
          "and",
          "or",
          "if",
          "as",
          "after",
          "before",
          "since",
          "there",
          "his",
          "her",
          "their",
          "its",
          "our",
          "my",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "overnight",
          "fact",
          "checker",
          "listen");
  private static final Pattern LOWER_TITLE =
      Pattern.compile(
          "(?<![\\p{L}'’])(?<title>(?:[a-z][a-z-]*\\s+){0,2}(?:envoy|ombudsman|chief|commander|spokesman|spokeswoman"
              + "|spokesperson|adviser|advisor|ambassador|son-in-law|daughter|son|wife|husband"
              + "|minister|president|director|official|secretary|leader|mayor|governor|analyst"
              + "|head|founder|prosecutor|judge|general|deputy|aide|negotiator|officer))\\s+$");
  private static final Pattern AFFILIATION =
      Pattern.compile(
          "(?<aff>\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*['’]s|\\p{Lu}[\\p{L}.]*)\\s+$");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in", "near", "to", "from", "into", "across", "outside", "towards", "toward", "around",
          "off", "at");

  /**
   * Prepositions after which a multi-word name is a place ("in New Delhi", "across West Bengal").
   */
  private static final Set<String> AREA_PREPOSITIONS =
      Set.of("in", "near", "across", "outside", "into", "throughout", "around");

  /** Verbs whose object is usually a place ("visited Seoul", "crossed the Channel"). */
  private static final Set<String> PLACE_VERBS =
      Set.of(
          "visited",
          "visit",
          "visits",
          "visiting",
          "crossed",
          "cross",
          "crossing",
          "entered",
          "enter",
          "flew",
          "fled",
          "reached",
          "toured",
          "invaded",
          "annexed",
          "occupied");

  /**
   * Adjectives that open an organisation's name rather than saying whose it is: "European Central
   * Bank", "African Development Bank" (but "Russian Defense Ministry" is Russia's ministry).
   */
  private static final Set<String> SUPRANATIONAL =
      Set.of("european", "african", "asian", "arab", "pan-african", "inter-american");

  /** Nouns after which "of" + a name is a place ("the village of X", "the mayor of X"). */
  private static final Set<String> PLACE_OF =
      Set.of(
          "city",
          "town",
          "village",
          "hamlet",
          "suburb",
          "port",
          "capital",
          "province",
          "region",
          "county",
          "district",
          "island",
          "islands",
          "state",
          "mayor",
          "governor",
          "outskirts",
          "residents",
          "people",
          "streets",
          "centre",
          "center");

  /** Prepositions after which "the" + a multi-word name is a place ("at the Khyber Pass"). */
  private static final Set<String> MULTIWORD_PLACE_PREPOSITIONS =
      Set.of("in", "near", "across", "outside", "into", "throughout", "around", "at", "off");

  /** Document nouns that open with a capital after "the" but name no actor ("The Act"). */
  private static final Set<String> DOCUMENTS =
      Set.of(
          "act",
          "bill",
          "law",
          "treaty",
          "accord",
          "charter",
          "constitution",
          "directive",
          "regulation",
          "code",
          "protocol",
          "convention",
          "decree",
          "budget",
          "report",
          "plan");

  private static final Pattern ROLE_PREPOSITION = Pattern.compile("\\s(?:of|for|to|at)\\s");

  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "de", "&", "to");

  private ActorExtractor() {}

  /** Actors in {@code text}, in order; {@code tokens} are its tagged tokens. */
  public static List<Actor> extract(String text, List<Token> tokens) {
    boolean shouting = mostlyUpperCase(tokens) || titleCase(tokens);
    List<int[]> runs = runs(tokens, shouting);
    List<Actor> out = new ArrayList<>();
    boolean[] consumed = new boolean[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      int a = runs.get(r)[0];
      int b = runs.get(r)[1];
      String affiliation = null;
      // possessor run + 's just before
      if (a >= 2 && isPossessive(tokens.get(a - 1)) && r > 0 && runs.get(r - 1)[1] == a - 1) {
        int[] p = runs.get(r - 1);
        affiliation = span(text, tokens, p[0], p[1]) + tokens.get(a - 1).text();
      }
      while (b - a > 1
          && Gazetteer.DEMONYMS.contains(Gazetteer.key(tokens.get(a).text()))
          && !(b - a == 2 && Gazetteer.ORG_WORDS.contains(Gazetteer.key(tokens.get(b - 1).text())))
          && !nationalName(tokens, a, b)
          && !startsWithPlace(text, tokens, a, b)
          && !(SUPRANATIONAL.contains(Gazetteer.key(tokens.get(a).text()))
              && isOrgName(tokens, a + 1, b))) {
        affiliation = join(affiliation, tokens.get(a).text());
        a++;
      }
      if (b - a >= 3 && acronym(tokens.get(a)) && isTitleWord(tokens.get(a + 1))) {
        affiliation = join(affiliation, tokens.get(a).text()); // "IMF Managing Director X"
        a++;
      }
      String title = null;
      int k = a;
      int lastHead = -1;
      while (k < b - 1) {
        String w = Gazetteer.key(tokens.get(k).text());
        if (Gazetteer.TITLE_HEADS.contains(w)) {
          lastHead = k;
        } else if (w.equals("of")
            && lastHead == k - 1
            && k + 1 < b - 1
            && Gazetteer.TITLE_MODIFIERS.contains(Gazetteer.key(tokens.get(k + 1).text()))) {
          lastHead = k + 1; // "Secretary of State"
          k++;
        } else if (!Gazetteer.TITLE_MODIFIERS.contains(w)) {
          break;
        }
        k++;
      }
      if (lastHead >= 0) {
        title = span(text, tokens, a, lastHead + 1);
        a = lastHead + 1;
      }
      if (title == null && affiliation == null) {
        String before =
            text.substring(Math.max(0, tokens.get(a).start() - 60), tokens.get(a).start());
        Matcher tm = LOWER_TITLE.matcher(before);
        if (tm.find()) {
          title = tm.group("title");
          String rest = before.substring(0, tm.start("title"));
          Matcher am = AFFILIATION.matcher(rest);
          if (am.find() && titleWord(rest, am.group("aff"), tokens)) {
            // "Opposition leader X", "Police spokesman X": a capitalised common noun opening the
            // title, not an affiliation
            title = am.group("aff") + " " + title;
            int affStart = tokens.get(a).start() - before.length() + am.start("aff");
            for (int q = 0; q < r; q++) {
              if (tokens.get(runs.get(q)[0]).start() >= affStart) {
                consumed[q] = true;
              }
            }
          } else if (am.find(0)) {
            affiliation = am.group("aff");
            int affStart = tokens.get(a).start() - before.length() + am.start("aff");
            for (int q = 0; q < r; q++) {
              if (tokens.get(runs.get(q)[0]).start() >= affStart) {
                consumed[q] = true;
              }
            }
          }
        }
      }
      if (a >= b) {
        continue;
      }
      String name = span(text, tokens, a, b);
      String lowerName = Gazetteer.key(name);
      if (Gazetteer.TITLE_HEADS.contains(lowerName)
          || Gazetteer.DEMONYMS.contains(lowerName)
              && !Gazetteer.PLACES.contains(lowerName)
              && !Gazetteer.ORGS.contains(lowerName)) {
        continue;
      }
      if (b - a == 1 && notAnActor(tokens, a)) {
        continue; // "GDP grew", "The Act requires"
      }
      boolean initial = a == 0 || isBoundary(tokens.get(a - 1));
      if (initial && b - a == 1 && title == null && !isKnown(tokens.get(a))) {
        String next = b < tokens.size() ? tokens.get(b).pos() : "PUNCT";
        boolean subject =
            next.equals("VERB")
                || next.equals("AUX")
                || b < tokens.size() && isPossessive(tokens.get(b))
                || OrgContext.orgAppositive(tokens, b) // "Mercyline, a charity, said"
                || ageAppositive(tokens, a, b); // "Varga, 23, has signed"
        if (!subject) {
          continue; // "Nearly 2,300 homes", "Cautious optimism"
        }
        Token t = tokens.get(a);
        if (t.pos().equals("NOUN") && Gazetteer.key(t.text()).endsWith("s")) {
          continue; // "Fans hope ...", "Critics say ...": a plural common noun opening the sentence
        }
      }
      String role = appositive(text, tokens, b);
      Actor.Type type =
          type(tokens, a, b, title != null || role != null && !isOrgName(tokens, a, b));
      if (type == Actor.Type.UNKNOWN && ageAppositive(tokens, a, b)) {
        type = Actor.Type.PERSON; // an age between commas is a person's: "Varga, 23, has"
      }
      if (title == null && role != null && type == Actor.Type.PERSON) {
        title = appositiveTitle(role); // "X, the country's ombudsman," -> "ombudsman"
      }
      out.add(
          new Actor(
              name,
              tokens.get(a).start(),
              tokens.get(b - 1).end(),
              type,
              title,
              affiliation,
              role));
    }
    // drop actors whose run was used as another's affiliation ("U.S. special envoy ...")
    List<Actor> kept = new ArrayList<>();
    for (Actor x : out) {
      boolean isConsumed = false;
      for (int r = 0; r < runs.size(); r++) {
        if (consumed[r] && tokens.get(runs.get(r)[0]).start() == x.start()) {
          isConsumed = true;
        }
      }
      if (!isConsumed) {
        kept.add(x);
      }
    }
    return List.copyOf(coordinatedPlaces(text, kept));
  }

  /** "in Ontario and Quebec": an untyped name joined by "and" or a comma to a place is a place. */
  private static List<Actor> coordinatedPlaces(String text, List<Actor> actors) {
    List<Actor> out = new ArrayList<>(actors);
    for (int i = 1; i < out.size(); i++) {
      Actor prev = out.get(i - 1);
      Actor cur = out.get(i);
      if (cur.type() != Actor.Type.UNKNOWN || prev.type() != Actor.Type.PLACE) {
        continue;
      }
      if (prev.end() > cur.start()) {
        continue;
      }
      String between = text.substring(prev.end(), cur.start()).strip();
      if (between.equals("and") || between.equals(",") || between.equals("or")) {
        out.set(i, cur.withType(Actor.Type.PLACE));
      }
    }
    return out;
  }

  /**
   * True when {@code word}, just before a lower-case title, opens the title rather than naming an
   * affiliation: a single capitalised word that is no known place, demonym or organisation and not
   * a possessive, at the start of the sentence or tagged as a common noun.
   */
  private static boolean titleWord(String rest, String word, List<Token> tokens) {
    if (word.contains(" ") || word.endsWith("'s") || word.endsWith("’s")) {
      return false;
    }
    String key = Gazetteer.key(word);
    if (Gazetteer.PLACES.contains(key)
        || Gazetteer.DEMONYMS.contains(key)
        || Gazetteer.ORGS.contains(key)
        || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String before = rest.strip();
    before = before.substring(0, Math.max(0, before.length() - word.length())).strip();
    if (before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("\"")) {
      return true;
    }
    for (Token t : tokens) {
      if (t.text().equals(word)) {
        return t.pos().equals("NOUN") || t.pos().equals("ADJ");
      }
    }
    return false;
  }

  /** The length of a listed multi-word name with lower-case words starting at {@code i}, else 0. */
  private static int phraseLength(List<Token> tokens, int i) {
    if (!tokens.get(i).capitalised()) {
      return 0;
    }
    for (List<String> p : Organisations.PHRASES) {
      if (i + p.size() > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < p.size() && match; k++) {
        match = Gazetteer.key(tokens.get(i + k).text()).equals(p.get(k));
      }
      if (match) {
        return p.size();
      }
    }
    return 0;
  }

  /**
   * True when the run {@code [a, b)} of two or more words is followed by a hyphen glued to a
   * capitalised word ("Karl Mueller" + "-" + "Stein"): a double surname, not two names. A single
   * word is left alone ("Russia-Ukraine talks").
   */
  private static boolean hyphenatedSurname(List<Token> tokens, int a, int b) {
    if (b - a < 2 || b + 1 >= tokens.size() || orgRun(tokens, a, b)) {
      return false;
    }
    Token next = tokens.get(b + 1);
    return hyphenAt(tokens, b)
        && next.capitalised()
        && Character.isLetter(next.text().charAt(0))
        && !isKnown(next)
        && !isKnown(tokens.get(b - 1));
  }

  /**
   * True when a proper noun at {@code a} is followed by an age between commas: "Varga, 23, has
   * signed" names a person as the subject, as news writes a person's age.
   */
  private static boolean ageAppositive(List<Token> tokens, int a, int b) {
    return tokens.get(a).capitalised()
        && b + 2 < tokens.size()
        && tokens.get(b).text().equals(",")
        && tokens.get(b + 1).text().matches("\\d{1,3}")
        && tokens.get(b + 2).text().equals(",");
  }

  /**
   * True when the run {@code [a, b)} opens with a listed place of two or three words whose first is
   * also a national adjective ("Saudi Arabia", "South Sudan"), so that word is not an affiliation.
   */
  private static boolean startsWithPlace(String text, List<Token> tokens, int a, int b) {
    for (int end = a + 2; end <= Math.min(b, a + 3); end++) {
      if (Gazetteer.isPlace(span(text, tokens, a, end))) {
        return true;
      }
    }
    return false;
  }

  /** An upper-case abbreviation of two to six letters ("IMF", "WHO", "U.N."). */
  private static boolean acronym(Token t) {
    String w = t.text().replace(".", "");
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
  }

  /** A name the tagger joined at a hyphen ("Anne-Sophie", "Mueller-Stein"). */
  private static boolean hyphenatedName(Token t) {
    int h = t.text().indexOf('-');
    return h > 0
        && h + 1 < t.text().length()
        && Character.isUpperCase(t.text().charAt(0))
        && Character.isUpperCase(t.text().charAt(h + 1));
  }

  /** True when token {@code b} is a hyphen glued to the words on both sides ("Mueller-Stein"). */
  private static boolean hyphenAt(List<Token> tokens, int b) {
    Token dash = tokens.get(b);
    return dash.text().equals("-")
        && dash.start() == tokens.get(b - 1).end()
        && tokens.get(b + 1).start() == dash.end();
  }

  /**
   * True when a national adjective opening {@code [a, b)} belongs to the name ("Norwegian Refugee
   * Council", "Danish Red Cross", "Swiss National Bank"), not to whose it is ("Russian Defense
   * Ministry").
   */
  private static boolean nationalName(List<Token> tokens, int a, int b) {
    if (b - a < 3) {
      return false; // "Norwegian Council" is rare; "Russian Army" is the army of Russia
    }
    String last = Gazetteer.key(tokens.get(b - 1).text());
    if (Organisations.NAME_HEADS.contains(last)) {
      return true;
    }
    return last.equals("bank") && Gazetteer.key(tokens.get(b - 2).text()).equals("national");
  }

  /** True for a one-word name that is no actor: "GDP", "CPI", or "The Act". */
  private static boolean notAnActor(List<Token> tokens, int a) {
    String key = Gazetteer.key(tokens.get(a).text());
    if (Organisations.NOT_ACTORS.contains(key)) {
      return true;
    }
    return DOCUMENTS.contains(key)
        && a > 0
        && tokens.get(a - 1).text().equalsIgnoreCase("the")
        && !isKnown(tokens.get(a));
  }

  /** True when a lower-case place noun follows the name ending at {@code b}: "Catania airport". */
  private static boolean placeNounAfter(List<Token> tokens, int b) {
    if (b >= tokens.size() || !Character.isLowerCase(tokens.get(b).text().charAt(0))) {
      return false;
    }
    String next = Gazetteer.key(tokens.get(b).text());
    if (PlaceWords.AFTER.contains(next)) {
      return true;
    }
    return (next.equals("oil") || next.equals("gas"))
        && b + 1 < tokens.size()
        && Gazetteer.key(tokens.get(b + 1).text()).equals("field");
  }

  /**
   * True for a headline in title case: "Storm Cuts Power To Thousands In Northern Towns" (most
   * words capitalised, function words too), where capitals say nothing about names.
   */
  private static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    int capitalisedFunction = 0;
    for (Token t : tokens) {
      if (!Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      words++;
      if (t.capitalised()) {
        capitalised++;
        if (HEADLINE_FUNCTION_WORDS.contains(Gazetteer.key(t.text()))) {
          capitalisedFunction++;
        }
      }
    }
    return words >= 4 && capitalisedFunction > 0 && capitalised * 10 >= words * 8;
  }

  private static final Set<String> HEADLINE_FUNCTION_WORDS =
      Set.of("to", "in", "of", "for", "on", "at", "with", "after", "over", "as", "from", "by");

  /** The title at the end of an appositive role: "the country's human rights ombudsman". */
  static String appositiveTitle(String role) {
    // "a spokesman for the coalition", "the head of the statistics office": the title ends before
    // the first "of" / "for" / "to" / "at"
    // (only after an article: "commander of U.S. forces in Europe" stays a role without a title)
    Matcher pp = ROLE_PREPOSITION.matcher(role);
    if (role.matches("(?i)^(?:a|an|the)\\s.*") && pp.find() && pp.start() > 0) {
      String head = appositiveTitle(role.substring(0, pp.start()));
      if (head != null) {
        return head;
      }
    }
    String[] words = role.strip().split("\\s+");
    if (words.length == 0
        || !Gazetteer.TITLE_HEADS.contains(Gazetteer.key(words[words.length - 1]))) {
      return null;
    }
    int i = words.length - 1;
    while (i > 0) {
      String w = words[i - 1];
      String k = Gazetteer.key(w);
      boolean lower = !w.isEmpty() && Character.isLowerCase(w.charAt(0));
      if (k.endsWith("'s")
          || k.equals("the")
          || k.equals("a")
          || k.equals("an")
          || !lower && !Gazetteer.TITLE_MODIFIERS.contains(k)
          || k.equals("of")) {
        break;
      }
      i--;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  private static boolean mostlyUpperCase(List<Token> tokens) {
    int letters = 0;
    int upper = 0;
    for (Token t : tokens) {
      if (t.text().chars().anyMatch(Character::isLetter)) {
        letters++;
        if (t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().length() > 1) {
          upper++;
        }
      }
    }
    return letters >= 4 && upper * 10 > letters * 6;
  }

  private static List<int[]> runs(List<Token> tokens, boolean shouting) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int phrase = phraseLength(tokens, i);
      if (phrase > 0) {
        runs.add(new int[] {i, i + phrase}); // "Doctors Without Borders", "Save the Children"
        i += phrase;
        continue;
      }
      if (!isNameToken(tokens, i, shouting)) {
        i++;
        continue;
      }
      int j = i + 1;
      boolean joinedOfFor = false;
      while (true) {
        while (j < tokens.size() && isNameToken(tokens, j, shouting)) {
          j++;
        }
        if (hyphenatedSurname(tokens, i, j)) {
          j += 2; // "Karl Mueller-Stein", when the tokeniser splits at the hyphen
          continue;
        }
        if (hyphenatedInside(tokens, i, j)) {
          j += 2; // "Organisation for Economic Co-operation": the hyphen does not end the name
          continue;
        }
        if (j < tokens.size() && tokens.get(j - 1).text().endsWith("-") && glued(tokens, j - 1)) {
          j++; // "Peace-" + "building", as the tokeniser sometimes splits it
          continue;
        }
        String connector = j < tokens.size() ? tokens.get(j).text().toLowerCase(Locale.ROOT) : "";
        boolean ofOrFor = connector.equals("of") || connector.equals("for");
        // "Organization of the United Nations", "Office for the Coordination of ...": an
        // organisation's name may go on after "of"/"for" + "the"
        int n =
            ofOrFor
                    && j + 2 < tokens.size()
                    && tokens.get(j + 1).text().equalsIgnoreCase("the")
                    && isNameToken(tokens, j + 2, shouting)
                    && orgRun(tokens, i, j)
                ? j + 2
                : j + 1;
        if (n < tokens.size()
            && CONNECTORS.contains(connector)
            && isNameToken(tokens, n, shouting)) {
          int e = n;
          while (e < tokens.size() && isNameToken(tokens, e, shouting)) {
            e++;
          }
          String curLast = Gazetteer.key(tokens.get(j - 1).text());
          String nextLast = Gazetteer.key(tokens.get(e - 1).text());
          boolean of = connector.equals("of");
          boolean toVerb =
              connector.equals("to") && tokens.get(n).pos().equals("VERB") && orgRun(tokens, i, j);
          // "Ministry of Trade and Industry", "Organisation for Economic Co-operation and
          // Development": "and" inside the part after "of"/"for" joins one or two more words
          boolean andInside =
              connector.equals("and") && joinedOfFor && e - n <= 2 && !isKnown(tokens.get(n));
          if (Gazetteer.ORG_WORDS.contains(nextLast)
              || ofOrFor && orgRun(tokens, i, j)
              || toVerb // "Committee to Protect Journalists"
              || andInside
              || of && Gazetteer.TITLE_HEADS.contains(curLast)
              || of && j - i == 1 && PlaceWords.FIRST.contains(curLast)) {
            joinedOfFor |= ofOrFor && orgRun(tokens, i, j);
            j = e;
            continue;
          }
        }
        break;
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    return runs;
  }

  /** True when token {@code i} ends in a hyphen glued to a lower-case word after it. */
  private static boolean glued(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).start() == tokens.get(i).end()
        && Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
  }

  /**
   * True when the run {@code [a, b)} holds an organisation cue word and is followed by a hyphen
   * glued to a lower-case word ("Co-operation"), which the tokeniser split off.
   */
  private static boolean hyphenatedInside(List<Token> tokens, int a, int b) {
    if (b + 1 >= tokens.size() || b == a) {
      return false;
    }
    return hyphenAt(tokens, b)
        && Character.isLowerCase(tokens.get(b + 1).text().charAt(0))
        && orgRun(tokens, a, b);
  }

  /**
   * True when tokens {@code [a, b)} already hold an organisation cue word ("Ministry", "Office",
   * "Organization"), so "of"/"for" after them continues the name ("Ministry of Health").
   */
  private static boolean orgRun(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      if (Gazetteer.ORG_WORDS.contains(Gazetteer.key(tokens.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameToken(List<Token> tokens, int i, boolean shouting) {
    Token t = tokens.get(i);
    String key = Gazetteer.key(t.text());
    if (t.text().endsWith("-")) {
      return !shouting
          && i > 0
          && t.text().length() > 2
          && t.capitalised()
          && !isBoundary(tokens.get(i - 1))
          && glued(tokens, i);
    }
    if (!Character.isLetter(t.text().charAt(0)) || !t.capitalised() || NOT_NAMES.contains(key)) {
      return false;
    }
    boolean known =
        Gazetteer.PLACES.contains(key)
            || Gazetteer.ORGS.contains(key)
            || Gazetteer.DEMONYMS.contains(key);
    if (shouting) {
      return known;
    }
    boolean initial = i == 0 || isBoundary(tokens.get(i - 1));
    boolean nextCap = i + 1 < tokens.size() && plainCapitalised(tokens.get(i + 1));
    if (initial) {
      return t.isProper() || known || nextCap;
    }
    boolean prevCap = plainCapitalised(tokens.get(i - 1));
    return switch (t.pos()) {
      case "PROPN", "NOUN", "ADJ", "X", "NUM" -> true;
      case "VERB", "ADV", "AUX" -> known || nextCap || prevCap;
      default -> known;
    };
  }

  private static boolean isKnown(Token t) {
    return Gazetteer.isListed(t.text());
  }

  private static boolean plainCapitalised(Token t) {
    return t.capitalised()
        && Character.isLetter(t.text().charAt(0))
        && !NOT_NAMES.contains(Gazetteer.key(t.text()));
  }

  private static boolean isBoundary(Token t) {
    String s = t.text();
    return s.equals(".")
        || s.equals("!")
        || s.equals("?")
        || s.equals(":")
        || s.equals("“")
        || s.equals("\"")
        || s.equals("—");
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s")
        || t.text().equals("’s")
        || t.text().equals("'")
        || t.text().equals("’");
  }

  private static boolean isHead(Token t) {
    return Gazetteer.TITLE_HEADS.contains(Gazetteer.key(t.text()));
  }

  private static boolean isTitleWord(Token t) {
    String k = Gazetteer.key(t.text());
    return (Gazetteer.TITLE_MODIFIERS.contains(k) || Gazetteer.TITLE_HEADS.contains(k))
        && !k.equals("of");
  }

  /** ", commander of U.S. and NATO forces in Europe," after a name. */
  private static String appositive(String text, List<Token> tokens, int b) {
    if (b >= tokens.size() || !tokens.get(b).text().equals(",")) {
      return null;
    }
    int e = b + 1;
    if (e >= tokens.size()
        || !Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(tokens.get(e).pos())
        || tokens.get(e).text().equalsIgnoreCase("which")) {
      return null;
    }
    boolean head = false;
    while (e < tokens.size() && e < b + 14) {
      String s = tokens.get(e).text();
      if (s.equals(",")
          || s.equals(".")
          || s.equals(";")
          || tokens.get(e).pos().equals("VERB")
          || tokens.get(e).pos().equals("AUX")) {
        break;
      }
      if (isHead(tokens.get(e))) {
        head = true;
      }
      e++;
    }
    if (!head || e == b + 1) {
      return null;
    }
    return span(text, tokens, b + 1, e);
  }

  private static boolean isOrgName(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      if (Gazetteer.ORG_WORDS.contains(Gazetteer.key(tokens.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  private static Actor.Type type(List<Token> tokens, int a, int b, boolean titled) {
    String name = Gazetteer.key(tokens.get(a).text());
    StringBuilder sb = new StringBuilder(name);
    for (int i = a + 1; i < b; i++) {
      sb.append(' ').append(Gazetteer.key(tokens.get(i).text()));
    }
    String full = sb.toString();
    String last = Gazetteer.key(tokens.get(b - 1).text());
    if (Gazetteer.ORGS.contains(full) || isOrgName(tokens, a, b)) {
      return Actor.Type.ORG;
    }
    if (b - a >= 2 && Organisations.COMPANY_HEADS.contains(last) && !titled) {
      return Actor.Type.ORG; // "Volvo Cars", "Siemens Energy"
    }
    if (b - a >= 2 && (PlaceWords.LAST.contains(last) || PlaceWords.FIRST.contains(name))
        || b - a == 1 && placeNounAfter(tokens, b)) {
      return Actor.Type.PLACE; // "Khyber Pass", "Lake Chad", "Strait of Messina", "Catania airport"
    }
    if (Gazetteer.PLACES.contains(full)
        || last.equals("sea")
        || last.equals("ocean")
        || last.equals("river")
        || last.equals("region")
        || last.equals("oblast")
        || last.equals("province")) {
      return Actor.Type.PLACE;
    }
    if (a > 1
        && Gazetteer.key(tokens.get(a - 1).text()).equals("of")
        && PLACE_OF.contains(Gazetteer.key(tokens.get(a - 2).text()))) {
      return Actor.Type.PLACE; // "the village of Dharali", "the mayor of Lyon"
    }
    if (titled) {
      return Actor.Type.PERSON;
    }
    String prev = a > 0 ? Gazetteer.key(tokens.get(a - 1).text()) : "";
    String prev2 = a > 1 ? Gazetteer.key(tokens.get(a - 2).text()) : "";
    if (OrgContext.isOrganisation(tokens, a, b)) {
      return Actor.Type.ORG; // "a spokeswoman for X", "X, a charity,", "X's chief executive"
    }
    if (b - a >= 2 && prev.equals("the") && MULTIWORD_PLACE_PREPOSITIONS.contains(prev2)) {
      return Actor.Type.PLACE; // "at the Brenner Pass", "near the Golan Heights"
    }
    if (prev.equals("the") && PLACE_VERBS.contains(prev2)) {
      return Actor.Type.PLACE; // "crossed the Channel"
    }
    if (PLACE_VERBS.contains(prev) || b - a >= 2 && AREA_PREPOSITIONS.contains(prev)) {
      return Actor.Type.PLACE; // "visited Seoul", "in New Delhi"
    }
    if (b - a >= 2 && (Gazetteer.PLACES.contains(last) || Gazetteer.PLACES.contains(name))) {
      return Actor.Type.ORG; // "Environment Canada", "Air France"
    }
    if (b - a == 1 && prev.equals("to") && prev2.equals("according")) {
      return Actor.Type.ORG; // "according to Eurostat": a source, not a destination
    }
    if (b - a == 1
        && a > 0
        && PLACE_PREPOSITIONS.contains(Gazetteer.key(tokens.get(a - 1).text()))) {
      return Actor.Type.PLACE; // "in Belgrade", "near the border with X"
    }
    boolean allProper = true;
    for (int i = a; i < b; i++) {
      Token t = tokens.get(i);
      if (!(t.isProper() || hyphenatedName(t)) || !Character.isLetter(t.text().charAt(0))) {
        allProper = false;
      }
    }
    if (allProper && b - a >= 2 && b - a <= 4) {
      boolean acronym =
          tokens.get(a).text().length() > 1
              && tokens.get(a).text().equals(tokens.get(a).text().toUpperCase(Locale.ROOT));
      return acronym ? Actor.Type.UNKNOWN : Actor.Type.PERSON;
    }
    if (b - a == 1
        && tokens.get(a).text().length() >= 2
        && tokens.get(a).text().replace(".", "").chars().allMatch(Character::isUpperCase)) {
      return Actor.Type.ORG;
    }
    return Actor.Type.UNKNOWN;
  }

  private static String span(String text, List<Token> tokens, int a, int b) {
    return text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
  }

  private static String join(String a, String b) {
    return a == null ? b : a + " " + b;
  }
}
