package org.factdesk.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small English lemmatiser for verbs, used instead of the statistical OpenNLP lemmatiser, which
 * cost about six times as much as tagging itself: a few forms of our own first ("'s", "n't",
 * "wound"), then WordNet's irregular forms and verb index ({@link WordNetVerbs}: "broke" is
 * "break", "shared" is "share"), and for a verb WordNet lacks the rules below (-ed, -ing, -s).
 * Other words are lower-cased only.
 */
public final class Lemmas {
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("was", "be"),
          Map.entry("were", "be"),
          Map.entry("is", "be"),
          Map.entry("are", "be"),
          Map.entry("am", "be"),
          Map.entry("been", "be"),
          Map.entry("being", "be"),
          Map.entry("'s", "be"),
          Map.entry("'re", "be"),
          Map.entry("had", "have"),
          Map.entry("has", "have"),
          Map.entry("did", "do"),
          Map.entry("does", "do"),
          Map.entry("done", "do"),
          Map.entry("made", "make"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("saw", "see"),
          Map.entry("seen", "see"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("found", "find"),
          Map.entry("thought", "think"),
          Map.entry("felt", "feel"),
          Map.entry("held", "hold"),
          Map.entry("left", "leave"),
          Map.entry("met", "meet"),
          Map.entry("paid", "pay"),
          Map.entry("withdrew", "withdraw"),
          Map.entry("withdrawn", "withdraw"),
          Map.entry("sold", "sell"),
          Map.entry("led", "lead"),
          Map.entry("fell", "fall"),
          Map.entry("fallen", "fall"),
          Map.entry("rose", "rise"),
          Map.entry("risen", "rise"),
          Map.entry("shot", "shoot"),
          Map.entry("struck", "strike"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("flew", "fly"),
          Map.entry("flown", "fly"),
          Map.entry("lost", "lose"),
          Map.entry("won", "win"),
          Map.entry("brought", "bring"),
          Map.entry("bought", "buy"),
          Map.entry("built", "build"),
          Map.entry("sent", "send"),
          Map.entry("spent", "spend"),
          Map.entry("kept", "keep"),
          Map.entry("ran", "run"),
          Map.entry("got", "get"),
          Map.entry("gotten", "get"),
          Map.entry("came", "come"),
          Map.entry("became", "become"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("shown", "show"),
          Map.entry("killed", "kill"),
          Map.entry("n't", "not"),
          Map.entry("ca", "can"),
          Map.entry("wo", "will"),
          Map.entry("'ll", "will"),
          Map.entry("stood", "stand"),
          Map.entry("heard", "hear"),
          Map.entry("meant", "mean"),
          Map.entry("drove", "drive"),
          Map.entry("driven", "drive"),
          Map.entry("hit", "hit"),
          Map.entry("put", "put"),
          Map.entry("set", "set"),
          Map.entry("cut", "cut"),
          Map.entry("forecast", "forecast"),
          // WordNet also reads these as past forms ("wind", "lie"); news means the verbs themselves
          Map.entry("wound", "wound"),
          Map.entry("lay", "lay"),
          // "born abroad", "born in 1950": a state of its own, not "bear"
          Map.entry("born", "born"));

  /** Verbs ending in "e" whose -ed / -ing / -es forms lose it. */
  private static final Set<String> E_VERBS =
      Set.of(
          "disclose",
          "note",
          "state",
          "estimate",
          "argue",
          "allege",
          "acknowledge",
          "declare",
          "write",
          "cite",
          "indicate",
          "believe",
          "refuse",
          "announce",
          "emphasize",
          "emphasise",
          "continue",
          "decline",
          "increase",
          "decrease",
          "raise",
          "rise",
          "die",
          "use",
          "release",
          "cause",
          "manage",
          "produce",
          "reduce",
          "receive",
          "agree",
          "provide",
          "arrive",
          "capture",
          "injure",
          "double",
          "triple",
          "suspend",
          "approve",
          "vote",
          "issue",
          "close",
          "invade",
          "promise",
          "propose",
          "hope",
          "like",
          "move",
          "face",
          "force",
          "make",
          "take",
          "guarantee",
          "survive",
          "evacuate",
          "damage",
          "praise",
          "welcome",
          "describe",
          "charge",
          "balance",
          "stage",
          "operate",
          "change",
          "resume",
          "serve",
          "measure",
          "score",
          "complete",
          "combine",
          "compare",
          "deliver",
          "reverse",
          "devote",
          "retire",
          "resolve",
          "explore",
          "achieve",
          "require",
          "observe",
          "sentence",
          "stabilize",
          "stabilise",
          "escalate",
          "recognize",
          "recognise",
          "intercept",
          "dictate",
          "negotiate",
          "celebrate",
          "concede",
          "condemn",
          "criticize",
          "criticise",
          "prove",
          "insure",
          "ensure",
          "secure",
          "sabotage",
          "shape",
          "assume",
          "expire");

  private Lemmas() {}

  /** The lemma of {@code word} with universal tag {@code pos}, lower-cased. */
  public static String of(String word, String pos) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (!pos.equals("VERB") && !pos.equals("AUX")) {
      return w;
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    String base = WordNetVerbs.baseForm(w);
    if (base != null) {
      return base;
    }
    if (w.endsWith("ied") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 3) {
      return stem(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("ing") && w.length() > 4) {
      return stem(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("es") && w.length() > 3 && E_VERBS.contains(w.substring(0, w.length() - 1))) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** True when {@code word} (lower case) is a listed irregular verb form ("rose", "fell"). */
  public static boolean isIrregularForm(String word) {
    return IRREGULAR.containsKey(word);
  }

  private static String stem(String s) {
    if (E_VERBS.contains(s + "e")) {
      return s + "e";
    }
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
      return s.substring(0, n - 1); // "stopped" -> "stop"
    }
    if (s.endsWith("i") && n > 2) {
      return s.substring(0, n - 1) + "y";
    }
    return s;
  }
}
