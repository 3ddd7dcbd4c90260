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
        // a verb the tagger reads as an auxiliary ("won" AUX) is still an action
        "Lena Hauge won the Fjell Rally by 48 seconds on Sunday.|true",
        "Lena Hauge was in the lead on Sunday.|false",
        // a modal in what a court ruled or someone said is not the writer's
        "The district court in Varna ruled on Monday that the company must pay its drivers.|true",
        "The labour court ruled on Tuesday that couriers should be treated as employees.|true",
        "The company must pay its drivers more on Monday.|false",
        // plans with a short verb or a passive
        "The paintings will go on show at the city gallery next spring.|true",
        "The find will be displayed at the county museum from next summer.|true",
        "The winter will be a long one.|false",
        // records, firsts and placings of a named or definite subject
        "Hauge is the first woman to win the Fjell Rally.|true",
        "The tusk is the largest ever found in the valley.|true",
        "It is the best film I have ever seen.|false",
        "A record is the largest thing ever made.|false",
        "Tomas Eik finished second in the rally.|true",
        "Tomas Eik finished second time round.|false",
        // a size measured
        "The tusk measures 2.4 metres.|true",
        "The new bridge is 300 metres long.|true",
        "It measures 2.4 metres.|false",
        // a quote given by a verb of naming to a named subject
        "Team boss Arne Holt called the result “a dream come true”.|true",
        "Hauge called the win “the best day of my life”.|true",
        "She called the win “the best day of my life”.|false",
        "The club called the result “a dream come true”.|false",
        // a measurable superlative with its scope, in a predicate or beside the subject
        "The new arena is the largest indoor venue in the country.|true",
        "It is the oldest award of its kind.|true",
        "The Harrow depot, the busiest freight yard on the coast, reopened.|true",
        "The library is the pride of the town.|false",
        "It is the most beautiful hall in the country.|false",
        "The museum is arguably the largest in the region.|false",
        "Mira Lund was the first nurse from the valley to win the award.|true",
        // a passive with its agent
        "The panel was chaired by the economist Vera Dahl.|true",
        "The review is led by a former auditor.|true",
        "The roof repairs were carried out by the builder Nord Tak.|true",
        "It was built by the council.|false",
        "The valley is surrounded by forests.|false",
        // the state of a decision
        "The board's decision was unanimous.|true",
        "The final vote was 11 to 3.|true",
        "The committee was split on the plan.|true",
        "The weather was split between sun and rain.|false",
        "Was the vote unanimous?|false",
        // a selection from a count
        "The judges chose the poem from a shortlist of five entries.|true",
        "The board picked the new director out of 40 applicants.|true",
        "The judges chose the poem.|false",
        // what a named speaker said in a setting
        "Vera Dahl said in her opening remarks that the bank had lost money.|true",
        "Dahl said in her speech that the bank's money came from the state.|true",
        "Inspector Tor Lie told the tribunal that the gate had been left open.|true",
        "Residents said in the survey that the park is probably too small.|false",
        "They told the meeting that the gate had been left open.|false",
        // an action of a person named in full
        "The club's founder, Ola Brun, opened the new stand.|true",
        "Finance minister Eva Sand visited the factory.|true",
        "The club opened the new stand.|false",
        "Ola Brun will open the new stand.|true",
        "Everyone should visit the new stand.|false",
      })
  void reportedEventsAndPlansAreClaims(String sentence, boolean expected) {
    assertThat(ReportedEvents.reports(ClaimStructure.of(sentence, DAY))).isEqualTo(expected);
  }
}
