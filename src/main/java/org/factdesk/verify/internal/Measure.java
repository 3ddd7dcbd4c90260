package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * What a figure measures beyond its counted noun: whether it was asked for or offered rather than
 * decided ("prosecutors asked for nine years" is not the sentence imposed), the part of the counted
 * things something happened to ("5 crossings" cancelled, "homes without power", "40 beds" closed,
 * against the crossings run, the homes, the beds), what kind of sum a sum of money is (a budget, a
 * cost, a fine, spending) and what it is a rate of ("38 euros a dose" against "1.2 million euros"
 * spent). Two figures for one noun measure different things when these differ; see {@link
 * #differsFrom}.
 *
 * @param mood "request", "offer" or "" (what was decided or counted)
 * @param part the kinds of part near the figure ("cancel", "close", "cut", "damage", "absent",
 *     "delay", "strand", "without")
 * @param money the kinds of sum named in the clause ("budget", "cost", "fine", "spend", ...)
 * @param rate the noun after "a", "per", "each", "every" just after the figure ("dose", "day"), or
 *     ""
 * @param acts the lemmas of the verbs next to the figure ("2,950 residents were born abroad"),
 *     other than be, have, saying and where people live
 * @param kind for a percentage: "change" ("rose by 9%", "up 18%"), "level" ("at 61% of capacity",
 *     "fallen to 38%"), "share" ("12% of the region's electricity") or "" when not told; a change
 *     is another measure than a level or a share
 * @param measured for a change, the lemma of the noun that changed ("Egg prices ... have risen by
 *     18%": price; "cut their power use by 10%": use), or ""
 */
public record Measure(
    String mood,
    Set<String> part,
    Set<String> money,
    String rate,
    Set<String> acts,
    String kind,
    String measured) {
  /** Lemmas and words that make a figure something asked for. */
  private static final Set<String> REQUEST =
      Set.of("ask", "request", "demand", "seek", "sought", "want", "propose", "urge");

  private static final Set<String> OFFER = Set.of("offer");

  /** Kinds of part: a word (lemma or lower-case text) and the kind it names. */
  private static final Map<String, String> PART =
      Map.ofEntries(
          Map.entry("cancel", "cancel"),
          Map.entry("scrap", "cancel"),
          Map.entry("axe", "cancel"),
          Map.entry("close", "close"),
          Map.entry("shut", "close"),
          Map.entry("suspend", "close"),
          Map.entry("cut", "cut"),
          Map.entry("slash", "cut"),
          Map.entry("lose", "cut"),
          Map.entry("shed", "cut"),
          Map.entry("lost", "cut"),
          Map.entry("lay", "cut"),
          Map.entry("damage", "damage"),
          Map.entry("destroy", "damage"),
          Map.entry("miss", "absent"),
          Map.entry("absent", "absent"),
          Map.entry("away", "absent"),
          Map.entry("skip", "absent"),
          Map.entry("delay", "delay"),
          Map.entry("strand", "strand"),
          Map.entry("without", "without"),
          Map.entry("lack", "without"));

  /** Kinds of sum of money: a word (lemma or lower-case text) and the kind it names. */
  private static final Map<String, String> MONEY =
      Map.ofEntries(
          Map.entry("budget", "budget"),
          Map.entry("spend", "spend"),
          Map.entry("spent", "spend"),
          Map.entry("spending", "spend"),
          Map.entry("expenditure", "spend"),
          Map.entry("cost", "cost"),
          Map.entry("price", "cost"),
          Map.entry("pay", "cost"),
          Map.entry("paid", "cost"),
          Map.entry("charge", "cost"),
          Map.entry("fee", "cost"),
          Map.entry("fine", "fine"),
          Map.entry("fined", "fine"),
          Map.entry("penalty", "fine"),
          Map.entry("damages", "damages"),
          Map.entry("compensation", "damages"),
          Map.entry("salary", "pay"),
          Map.entry("wage", "pay"),
          Map.entry("revenue", "revenue"),
          Map.entry("turnover", "revenue"),
          Map.entry("sales", "revenue"),
          Map.entry("profit", "profit"),
          Map.entry("deficit", "deficit"),
          Map.entry("debt", "debt"),
          Map.entry("grant", "grant"),
          Map.entry("invest", "invest"),
          Map.entry("investment", "invest"));

  /** Words before the figure within which a part verb governs it ("cancelled 5 crossings"). */
  static final int PART_BEFORE = 3;

  /**
   * Words after the figure's noun within which a part word applies, up to a punctuation mark
   * ("homes in Marlow are still without power"); of the verbs there, only the first.
   */
  static final int PART_AFTER = 10;

  /** Endings of a part word's forms ("cancelled", "closes", "missing"). */
  private static final Set<String> ENDINGS = Set.of("", "s", "d", "ed", "led", "es", "ing", "ling");

  private static final Pattern RATE =
      // "12 million litres of water each week": what is measured may stand between
      Pattern.compile("^\\s*(?:of\\s+\\p{L}+\\s+)?(?:a|an|per|each|every)\\s+(\\p{L}+)");

  /** "38 euros for a dose": "for a" makes a rate only when the noun ends its phrase. */
  private static final Pattern FOR_RATE =
      Pattern.compile(
          "^\\s*for\\s+(?:a|an|each|every)\\s+(\\p{L}+)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:of|in|on|at|to"
              + "|from|after|before|since|until|and|or)\\b)");

  private static final Set<String> TIME_RATES =
      Set.of("day", "week", "month", "year", "hour", "night", "minute", "season");

  private static final Set<String> HAVE_NO = Set.of("no");

  /** Part words that are not verbs: "homes without power", "children absent", "stayed away". */
  private static final Set<String> NOT_VERBS = Set.of("without", "absent", "away", "lack");

  /** Verbs that say where people are rather than what they did: a town's people "live" there. */
  private static final Set<String> STOCK =
      Set.of(
          "live",
          "lives",
          "lived",
          "living",
          "reside",
          "resides",
          "resided",
          "residing",
          "inhabit",
          "inhabits",
          "inhabited",
          "dwell",
          "dwells",
          "dwelt",
          "registered");

  /** Counted nouns for the people of a place: only these tell all of them from some of them. */
  private static final Set<String> POPULATION =
      Set.of("resident", "inhabitant", "citizen", "population");

  public Measure {
    mood = mood == null ? "" : mood;
    part = Set.copyOf(part);
    money = Set.copyOf(money);
    rate = rate == null ? "" : rate;
    acts = Set.copyOf(acts);
    kind = kind == null ? "" : kind;
    measured = measured == null ? "" : measured;
  }

  /** What the figure {@code figure} of {@code text} (its first occurrence) measures. */
  public static Measure of(String text, String figure) {
    return RECENT.get(new Subject.Figure(text, figure));
  }

  /** Measures of lately checked figures: each claim's figure is read once per passage. */
  private static final TextMemo<Subject.Figure, Measure> RECENT =
      new TextMemo<>(
          "figure measures", 4_096, Subject.Figure::length, f -> ofAnew(f.text(), f.figure()));

  private static Measure ofAnew(String text, String figure) {
    int at = figure.isEmpty() ? -1 : text.indexOf(figure);
    if (at < 0 && figure.contains(" ")) {
      at = text.indexOf(figure.substring(0, figure.lastIndexOf(' ')));
    }
    if (at < 0) {
      return new Measure("", Set.of(), Set.of(), "", Set.of(), "", "");
    }
    int[] span = Subject.clauseSpan(text, at);
    String partText = Subject.part(text, at);
    int partStart = text.indexOf(partText);
    int from = Math.max(span[0], partStart);
    int to = Math.min(span[1], partStart + partText.length());
    String clause = text.substring(from, to);
    int figureAt = at - from;
    int figureEnd = Math.min(clause.length(), figureAt + figure.length());
    List<Token> tokens = Tagger.shared().tag(clause);
    int first = tokens.size();
    int last = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (first == tokens.size() && tokens.get(i).start() >= figureAt) {
        first = i;
      }
      if (tokens.get(i).start() >= figureEnd) {
        last = i;
        break;
      }
    }
    String mood = "";
    Set<String> part = new TreeSet<>();
    Set<String> money = new TreeSet<>();
    Set<String> acts = new TreeSet<>();
    boolean afterEnds = false;
    boolean verbAfter = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (i < first) {
        boolean verb = t.pos().equals("VERB");
        if (verb && (REQUEST.contains(lemma) || REQUEST.contains(w))) {
          mood = "request";
        } else if (mood.isEmpty() && (OFFER.contains(lemma) || OFFER.contains(w))) {
          // any part of speech: the tagger calls "its offer" an adjective
          mood = "offer";
        }
      }
      if (i >= last && t.pos().equals("PUNCT")) {
        afterEnds = true;
      }
      boolean before = i >= first - PART_BEFORE && i < first;
      boolean after = i >= last && i < last + PART_AFTER && !afterEnds;
      // after the figure only its clause's first verb says what happened to the things counted
      // ("124 homes in the Marlow Bay district were damaged")
      // the tagger calls the participle of "were damaged" an adjective
      boolean verbal =
          t.pos().equals("VERB")
              || (t.pos().equals("ADJ") && i > 0 && tokens.get(i - 1).pos().equals("AUX"));
      boolean verb = verbal && (before || (after && !verbAfter));
      if (after && verbal) {
        verbAfter = true;
      }
      if (before || after) {
        if (verb
            && !Subject.NOT_ACTIONS.contains(lemma)
            && !STOCK.contains(lemma)
            && !STOCK.contains(w)) {
          acts.add(lemma);
        }
        String kind = verb || NOT_VERBS.contains(w) ? partKind(w, lemma) : null;
        if (kind != null && lemma.equals("lose") && livesAfter(tokens, i)) {
          kind = null; // "three miners lost their lives": they died, not a part lost
        }
        if (kind == null && HAVE_NO.contains(w) && i > 0 && isHave(tokens.get(i - 1))) {
          kind = "without"; // "1,900 households have no car"
        }
        if (kind != null) {
          part.add(kind);
        }
      }
      String sum = MONEY.getOrDefault(w, MONEY.get(lemma));
      if (sum != null && !(w.equals("fine") && t.pos().equals("ADJ"))) {
        money.add(sum);
        if ((lemma.equals("pay") || w.equals("paid")) && sum.equals("cost")) {
          money.add("pay"); // "paid 2,400 euros": a price paid, or a salary or wage
        }
      }
    }
    String after = clause.substring(figureEnd);
    Matcher m = RATE.matcher(after);
    Matcher f = FOR_RATE.matcher(after);
    String rate = m.find() ? m.group(1) : f.find() ? f.group(1) : "";
    rate = rate.toLowerCase(Locale.ROOT);
    rate = rate.endsWith("s") && rate.length() > 3 ? rate.substring(0, rate.length() - 1) : rate;
    String kind = percentKind(clause.substring(0, figureAt), clause.substring(figureEnd));
    String measured = kind.equals("change") ? changed(tokens, first) : "";
    return new Measure(mood, part, money, rate, acts, kind, measured);
  }

  /** Words that may qualify a figure ("fell by nearly 9%", "at a further 2%"). */
  private static final List<String> QUALIFIER_WORDS =
      List.of(
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "roughly",
          "over",
          "under",
          "just",
          "only",
          "more than",
          "less than",
          "a further",
          "another");

  private static final String QUALIFIERS =
      "(?:(?:" + String.join("|", QUALIFIER_WORDS) + ")\\s+)*$";

  private static final Pattern CHANGE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:by|(?<!\\bmake\\s|\\bmakes\\s|\\bmade\\s|\\bmaking\\s)up|down)\\s+"
              + QUALIFIERS);

  /**
   * A verb of change just before a percentage, with no "by" or "to" between: "the krone slipped
   * 0.4%", "sales fell about 9%" give the change; "rose to 6.2%" gives a level.
   */
  private static final Pattern CHANGE_VERB_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:rose|risen|rises|fell|fallen|falls|dropped|drops|slipped|slips|slid|lost|loses"
              + "|gained|gains|climbed|climbs|jumped|jumps|grew|grown|grows|declined|declines"
              + "|plunged|plunges|soared|soars|surged|surges|shrank|shrunk|shrinks|tumbled|tumbles"
              + "|edged (?:up|down)|increased|decreased)\\s+"
              + QUALIFIERS);

  private static final Pattern CHANGE_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:rise|increase|drop|fall|decline|cut|jump|gain|loss|more|less|higher|lower"
              + "|smaller|larger|bigger|fewer|up|down)\\b");

  /**
   * A change named as a noun and put at a figure: "put the decline since 2018 at 12%", "estimates
   * the rise in fares at 4%". The "at" gives the change's size, not a level.
   */
  private static final Pattern CHANGE_AT =
      Pattern.compile(
          "(?i)\\b(?:decline|fall|drop|rise|increase|growth|loss|reduction|decrease|shrinkage"
              + "|slump|jump)\\b[^,;.]*\\bat\\s+"
              + QUALIFIERS);

  private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)\\b(?:at|to)\\s+" + QUALIFIERS);

  private static final Pattern SHARE_AFTER = Pattern.compile("(?i)^\\s*of\\b");

  /**
   * A passive verb's agent before a figure ("was approved by", "is backed by"), not a verb of
   * change ("was cut by", "were raised by").
   */
  private static final Pattern AGENT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|be|been|being)\\s+(?:\\p{L}+ly\\s+)?"
              + "(?!(?:cut|raised|increased|reduced|lowered|decreased|boosted|slashed|trimmed)\\b)"
              + "\\p{L}+(?:ed|en|wn)\\s+by\\s+"
              + QUALIFIERS);

  /**
   * What a percentage is, from the words around it: a change ("fell by 9%", "up 18%", "a 9% drop"),
   * a level ("at 61% of capacity", "fallen to 38%"), a share ("12% of the region's electricity") or
   * "" when the words do not tell.
   */
  static String percentKind(String before, String after) {
    if (SHARE_AFTER.matcher(after).find() && AGENT_BEFORE.matcher(before).find()) {
      return "share"; // "approved by 58% of voters": who approved, not a change of 58%
    }
    if (CHANGE_BEFORE.matcher(before).find()
        || CHANGE_VERB_BEFORE.matcher(before).find()
        || CHANGE_AFTER.matcher(after).find()
        || CHANGE_AT.matcher(before).find()) {
      return "change";
    }
    if (LEVEL_BEFORE.matcher(before).find()) {
      return "level";
    }
    return SHARE_AFTER.matcher(after).find() ? "share" : "";
  }

  /** Words between a change and its figure ("fell by nearly 9%"): the qualifiers' words. */
  private static final Set<String> CHANGE_WORDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("by", "up", "down"),
              QUALIFIER_WORDS.stream().flatMap(q -> java.util.Arrays.stream(q.split(" "))))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words of a phrase that are not its head: articles, auxiliaries, possessives. */
  private static final Set<String> NOT_HEADS =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
          "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "'s",
          "’s", "now", "also", "still");

  /** Prepositions that end a noun phrase ("Egg prices in Velden"). */
  private static final Set<String> PHRASE_ENDS =
      Set.of("in", "at", "of", "for", "from", "on", "across", "among", "per", "with", "to");

  /**
   * The word for what a percentage is a change of: the object between the verb of change and the
   * figure ("cut Velden's egg output by 30%": output), else the last word of the phrase before that
   * verb, up to a preposition ("Bus ridership in Halden fell by 9%": ridership); "" when there is
   * no verb of change before the figure. Words, not tags: the tagger calls "revenue" in "Fare
   * revenue at Halden Bus fell" a verb.
   */
  static String changed(List<Token> tokens, int figure) {
    int end = Math.min(figure, tokens.size());
    int verb = -1;
    for (int i = end - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (Recency.CHANGES.contains(lemma) || CHANGE_FORMS.contains(w)) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return "";
    }
    String object = "";
    int from = verb + 1;
    if (verb > 0
        && ARTICLES.contains(tokens.get(verb - 1).text().toLowerCase(Locale.ROOT))
        && from < end
        && OF_IN.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
      from++; // a change as a noun: "put the decline in Kessel's lapwings at 12%": lapwings
    }
    for (int i = from; i < end; i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (CHANGE_WORDS.contains(w) || PHRASE_ENDS.contains(w) || TIME_STARTS.contains(w)) {
        break;
      }
      if (head(tokens.get(i), i)) {
        object = w;
      }
    }
    if (!object.isEmpty()) {
      return TextSignals.stem(object);
    }
    int start = 0;
    for (int i = 0; i < verb; i++) {
      if (tokens.get(i).pos().equals("PUNCT")) {
        start = i + 1; // "In Brask, power prices have risen by 35%"
      }
    }
    String subject = "";
    String counted = "";
    for (int i = start; i < verb; i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("of") && COUNT_HEADS.contains(subject)) {
        subject = ""; // "the number of breeding lapwings fell": lapwings
        continue;
      }
      if (PHRASE_ENDS.contains(w) && !subject.isEmpty()) {
        break;
      }
      if (head(tokens.get(i), i - start)) {
        counted = COUNT_HEADS.contains(w) ? subject : "";
        subject = w;
      }
    }
    if (!counted.isEmpty()) {
      subject = counted; // "lapwing numbers fell": lapwings
    }
    return subject.isEmpty() ? "" : TextSignals.stem(subject);
  }

  /** Words before a verb of change that make it a noun ("the decline"). */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "this");

  /** Prepositions after a change as a noun that name what changed ("the decline in"). */
  private static final Set<String> OF_IN = Set.of("in", "of");

  /** Words that start a time after what changed ("the decline in herds since 2018"). */
  private static final Set<String> TIME_STARTS =
      Set.of("since", "after", "before", "during", "over");

  /**
   * Heads that only count what follows their "of" ("the number of lapwings", "lapwing numbers").
   */
  private static final Set<String> COUNT_HEADS = Set.of("number", "numbers", "count", "total");

  /** Forms of verbs of change the tagger may not lemmatise. */
  private static final Set<String> CHANGE_FORMS =
      Set.of("rose", "risen", "fell", "fallen", "grew", "grown", "cut", "lost", "dropped", "up");

  /** Whether the token may be the head of a phrase: a word, not a name past its first word. */
  private static boolean head(Token t, int index) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.chars().allMatch(Character::isLetter)
        && w.length() > 2
        && !NOT_HEADS.contains(w)
        && !(index > 0 && t.capitalised());
  }

  /** The kind of part a word names, by its lemma or its form ("cancelled"), or null. */
  /** True when "their lives" or "his life" follows token {@code i}. */
  private static boolean livesAfter(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 2).text().toLowerCase(Locale.ROOT);
    return tokens.get(i + 1).pos().equals("PRON") && (next.equals("lives") || next.equals("life"));
  }

  private static String partKind(String word, String lemma) {
    String kind = PART.get(lemma);
    if (kind != null) {
      return kind;
    }
    for (Map.Entry<String, String> e : PART.entrySet()) {
      if (word.startsWith(e.getKey()) && ENDINGS.contains(word.substring(e.getKey().length()))) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean sum(String thing) {
    return thing.equals("euro") || thing.equals("dollar") || thing.equals("pound");
  }

  private static boolean isHave(Token t) {
    return t.lemma().equalsIgnoreCase("have") || t.text().equalsIgnoreCase("has");
  }

  /**
   * Why a figure with this measure and one with {@code other}'s, both for the counted noun or unit
   * {@code thing}, measure different things, or null: one was asked for or offered and the other
   * not (or one asked, one offered); the parts something happened to differ ("cancelled" against
   * none); both are sums of money of kinds that share none (a budget against spending); one is a
   * rate of something other than time ("a dose") and the other is not, or both are rates of
   * different things.
   */
  public String differsFrom(Measure other, String thing) {
    if (!mood.equals(other.mood)) {
      return switch (other.mood) {
        case "request" -> "it is a figure asked for";
        case "offer" -> "it is a figure offered";
        default ->
            "it is the figure decided, not one " + (mood.equals("offer") ? "offered" : "asked for");
      };
    }
    if (POPULATION.contains(thing) && acts.isEmpty() != other.acts.isEmpty()) {
      // "Ostby has 24,000 residents" against "2,950 residents were born abroad"
      return acts.isEmpty()
          ? "it counts the " + thing + "s who " + String.join(", ", other.acts)
          : "it counts all the " + thing + "s";
    }
    // a measure in a unit ("2,000 tonnes of hay" destroyed, "640,000 kg" lost) is the amount the
    // verb acted on, not a part of counted things
    boolean count =
        !thing.equals("%")
            && !thing.contains("point")
            && !thing.equals("time")
            && !sum(thing)
            && !Units.isBase(thing);
    if (count && !part.equals(other.part)) {
      // only for counts: "cut by 79%" is the change itself, not a part of what is counted
      return "it counts the " + thing + " " + (other.part.isEmpty() ? "in all" : other.part);
    }
    if (sum(thing)
        && !money.isEmpty()
        && !other.money.isEmpty()
        && money.stream().noneMatch(other.money::contains)) {
      return "it is a sum of another kind (" + String.join(", ", other.money) + ")";
    }
    if (thing.equals("%") && !kind.isEmpty() && !other.kind.isEmpty()) {
      if (kind.equals("change") != other.kind.equals("change")) {
        // a level and a share may be one figure ("rising to 76%" of the population infected)
        return "it is a " + other.kind + ", not a " + kind;
      }
      if (kind.equals("change")
          && !measured.isEmpty()
          && !other.measured.isEmpty()
          && !TextSignals.stem(measured).equals(TextSignals.stem(other.measured))) {
        return "it is the change in " + other.measured + ", not in " + measured;
      }
    }
    boolean timeRate = TIME_RATES.contains(rate) || TIME_RATES.contains(other.rate);
    if (thing.equals("metre") && timeRate && rate.isEmpty() != other.rate.isEmpty()) {
      // "6 metres an hour" is a speed, not a height or a length
      return other.rate.isEmpty() ? "it is a length, not a speed" : "it is a speed";
    }
    if (!rate.equals(other.rate) && !(timeRate && (rate.isEmpty() || other.rate.isEmpty()))) {
      return other.rate.isEmpty() ? "it is not a rate per " + rate : "it is per " + other.rate;
    }
    return null;
  }
}
