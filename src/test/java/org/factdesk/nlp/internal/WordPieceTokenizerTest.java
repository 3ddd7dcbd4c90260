package org.factdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  private static WordPieceTokenizer tiny() throws Exception {
    String json =
        "{\"version\":\"1.0\",\"model\":{\"type\":\"WordPiece\",\"vocab\":{"
            + "\"[PAD]\":0,\"[UNK]\":1,\"[CLS]\":2,\"[SEP]\":3,\"un\":4,\"##aff\":5,\"##able\":6,"
            + "\",\":7,\"cafe\":8,\"!\":9}}}";
    return WordPieceTokenizer.fromTokenizerJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void splitsIntoLongestWordPieces() throws Exception {
    assertThat(tiny().encode("unaffable", 16)).containsExactly(2, 4, 5, 6, 3);
  }

  @Test
  void lowerCasesStripsAccentsAndSplitsPunctuation() throws Exception {
    assertThat(tiny().encode("CAFÉ, unaffable!", 16)).containsExactly(2, 8, 7, 4, 5, 6, 9, 3);
  }

  @Test
  void unknownWordsBecomeUnk() throws Exception {
    assertThat(tiny().encode("zebra", 16)).containsExactly(2, 1, 3);
  }

  @Test
  void truncatesKeepingSep() throws Exception {
    assertThat(tiny().encode("unaffable unaffable", 4)).containsExactly(2, 4, 5, 3);
  }

  @Test
  void encodesAPairWithBothSeparatorsAndCutsTheFirstText() throws Exception {
    WordPieceTokenizer t = tiny();
    assertThat(t.encodePair("cafe", "unaffable!", 4, 16)).containsExactly(2, 8, 3, 4, 5, 6, 9, 3);
    assertThat(t.encodePair("unaffable cafe", "cafe", 2, 16)).containsExactly(2, 4, 5, 3, 8, 3);
    // the second text gets what is left of the total length
    assertThat(t.encodePair("cafe", "unaffable", 1, 6)).containsExactly(2, 8, 3, 4, 5, 3);
    assertThat(t.piece(5)).isEqualTo("##aff");
    assertThat(t.piece(99)).isEqualTo("[UNK]");
  }

  @Test
  void basicTokensIgnoreLocale() {
    assertThat(WordPieceTokenizer.basicTokens("ISTANBUL Iğdır"))
        .containsExactly("istanbul", "igdır");
  }
}
