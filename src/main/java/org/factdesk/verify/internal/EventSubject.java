package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Who or what did the event that a date or an ordinal of a text belongs to: the names in the
 * grammatical subject of its clause (the words before the clause's first verb, after a leading
 * participle phrase: "Founded in 1921, Brevik Foods now runs ..."), with an owner's name ("Lindå's
 * coach, Tor Eng"). A subject that is only a pronoun or a definite noun ("It", "The club") refers
 * to the subject of the sentence before it in the same passage. A subject with a word of relation
 * ("a sister tower to the Skarn lighthouse", "rival grocer Norma", "Holm's predecessor") is another
 * thing than the one it is related to, whose name is then not the subject's.
 *
 * @param names the subject's proper-noun runs, lower case, possessive "'s" dropped; empty when the
 *     subject names no one
 * @param related whether the subject is related to another thing by a word of relation
 * @param phrase the subject as written (for explanations)
 * @param named whether the subject is a name or is owned by one ("Lindå IF", "the Varn Bank's next
 *     decision"), not a noun a name only modifies ("work on the Brenna factory")
 * @param implicit whether the names are the story's, the claim's subject naming no one
 */
public record EventSubject(
    List<Set<String>> names, boolean related, String phrase, boolean named, boolean implicit) {
  /** Words that make a subject another thing than the one named after (or before) them. */
  static final Set<String> RELATION =
      Set.of(
          "sister",
          "twin",
          "rival",
          "sibling",
          "neighbour",
          "neighbor",
          "predecessor",
          "successor");

  /** Capitalised words at a clause's start that are no names. */
  private static final Set<String> NOT_NAMES =
      FunctionWords.with(
          FunctionWords.CORE,
          FunctionWords.REFERRING,
          "coach",
          "chief",
          "president",
          "director",
          "minister",
          "mayor",
          "mr",
          "mrs",
          "ms",
          "dr",
          "rival",
          "sister");

  private static final Set<String> CALENDAR = org.factdesk.internal.Dates.calendarWords();

  private static final Pattern CLAUSE = Pattern.compile(";");

  public EventSubject {
    names = List.copyOf(names);
    if (phrase == null) {
      throw new IllegalArgumentException("phrase must not be null");
    }
  }

  /** The subject of the event at offset {@code at} of {@code text}. */
  public static EventSubject at(String text, int at) {
    return SUBJECTS.get(new At(text, at));
  }

  /** An offset of a text. */
  private record At(String text, int at) {}

  /**
   * The subjects of lately read events: the date and time checks read the claim's again for every
   * passage.
   */
  private static final TextMemo<At, EventSubject> SUBJECTS =
      new TextMemo<>(
          "event subjects", 4_096, a -> a.text().length(), a -> atAnew(a.text(), a.at()));

  private static EventSubject atAnew(String text, int at) {
    List<int[]> sentences = sentences(text);
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      if (at >= s[0] && at < s[1] || i == sentences.size() - 1) {
        EventSubject own = ofSentence(text.substring(s[0], s[1]), at - s[0]);
        if (own.names.isEmpty() && !own.related && i > 0 && refers(own.phrase)) {
          int[] p = sentences.get(i - 1);
          EventSubject before = ofSentence(text.substring(p[0], p[1]), 0);
          return new EventSubject(before.names, before.related, own.phrase, before.named, false);
        }
        return own;
      }
    }
    return new EventSubject(List.of(), false, "", false, false);
  }

  /**
   * The subject of a claim's event at {@code at}; a claim whose subject names no one ("The final",
   * "The company") is about the story's subject {@code story} (see {@link Subject#story}).
   */
  public static EventSubject ofClaim(String claim, int at, Set<String> story) {
    EventSubject s = at(claim, at);
    if (s.names.isEmpty() && !s.related && story != null && !story.isEmpty()) {
      return new EventSubject(List.of(Set.copyOf(story)), false, s.phrase, true, true);
    }
    return s;
  }

  /**
   * Why the passage's event ({@code passage}) is another's than this claim's, or null when it may
   * be the same: its subject is related to another thing (a sister, a rival) and this one is not,
   * unless both name the same ("her sister ship" is another ship whatever it is called); or both
   * name someone and no name of one holds the other's.
   */
  public String differsFrom(EventSubject passage) {
    if (passage.related && !related && !equalName(passage)) {
      return "its subject is another (" + passage.phrase.strip() + ")";
    }
    if (names.isEmpty() || passage.names.isEmpty() || implicit && !passage.named) {
      // a claim about the story's subject and a passage name that only modifies its subject ("work
      // on the Brenna factory"): the same thing may go by another of the story's names
      return null;
    }
    for (Set<String> a : names) {
      for (Set<String> b : passage.names) {
        if (a.containsAll(b) || b.containsAll(a)) {
          return null;
        }
      }
    }
    return "its subject is " + String.join(" ", passage.names.get(0)) + ", not the claim's";
  }

  /**
   * As {@link #differsFrom(EventSubject)}, but never for a passage subject that the claim {@code
   * claim} names itself: "Drumcairn has belonged to Selwyn Metals since 2009" speaks of Selwyn
   * Metals' events too ("Selwyn Metals bought Drumcairn in 2011").
   */
  public String differsFrom(EventSubject passage, String claim) {
    String other = differsFrom(passage);
    return other == null || namedIn(claim, passage) || describes(passage) ? null : other;
  }

  /**
   * True when this subject is the story's by default and written as a definite noun whose noun is a
   * word of one of the passage subject's names: "the bridge" of a claim is the passage's "Aldwyn
   * Bridge" (but "the bank's next decision" is not "the Sundland Reserve Bank's": its noun is
   * "decision").
   */
  private boolean describes(EventSubject passage) {
    if (!implicit || related || passage.related) {
      return false;
    }
    String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2 || !words[0].equals("the")) {
      return false;
    }
    String head = words[words.length - 1];
    return passage.names.stream().anyMatch(n -> n.contains(head));
  }

  /** True when every word of one of the subject's names is a word of {@code text}. */
  static boolean namedIn(String text, EventSubject subject) {
    Set<String> words =
        new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    return subject.names.stream().anyMatch(n -> !n.isEmpty() && words.containsAll(n));
  }

  private boolean equalName(EventSubject other) {
    return names.stream().anyMatch(other.names::contains);
  }

  /** Whether a subject without a name refers back: a pronoun or a definite noun phrase. */
  private static boolean refers(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    return Anaphora.pointsBack(p) || p.equals("the") || p.startsWith("the ");
  }

  /** The sentences of a text as offsets. */
  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = EventCheck.SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      out.add(new int[] {from, m.start()});
      from = m.end();
    }
    out.add(new int[] {from, text.length()});
    return out;
  }

  /** The subject of the clause of {@code sentence} that holds offset {@code at}. */
  private static EventSubject ofSentence(String sentence, int at) {
    int from = 0;
    int to = sentence.length();
    Matcher m = CLAUSE.matcher(sentence);
    while (m.find()) {
      if (m.end() <= at) {
        from = m.end();
      } else {
        to = m.start();
        break;
      }
    }
    List<Token> tokens = Tagger.shared().tag(sentence.substring(from, to));
    int start = 0;
    if (!tokens.isEmpty() && tokens.get(0).pos().matches("VERB|ADP|SCONJ")) {
      // "Founded as a shop in 1921, Brevik Foods ...", "In 1904, a storm ...": after the comma
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).text().equals(",")) {
          start = i + 1;
          break;
        }
        if (i > 0 && tokens.get(i).pos().matches("VERB|AUX")) {
          break;
        }
      }
    }
    int end = tokens.size();
    for (int i = start; i < tokens.size(); i++) {
      if (tokens.get(i).pos().matches("VERB|AUX") && i > start) {
        end = i;
        break;
      }
    }
    if (end <= start) {
      return new EventSubject(List.of(), false, "", false, false);
    }
    List<Token> subject = tokens.subList(start, end);
    String phrase =
        sentence.substring(
            from + subject.get(0).start(), from + subject.get(end - start - 1).end());
    boolean related = false;
    int relation = -1;
    for (int i = 0; i < subject.size(); i++) {
      if (RELATION.contains(subject.get(i).text().toLowerCase(Locale.ROOT))) {
        related = true;
        relation = i;
        break;
      }
    }
    List<Set<String>> names = new ArrayList<>();
    boolean owned = false;
    Set<String> run = new LinkedHashSet<>();
    for (int i = 0; i <= subject.size(); i++) {
      Token t = i < subject.size() ? subject.get(i) : null;
      String w = t == null ? "" : t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      boolean name =
          t != null
              && t.capitalised()
              && !NOT_NAMES.contains(w)
              && !CALENDAR.contains(w)
              && (t.isProper() || i > 0 && t.pos().matches("NOUN|ADJ"));
      if (name) {
        run.add(w);
        continue;
      }
      if (!run.isEmpty()) {
        boolean owner = t != null && (t.text().equals("'s") || t.text().equals("’s"));
        owned |= owner && relation < 0;
        boolean anchor =
            relation >= 0
                && (i - 1 > relation && relatedTo(subject, relation, i - 1)
                    || owner && (relation == i + 1 || relation == i + 2));
        if (!anchor) { // an anchor is what the relation is to ("X's sister", "sister of X")
          names.add(run);
        }
        run = new LinkedHashSet<>();
      }
    }
    int last = subject.size() - 1;
    while (last > 0
        && !subject.get(last).capitalised()
        && subject.get(last).pos().matches("ADV|ADJ|PUNCT|AUX|PART")) {
      last--; // "Lindå IF last won": the head is before the adverb
    }
    Token head = subject.get(last);
    boolean named =
        owned || head.capitalised() && (head.isProper() || last > 0) && !names.isEmpty();
    return new EventSubject(names, related, phrase, named, false);
  }

  /**
   * Whether the name ending at token {@code b} is what the relation word at {@code a} relates to: a
   * preposition between them and no comma ("a sister tower to the Skarn lighthouse"), not the
   * related thing's own name ("rival grocer Norma").
   */
  private static boolean relatedTo(List<Token> tokens, int a, int b) {
    boolean preposition = false;
    for (int i = a; i <= b; i++) {
      if (tokens.get(i).text().equals(",")) {
        return false;
      }
      preposition |= tokens.get(i).pos().equals("ADP");
    }
    return preposition;
  }
}
