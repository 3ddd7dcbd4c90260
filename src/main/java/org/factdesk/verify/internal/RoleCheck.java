package org.factdesk.verify.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Prefilter;
import org.factdesk.internal.TextMemo;
import org.factdesk.report.Finding;

/**
 * Titles and roles: "Transport Minister Ana Petrova" in a claim against a passage that names Ana
 * Petrova with another title ("Defence Minister Ana Petrova", "Ana Petrova, the Defence Minister")
 * or gives the title to someone else ("the Transport Minister, Jonas Berg"). A modifier makes
 * another office: "Deputy Mayor", "Vice President", "Acting Minister", "former Minister", "Shadow
 * Minister" do not agree with the bare title, nor the bare title with them.
 */
public final class RoleCheck {
  private static final String TITLE =
      "((?:(?:[A-Z][a-z]+|[\\p{L}]+(?:'s|’s)|[\\p{L}]+s['’]|port|sporting|head|fire|police|regional"
          + "|environment|council|club|team|deputy|prime|foreign|finance|health|defence|defense"
          + "|transport|interior|justice|education|energy|vice|acting|former|shadow|interim|junior"
          + "|assistant|outgoing|chief|operations|operating|executive|managing|general|technical"
          + "|financial|communications|press|medical|programme|program|board|festival|race"
          + "|hospital|marketing|sales|research|clinical|artistic|legal)\\s+){0,3}"
          + "(?:Minister|minister|Mayor|mayor|President|president|Director|director|Chancellor"
          + "|Secretary|secretary|Governor|governor|Chief|chief|Spokesperson|spokesperson|CEO"
          + "|Commissioner|commissioner|[Ee]xecutive|[Oo]fficer|[Cc]hair(?:man|woman)?"
          + "|[Ss]pokes(?:man|woman)|[Mm]anager|[Cc]ouncill?or|[Cc]oach|[Cc]aptain|[Tt]reasurer))";
  private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2})";
  private static final Pattern TITLE_NAME = Pattern.compile(TITLE + "\\s+" + NAME);
  private static final Pattern NAME_TITLE =
      Pattern.compile(
          NAME
              + ",?\\s+(?:is\\s+|was\\s+)?(?:the\\s+|a\\s+)?(?:region's\\s+|country's\\s+)?"
              // "Odd Saether, the rail agency's deputy director": lower-case words of the owner
              // ending in its possessive (not "Eva Lind, who chairs the board")
              + "(?:(?:\\p{Ll}+\\s+)?\\p{Ll}+['’]s\\s+)?"
              + TITLE);
  private static final Pattern THE_TITLE_IS =
      Pattern.compile("\\b[Tt]he\\s+" + TITLE + "(?:,\\s+|\\s+is\\s+)" + NAME);

  /** "Nordlys Air's chief executive, Maria Voss": an owner's title before the name. */
  private static final Pattern TITLE_COMMA_NAME = Pattern.compile(TITLE + ",\\s+" + NAME);

  /**
   * A part of each head word of {@link #TITLE} as it may be written (the patterns are
   * case-sensitive): a text without any of them holds no title (see {@link Prefilter}).
   */
  private static final String[] TITLE_HEADS = {
    "inister",
    "ayor",
    "resident",
    "irector",
    "Chancellor",
    "ecretary",
    "overnor",
    "hief",
    "pokes",
    "CEO",
    "ommissioner",
    "xecutive",
    "fficer",
    "hair",
    "anager",
    "ouncil",
    "oach",
    "aptain",
    "reasurer",
    "eads", // "who heads", "who leads" (WHO_LEADS)
    "runs",
    "irects",
    "anages"
  };

  /**
   * A role given by a verb: "Eva Nilsen, who leads the hospital's surgery division, said", "Per
   * Holm, who chairs the board". Group {@code verb} is the verb, {@code unit} what is led.
   */
  private static final Pattern WHO_LEADS =
      Pattern.compile(
          NAME
              + ",\\s+who\\s+(?<verb>heads|leads|runs|directs|manages|chairs)\\s+(?:the\\s+)?"
              + "(?:\\p{L}+(?:'s|’s|s'|s’)\\s+)?(?<unit>\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?)"
              + "(?=\\s*[,.;]|\\s+(?:at|of|for|in|on|and|said|says|told)\\b)");

  /** Words that make a title another office than the bare one. */
  static final Set<String> MODIFIERS =
      Set.of(
          "deputy",
          "vice",
          "acting",
          "former",
          "shadow",
          "interim",
          "junior",
          "assistant",
          "outgoing",
          "ex");

  private RoleCheck() {}

  /** Title for each person named with one in {@code text} (normalised, lower case). */
  static Map<String, String> roles(String text) {
    return RECENT.get(text);
  }

  /** Titles in lately checked texts: a claim's for each of its passages, a passage's per claim. */
  private static final TextMemo<String, Map<String, String>> RECENT =
      new TextMemo<>(
          "roles", 4_096, String::length, t -> Collections.unmodifiableMap(rolesAnew(t)));

  private static Map<String, String> rolesAnew(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (Prefilter.enabled() && !Prefilter.containsAny(text, TITLE_HEADS)) {
      return out; // every pattern below needs a title's head word
    }
    Matcher m = TITLE_NAME.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(2), norm(m.group(1)));
    }
    m = NAME_TITLE.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(1), norm(m.group(2)));
    }
    m = THE_TITLE_IS.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(2), norm(m.group(1)));
    }
    m = WHO_LEADS.matcher(text);
    while (m.find()) {
      // "who leads the surgery division": the head of that division; "who chairs the board": its
      // chair
      String office = m.group("verb").equals("chairs") ? " chair" : " head";
      out.putIfAbsent(m.group(1), m.group("unit").toLowerCase(Locale.ROOT) + office);
    }
    m = TITLE_COMMA_NAME.matcher(text);
    while (m.find()) {
      if (m.group(1).matches("(?s).*(?:['’]s|s['’])\\s.*")) {
        out.putIfAbsent(m.group(2), norm(m.group(1)));
      }
    }
    // an owner is no one: "Nordlys Air's chief executive" names the company, not a person
    out.keySet()
        .removeIf(name -> name.endsWith("'s") || name.endsWith("’s") || name.matches(".*s['’]"));
    return out;
  }

  static String norm(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace("defense", "defence").strip();
    // drop a leading capitalised word that is not part of the title (e.g. a sentence start), and
    // whose office it is ("the utility's chief executive", "Marvik Water's operations director")
    t = t.replaceAll("^(the|and|but|as|when|while)\\s+", "");
    t = t.replaceAll("\\bchief executive officer\\b|\\bceo\\b", "chief executive");
    return t.replaceAll("^.*(?:['’]s|s['’])\\s+", "");
  }

  /** What the passage says about the titles in the claim, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    Map<String, String> claimed = roles(claim);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> found = roles(passage);
    for (Map.Entry<String, String> c : claimed.entrySet()) {
      String title = found.get(c.getKey());
      if (title != null) {
        if (sameOffice(title, c.getValue())) {
          return Optional.of(
              new Finding(
                  "role", "agrees", c.getKey() + " is " + "the " + title + " in the evidence."));
        }
        if (sameKind(title, c.getValue())) {
          return Optional.of(
              new Finding(
                  "role",
                  "disagrees",
                  "The claim calls "
                      + c.getKey()
                      + " "
                      + c.getValue()
                      + ", but the evidence says "
                      + c.getKey()
                      + " is "
                      + "the "
                      + title
                      + "."));
        }
      }
      for (Map.Entry<String, String> f : found.entrySet()) {
        if (!f.getKey().equals(c.getKey())
            && f.getValue().equals(c.getValue())
            && !c.getValue().equals("mayor")
            && !c.getValue().equals("director")
            && !anotherOwner(claim, passage, f.getKey())) {
          return Optional.of(
              new Finding(
                  "role",
                  "disagrees",
                  "The claim calls "
                      + c.getKey()
                      + " "
                      + c.getValue()
                      + ", but the evidence names "
                      + f.getKey()
                      + " as "
                      + c.getValue()
                      + "."));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the passage gives {@code name} the title of a named owner that the claim never names:
   * "Hella's coach, Jon Moe" or "Jon Moe, Hella's coach" against "The club's coach, Maja Lind" is
   * the coach of another club, not a second holder of the claim's office.
   */
  static boolean anotherOwner(String claim, String passage, String name) {
    String n = Pattern.quote(name);
    for (Pattern p :
        List.of(
            Pattern.compile(OWNER + "\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+,?\\s+" + n),
            Pattern.compile(n + ",\\s+(?:the\\s+)?" + OWNER + "\\s"))) {
      Matcher m = p.matcher(passage);
      while (m.find()) {
        if (!claim.contains(m.group("owner"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A named owner of a title: "Hella's", "the Bears'". */
  private static final String OWNER = "(?<owner>\\p{Lu}[\\p{L}-]*)(?:['’]s|s['’])";

  /**
   * True when two normalised titles name the same office: one ends with the other ("minister" and
   * "health minister") and both carry the same modifiers ("deputy mayor" is not "mayor").
   */
  static boolean sameOffice(String a, String b) {
    if (!modifiers(a).equals(modifiers(b))) {
      return false;
    }
    String ca = core(a);
    String cb = core(b);
    return ca.equals(cb) || ca.endsWith(" " + cb) || cb.endsWith(" " + ca);
  }

  private static Set<String> modifiers(String title) {
    Set<String> out = new TreeSet<>();
    for (String w : title.split("[\\s-]+")) {
      if (MODIFIERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String core(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.split("[\\s-]+")) {
      if (!MODIFIERS.contains(w) && !w.isEmpty()) {
        b.append(b.isEmpty() ? "" : " ").append(w);
      }
    }
    return b.toString();
  }

  /**
   * Whether two titles are offices of one kind, so that one rules out the other: the same head noun
   * ("defence minister", "transport minister"), or two offices of a company or an agency that share
   * no word ("chief executive", "operations director").
   */
  static boolean sameKind(String a, String b) {
    String ka = a.substring(a.lastIndexOf(' ') + 1);
    String kb = b.substring(b.lastIndexOf(' ') + 1);
    if (ka.equals(kb)) {
      return true;
    }
    if (ONE_JOB.contains(Set.of(a, b)) || ONE_JOB.contains(Set.of(ka, kb))) {
      return false;
    }
    List<String> wa = distinctive(a);
    return OFFICERS.contains(ka)
        && OFFICERS.contains(kb)
        && distinctive(b).stream().noneMatch(wa::contains);
  }

  /**
   * The words of a title that tell one office from another: all of them, less a rank word that many
   * officers' titles share ("chief executive" and "chief operating officer" are two offices) when
   * the title has other words.
   */
  private static List<String> distinctive(String title) {
    List<String> words = List.of(title.split("\\s+"));
    List<String> rest = words.stream().filter(w -> !RANKS.contains(w)).toList();
    return rest.isEmpty() ? words : rest;
  }

  /** Words of rank that officers' titles share: "chief" executive, "chief" financial officer. */
  private static final Set<String> RANKS = Set.of("chief");

  /** Titles that one person can hold as one job: they do not rule each other out. */
  private static final Set<Set<String>> ONE_JOB =
      Set.of(Set.of("managing director", "chief executive"), Set.of("councillor", "mayor"));

  /**
   * Heads of the titles of a company's, an agency's or a town's officers: two that share no word
   * are two offices ("treasurer" and "deputy mayor", "board chair" and "surgery division head").
   */
  private static final Set<String> OFFICERS =
      Set.of(
          "executive",
          "director",
          "officer",
          "chairman",
          "chairwoman",
          "chair",
          "manager",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ceo",
          "chief",
          "councillor",
          "councilor",
          "coach",
          "captain",
          "treasurer",
          "head",
          "mayor");
}
