package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TaggerTest {
  @Test
  void tagsProperNounsNumbersAndLemmas() {
    String s = "Ukrainian President Volodymyr Zelenskyy disclosed that 55,000 troops have died.";
    List<Token> tokens = Tagger.shared().tag(s);
    System.out.println(tokens);
    for (Token t : tokens) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.pos()).isEqualTo("Zelenskyy/PROPN"));
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.pos()).isEqualTo("55,000/NUM"));
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.lemma()).isEqualTo("died/die"));
  }

  @Test
  void theGreedySearchGivesOpenNlpsBeamOfThreeTags() throws Exception {
    POSModel model;
    try (InputStream in =
        Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      model = new POSModel(in);
    }
    POSTaggerME three = new POSTaggerME(model);
    for (String s :
        List.of(
            "Ukrainian President Volodymyr Zelenskyy disclosed that 55,000 troops have died.",
            "The number of measles cases in the region climbed to 212 last month, up from 97.",
            "Police said the march drew about 4,000 people; organisers put the figure at 12,000.",
            "Nearly one in five households could not afford heating, the survey found.",
            "The mediator said talks would resume on Monday after the union rejected the offer.",
            "Reuters could not independently verify the claim, which the ministry denied.")) {
      List<Token> tokens = Tagger.shared().tag(s);
      String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
      String[] expected = three.tag(words);
      for (int i = 0; i < words.length; i++) {
        assertThat(tokens.get(i).pos())
            .as(s + ": " + words[i])
            .isEqualTo(expected[i].toUpperCase(Locale.ROOT));
      }
    }
  }

  @Test
  void theWordMemoSplitsTextsAsTheTokeniserDoesOnTheWholeText() throws Exception {
    TokenizerModel model;
    try (InputStream in =
        Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      model = new TokenizerModel(in);
    }
    TokenizerME whole = new TokenizerME(model);
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Some 2,940 residents of Lorn's shelters (about 3,000) said: \"It's cold.\"",
                "The U.S. and Gen. Smith's aides met on Jan. 5 at 10:30 a.m.\u00a0-- $4.5bn, 12%!",
                "Tabs\tand\nnew lines, e-mail addresses (a@b.test) and 'quotes' ... end."));
    // every development article and feed (not the held-out sets), as raw text
    Path root = Path.of("src/test/resources/org/factdesk/verify");
    for (String set :
        List.of("news", "news-dev2", "news-dev3", "news-dev4", "news-dev5", "news-dev6")) {
      try (Stream<Path> files = Files.list(root.resolve(set))) {
        for (Path f : files.sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    int tokens = 0;
    for (String t : texts) {
      Span[] expected = whole.tokenizePos(t);
      assertThat(Tagger.shared().tokenizePos(t)).as(t.substring(0, 40)).isEqualTo(expected);
      tokens += expected.length;
    }
    assertThat(tokens).isGreaterThan(20_000);
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(Tagger.shared().tag("   ")).isEmpty();
  }

  @Test
  void longWordFormsAreSplitButNotRemembered() {
    Tagger t = Tagger.shared();
    String longWord = "x".repeat(Tagger.WORD_MEMO_MAX_CHARS) + "-and-more-of-the-same";
    t.tokenizePos("A word");
    int before = t.rememberedWordSplits();
    assertThat(t.tokenizePos("A " + longWord + " word")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(t.rememberedWordSplits()).isEqualTo(before);
  }

  @Test
  void aTextTaggedAgainComesFromTheRecentTexts() {
    String s = "The ministry said 41 people were held in Lyon on Tuesday.";
    List<Token> first = Tagger.shared().tag(s);
    assertThat(Tagger.shared().tag(s)).isSameAs(first);
    // tagging more than the memo holds drops the eldest, with the same tokens when tagged again
    for (int i = 0; i <= Tagger.RECENT_MAX; i++) {
      Tagger.shared().tag("Filler sentence number " + i + ".");
    }
    List<Token> again = Tagger.shared().tag(s);
    assertThat(again).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void capitalisedWordsJoinedByAHyphenAreOneToken() {
    assertThat(texts("Jean-Luc Moreau met the Secretary-General."))
        .contains("Jean-Luc", "Secretary-General");
    // a part that is itself a listed place stays apart, as do lower-case compounds
    assertThat(texts("Russia-Ukraine talks resumed.")).doesNotContain("Russia-Ukraine");
    assertThat(texts("A Kremlin-backed group.")).doesNotContain("Kremlin-backed");
  }

  private static java.util.List<String> texts(String s) {
    return Tagger.shared().tag(s).stream().map(Token::text).toList();
  }
}
