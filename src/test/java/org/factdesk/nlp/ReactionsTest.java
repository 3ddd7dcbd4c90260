package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReactionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Tom Weiss welcomed the inquiry, welcomed, 1",
    "Tom Weiss Praises the budget, Praises, 1",
    "The union slams the offer, slams, -1",
    "Residents opposed the plan, opposed, -1",
    "The minister criticized the ruling, criticized, -1",
  })
  void findsTheVerbAndItsSide(String sentence, String verb, int side) {
    Matcher m = Reactions.VERB.matcher(sentence);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(verb);
    assertThat(Reactions.side(m.group(1))).isEqualTo(side);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"The welcome centre opened", "An opposition leader spoke", "Critics were quiet"})
  void otherWordsAreNoReaction(String sentence) {
    assertThat(Reactions.VERB.matcher(sentence).find()).isFalse();
  }
}
