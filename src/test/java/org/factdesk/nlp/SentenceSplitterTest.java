package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.article.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
  private static List<String> texts(String text) {
    return SentenceSplitter.split(text, 0).stream().map(Sentence::text).toList();
  }

  /** Each case: the text, and its sentences joined by " | ". */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          Hello world. This is two.                                  # Hello world. | This is two.
          U.S. Gen. Alexus Grynkewich was present.                   # U.S. Gen. Alexus Grynkewich was present.
          He met Dr. Smith and Mr. Jones. They talked.               # He met Dr. Smith and Mr. Jones. | They talked.
          It was No. 5 on the list. No. The answer was no.           # It was No. 5 on the list. | No. | The answer was no.
          The answer is no. Then he left.                            # The answer is no. | Then he left.
          Talks in the U.S. The next round is in Geneva.             # Talks in the U.S. | The next round is in Geneva.
          The U.S. European Command said so.                         # The U.S. European Command said so.
          the U.S. and Europe agreed.                                # the U.S. and Europe agreed.
          J. K. Rowling wrote it. George W. Bush read it.            # J. K. Rowling wrote it. | George W. Bush read it.
          Growth was 3.5 percent. Prices rose 0.2%.                  # Growth was 3.5 percent. | Prices rose 0.2%.
          It cost $1.2 billion in 2014. 157 soldiers returned.       # It cost $1.2 billion in 2014. | 157 soldiers returned.
          "Stop!" he said. She did.                                  # "Stop!" he said. | She did.
          He said: "It is over." Then he left.                       # He said: "It is over." | Then he left.
          He said “it is over.” Then he left.                        # He said “it is over.” | Then he left.
          Wait... what happened? Nothing.                            # Wait... what happened? | Nothing.
          I waited... Nobody came.                                   # I waited... | Nobody came.
          I waited… Nobody came.                                     # I waited… | Nobody came.
          Really?! Yes.                                              # Really?! | Yes.
          Apple Inc. The company said so.                            # Apple Inc. | The company said so.
          Apple Inc. reported earnings.                              # Apple Inc. reported earnings.
          Apple Inc. Chief Tim Cook spoke.                           # Apple Inc. Chief Tim Cook spoke.
          It starts at 5 p.m. The doors open early.                  # It starts at 5 p.m. | The doors open early.
          It starts at 5 p.m. on Friday.                             # It starts at 5 p.m. on Friday.
          See e.g. Smith et al. for details.                         # See e.g. Smith et al. for details.
          It was signed on Jan. 5 in Paris.                          # It was signed on Jan. 5 in Paris.
          They met in Washington, D.C. The talks lasted hours.       # They met in Washington, D.C. | The talks lasted hours.
          (This is aside.) Next one.                                 # (This is aside.) | Next one.
          World War I. The war ended in 1918.                        # World War I. | The war ended in 1918.
          Sen. Warren and Rep. Ocasio-Cortez spoke. Gov. Newsom too. # Sen. Warren and Rep. Ocasio-Cortez spoke. | Gov. Newsom too.
          Visit example.com today. Or not.                           # Visit example.com today. | Or not.
          Yahoo! is a company.                                       # Yahoo! is a company.
          No terminal punctuation at all                             # No terminal punctuation at all
          Mr. and Mrs. Smith arrived. They sat down.                 # Mr. and Mrs. Smith arrived. | They sat down.
          The U.S.-led coalition grew. It now has 12 members.        # The U.S.-led coalition grew. | It now has 12 members.
          He moved to St. Louis in 2019. He stayed.                  # He moved to St. Louis in 2019. | He stayed.
          Profits rose 4.5%. Shares fell 1.2 points.                 # Profits rose 4.5%. | Shares fell 1.2 points.
          The vote was 7-2. "It is done," she said.                  # The vote was 7-2. | "It is done," she said.
          Is it over? "No," he said. 'Not yet.'                      # Is it over? | "No," he said. | 'Not yet.'
          See pp. 12-14 and Fig. 3 for the data.                     # See pp. 12-14 and Fig. 3 for the data.
          Lt. Gen. Ben Hodges (ret.) spoke.                          # Lt. Gen. Ben Hodges (ret.) spoke.
          """)
  void splits(String text, String expected) {
    assertThat(String.join(" | ", texts(text.strip()))).isEqualTo(expected.strip());
  }

  @Test
  void blankLineEndsASentence() {
    assertThat(texts("A headline without a stop\n\nThe body starts here."))
        .containsExactly("A headline without a stop", "The body starts here.");
  }

  @Test
  void singleNewlineDoesNotEndASentence() {
    assertThat(texts("A sentence wrapped\nover two lines. Next."))
        .containsExactly("A sentence wrapped\nover two lines.", "Next.");
  }

  @Test
  void offsetsAreExactAndShifted() {
    String text = "  First one.  Second “quoted.”  Third... ";
    List<Sentence> s = SentenceSplitter.split(text, 100);
    assertThat(s).hasSize(3);
    for (Sentence x : s) {
      assertThat(text.substring(x.start() - 100, x.end() - 100)).isEqualTo(x.text());
      assertThat(x.text()).isEqualTo(x.text().strip());
    }
    assertThat(s.get(0).start()).isEqualTo(102);
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(SentenceSplitter.split("", 0)).isEmpty();
    assertThat(SentenceSplitter.split(" \n\n ", 0)).isEmpty();
    assertThat(texts("...")).containsExactly("...");
  }

  @Test
  void seedParagraphSplitsIntoItsSentences() {
    String p =
        "The agreement emerged from a meeting between senior Russian and American military"
            + " officials in Abu Dhabi, United Arab Emirates, where U.S. Gen. Alexus Grynkewich,"
            + " commander of U.S. and NATO forces in Europe, was present. The talks between"
            + " American, Russian, and Ukrainian officials on ending the war entered their second"
            + " day.";
    assertThat(texts(p)).hasSize(2);
  }
}
