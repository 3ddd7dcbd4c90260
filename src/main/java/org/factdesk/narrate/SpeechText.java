package org.factdesk.narrate;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.narrate.internal.Normalizer;

/**
 * Speech text: what the engine is asked to say for a piece of article text. {@link #normalize}
 * turns numbers, dates, money, units, abbreviations and acronyms into words and drops symbols;
 * {@link #phrases} also cuts a sentence at quotation marks, so that a quote gets a short pause
 * before and after it.
 */
public final class SpeechText {
  /** Version of the normalisation rules; part of the audio cache key. */
  public static final int RULES_VERSION = Normalizer.VERSION;

  private SpeechText() {}

  /** The speech form of {@code text}; empty when nothing is left to say. */
  public static String normalize(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    return Normalizer.normalize(text);
  }

  /**
   * The normalised phrases of one sentence, cut where a quotation opens or closes. Empty phrases
   * are dropped; a sentence without quotes gives one phrase (or none if nothing is left to say).
   */
  public static List<String> phrases(String sentence) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      boolean quote =
          c == '“' || c == '”' || c == '«' || c == '»' || c == '"' || isSingleQuote(sentence, i);
      if (quote) {
        flush(cur, out);
      } else {
        cur.append(c);
      }
    }
    flush(cur, out);
    return out;
  }

  /** A single quotation mark, as opposed to an apostrophe inside or at the end of a word. */
  private static boolean isSingleQuote(String s, int i) {
    char c = s.charAt(i);
    if (c != '‘' && c != '’' && c != '\'') {
      return false;
    }
    boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
    boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    if (letterBefore && letterAfter) {
      return false; // don't, Russia’s
    }
    if (c == '‘') {
      return !letterBefore;
    }
    if (letterBefore && !letterAfter) {
      // closing quote or plural possessive (the officials’ talks): a quote only before a boundary
      return i + 1 >= s.length() || ",.;:!? ".indexOf(s.charAt(i + 1)) >= 0 && hasOpening(s, i);
    }
    return !letterBefore && letterAfter && c == '‘';
  }

  private static boolean hasOpening(String s, int i) {
    return s.lastIndexOf('‘', i) >= 0;
  }

  /** Longest phrase handed to an engine; longer ones are cut at a comma or space. */
  public static final int MAX_PHRASE_CHARS = 600;

  private static void flush(StringBuilder cur, List<String> out) {
    String phrase = Normalizer.normalize(cur.toString());
    cur.setLength(0);
    while (phrase.length() > MAX_PHRASE_CHARS) {
      int cut = phrase.lastIndexOf(", ", MAX_PHRASE_CHARS);
      if (cut < MAX_PHRASE_CHARS / 2) {
        cut = phrase.lastIndexOf(' ', MAX_PHRASE_CHARS);
      }
      if (cut <= 0) {
        cut = MAX_PHRASE_CHARS;
      }
      add(phrase.substring(0, cut + (phrase.charAt(cut) == ',' ? 1 : 0)), out);
      phrase = phrase.substring(cut + 1).strip();
    }
    add(phrase, out);
  }

  private static void add(String phrase, List<String> out) {
    String p = phrase.strip();
    if (!p.isEmpty() && p.chars().anyMatch(Character::isLetterOrDigit)) {
      out.add(p);
    }
  }
}
