package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteCheckTest {
  private static final String CLAIM =
      "“The river has never risen this fast,” said the harbour master, Jon Dahl.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the same words from someone else: the speaker is wrong
        "“The river has never risen this fast,” said Mayor Anna Berg.|true",
        "Anna Berg, the mayor, said: “The river has never risen this fast.”|true",
        // the claim's speaker named: not this check's
        "“The river has never risen this fast,” said harbour master Jon Dahl.|false",
        "“The river has never risen this fast,” Dahl told reporters.|false",
        // found in review: the name before a full stop or a possessive, and a sentence's first
        // word or a weekday, are no other speaker
        "“The river has never risen this fast,” said Dahl.|false",
        "“The river has never risen this fast,” Dahl's office said.|false",
        "Speaking on Monday, he said: “The river has never risen this fast.”|false",
        // other words, or no name
        "“We closed the harbour at noon,” said Mayor Anna Berg.|false",
        "“The river has never risen this fast,” one resident said.|false",
      })
  void aQuoteGivenToSomeoneElseDisagrees(String passage, boolean disagrees) {
    assertThat(QuoteCheck.check(CLAIM, passage).map(f -> f.outcome().equals("disagrees")))
        .isEqualTo(disagrees ? java.util.Optional.of(true) : java.util.Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "“The ban was always a blunt instrument,” said Nina Berg, who chairs the association.|true",
        "Rolf Eid called the ruling “a sad day for renters”.|false",
        "“It was a blunt ban,” said Nina Berg.|false",
      })
  void aShortQuoteOfTwoContentWordsIsComparedToo(String passage, boolean disagrees) {
    String claim = "Tenants' union leader Rolf Eid called the ban “a blunt instrument”.";
    assertThat(QuoteCheck.check(claim, passage).map(f -> f.outcome().equals("disagrees")))
        .isEqualTo(disagrees ? java.util.Optional.of(true) : java.util.Optional.empty());
  }
}
