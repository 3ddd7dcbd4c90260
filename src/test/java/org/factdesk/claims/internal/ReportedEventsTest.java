package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.claims.ClaimStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedEventsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Talks with the bus drivers' union will resume next week.|true",
        "Construction of the new town hall began in June.|true",
        "Carrow Motors will build a battery plant in Carrow.|true",
        "The council plans to close two of its libraries.|true",
        "It will be a long winter.|false",
        "Will the talks resume next week?|false",
        "The weather was nice.|false",
        "Residents say the new hall is probably too expensive.|false",
        "Schools in Dorn remain closed.|true",
        "Lena Voss remains in custody.|true",
        "Opposition leader Tom Weiss welcomed the inquiry.|true",
        "Opposition leader Tom Weiss slammed the inquiry.|true",
        "Mayor Lena Voss praises the new budget.|true",
        "The door remains closed.|false",
        "They welcomed the inquiry in Dorn.|false",
        "Observers from the Civic Watch group reported no serious irregularities.|true",
        "Inspectors from the city veterinary office found no serious failings.|true",
        "They found no serious failings.|false",
        "Observers reported that the vote was calm.|false",
        "The company blamed the collapse on a small earthquake.|true",
        "The contractor put the burst down to the age of the pipe.|true",
        "The company praised the workers on the night shift.|false",
        "“We were lucky nobody was hurt,” said the mayor, Petra Lund.|true",
        "“We were lucky nobody was hurt,” she said.|false",
        // a pronoun before the quote is no named speaker
        "He said: “We were lucky nobody was hurt.”|false",
        "Petra Lund said: “We were lucky nobody was hurt.”|true",
        // a team or a company with a plural verb
        "Harbor City lead the table by four points.|true",
        "Norsk Rail say the repairs went well.|true",
        "Tolsby United lead the league after beating Varn.|true",
        // a single name, an auxiliary, a sentence that starts otherwise
        "Residents lead busy lives in the old town.|false",
        "Harbor City have a long history of football.|false",
        "In Harbor City people lead busy lives.|false",
        // a subject named by its age, with an appositive
        "An eight-year-old, the youngest player in the field, beat a grandmaster.|true",
        "A ten-year-old boy from Dorn rescued his sister from the river.|true",
        "An eight-year-old would be too young for that.|false",
      })
  void reportedEventsAndPlansAreClaims(String sentence, boolean expected) {
    assertThat(ReportedEvents.reports(ClaimStructure.of(sentence, DAY))).isEqualTo(expected);
  }
}
