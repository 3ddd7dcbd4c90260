package org.factdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;

/**
 * Causes as news reports them: "the burst was caused by frost", "the company blamed the collapse on
 * a tremor", "the council put the flooding down to blocked drains", "the report attributes the
 * decline to drainage", "delays were due to a staff shortage", "a power failure was the trigger for
 * the outage", "drainage is to blame for the decline", "its age was why it broke", "the main
 * cracked because frost lifted the road". Claim finding keeps such sentences (they carry no figure
 * the models look for), and the cause check of verification compares their causes.
 */
public final class Causes {
  /**
   * One cause.
   *
   * @param effect what was caused, as written ("the collapse")
   * @param cause what caused it, as written ("a small earthquake")
   * @param phrase the causal words ("blamed ... on", "caused by")
   */
  public record Cause(String effect, String cause, String phrase) {
    public Cause {
      if (effect == null || effect.isBlank() || cause == null || cause.isBlank()) {
        throw new IllegalArgumentException(
            "effect and cause must not be blank, got '" + effect + "' and '" + cause + "'");
      }
    }
  }

  private static final String WORD = "[\\p{L}\\p{N}'’-]+";

  /** Effect first ("blamed E on C"); group {@code e} the effect, {@code c} the cause. */
  private static final List<Pattern> EFFECT_FIRST =
      List.of(
          Pattern.compile("\\bblam(?:e|es|ed|ing)\\s+(?<e>.+?)\\s+on\\s+(?<c>.+)"),
          Pattern.compile("\\bput(?:s|ting)?\\s+(?<e>.+?)\\s+down\\s+to\\s+(?<c>.+)"),
          Pattern.compile("\\b(?:attribut|ascrib)(?:e|es|ed|ing)\\s+(?<e>.+?)\\s+to\\s+(?<c>.+)"),
          Pattern.compile(
              "^(?<e>.+?)\\s+(?:(?:was|were|is|are|has been|had been|have been)\\s+)?"
                  + "(?:(?:\\p{L}+ly)\\s+)?(?:caused|triggered|sparked|brought on|set off)\\s+by\\s+(?<c>.+)"),
          Pattern.compile(
              "^(?<e>.+?)\\s+(?:(?:was|were|is|are)\\s+)?(?:(?:\\p{L}+ly)\\s+)?"
                  + "(?:due|owing)\\s+to\\s+(?<c>.+)"),
          Pattern.compile("^(?<e>.+?)\\s+because(?:\\s+of)?\\s+(?<c>.+)"));

  /** Cause first ("C caused E"); group {@code c} the cause, {@code e} the effect. */
  private static final List<Pattern> CAUSE_FIRST =
      List.of(
          Pattern.compile(
              "^(?<c>.+?)\\s+(?:was|were|is|are|had been|has been)\\s+(?:(?:the|a|an)\\s+)?"
                  + "(?:(?:real|main|chief|likely|probable|underlying|only|direct)\\s+)?"
                  + "(?:cause|trigger|reason)\\s+(?:of|for)\\s+(?<e>.+)"),
          Pattern.compile(
              "^(?<c>.+?)\\s+(?:was|were|is|are)\\s+(?:(?:partly|largely|mainly|chiefly)\\s+)?"
                  + "to\\s+blame\\s+for\\s+(?<e>.+)"),
          Pattern.compile("^(?<c>.+?)\\s+(?:was|were|is)\\s+(?:the reason\\s+)?why\\s+(?<e>.+)"),
          Pattern.compile(
              "^(?<c>.+?)\\s+(?:caused|triggered|sparked|set off)\\s+(?!by\\b)(?<e>.+)"));

  /** Where a cause or an effect stops: a clause break or a trailing "X said". */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          ",\\s*(?:and|but|not|which|who|saying|according|the\\s|a\\s|an\\s|\\p{Lu}|"
              + WORD
              + "\\s+(?:said|says|found|concluded|reported))|;|\\.$|\\s+(?:and|but)\\s+(?:said|says"
              + "|disputed|questioned|rejected)\\b|[,.]?\\s*[\"”]");

  /** The start of what was said, when the cause comes first: "X said (that) C was the cause". */
  private static final Pattern SAID =
      Pattern.compile("^.*\\b(?:said|says|saying|that|argued|argues|claimed|claims)\\s+");

  /**
   * Words one of the patterns needs: a cheap test before any of them runs, so that a long sentence
   * with no causal word costs one scan.
   */
  private static final Pattern KEYWORD =
      Pattern.compile(
          "\\b(?:blam|put|attribut|ascrib|caus|trigger|spark|brought|set|due|owing|because|reason|why)",
          Pattern.CASE_INSENSITIVE);

  private Causes() {}

  /** The cause a sentence states, if any. */
  public static Optional<Cause> find(String sentence) {
    return FOUND.get(sentence);
  }

  /** The causes of lately read texts: a claim's is read again for every passage. */
  private static final TextMemo<String, Optional<Cause>> FOUND =
      new TextMemo<>("causes", 4_096, String::length, Causes::findAnew);

  private static Optional<Cause> findAnew(String sentence) {
    // The patterns that open with a lazy group are anchored at the start (find() from every start
    // would be quadratic on long text); a line break would stop that group, so it becomes a space.
    String s = sentence.strip().replaceAll("[\\r\\n]+", " ");
    if (!KEYWORD.matcher(s).find()) {
      return Optional.empty();
    }
    for (Pattern p : EFFECT_FIRST) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        String effect = afterSaid(m.group("e"));
        String cause = cut(m.group("c"));
        if (!effect.isBlank() && !cause.isBlank()) {
          return Optional.of(new Cause(effect, cause, phrase(s, m)));
        }
      }
    }
    for (Pattern p : CAUSE_FIRST) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        String cause = afterSaid(m.group("c"));
        String effect = cut(m.group("e"));
        if (!effect.isBlank() && !cause.isBlank()) {
          return Optional.of(new Cause(effect, cause, phrase(s, m)));
        }
      }
    }
    return Optional.empty();
  }

  /** The words between the two groups: the causal phrase. */
  private static String phrase(String s, Matcher m) {
    int a = Math.min(m.end("e"), m.end("c"));
    int b = Math.max(m.start("e"), m.start("c"));
    return a < b ? s.substring(a, b).strip() : "";
  }

  private static String afterSaid(String text) {
    return SAID.matcher(text).replaceFirst("").replaceAll("^[\"“,\\s]+", "").strip();
  }

  private static String cut(String text) {
    Matcher m = CLAUSE_END.matcher(text);
    String t = m.find() ? text.substring(0, m.start()) : text;
    return t.replaceAll("[.,;:\\s]+$", "").strip();
  }

  /** Words that say nothing of what a cause is. */
  private static final Set<String> NOT_CONTENT =
      Set.of(
          "the", "a", "an", "of", "its", "their", "his", "her", "in", "at", "on", "to", "by",
          "from", "and", "or", "under", "over", "near", "nearby", "around", "this", "that", "these",
          "those", "was", "were", "is", "are", "been", "be", "had", "has", "have", "with", "for",
          "it", "they", "some", "small", "large", "minor", "major", "real", "main", "chief",
          "chiefly", "mainly", "largely", "partly", "which", "not", "no", "any", "after", "before",
          "during", "last", "day", "week", "month", "year");

  /**
   * The content stems of a cause or an effect (lower case, cut to five letters so that "drainage"
   * meets "draining"), with the class of cause ({@link CauseWords}) of its words.
   */
  public static Set<String> stems(String text) {
    Set<String> out = new TreeSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || NOT_CONTENT.contains(w)) {
        continue;
      }
      out.add(w.length() > 5 ? w.substring(0, 5) : stem(w));
    }
    // the class of each word, pair and triple of words ({@link CauseWords}: "an outage" is a
    // power failure as "a power cut" and "an interruption of supply" are)
    String[] words = lower.split("[^\\p{L}\\p{N}]+");
    for (int i = 0; i < words.length; i++) {
      for (int n = 1; n <= 3 && i + n <= words.length; n++) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        CauseWords.of(phrase).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String stem(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }
}
