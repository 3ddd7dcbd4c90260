package org.factdesk.narrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # numbers with separators and scales
          the 1,000-kilometer front line | the one thousand kilometer front line
          1.3 million people | one point three million people
          $2.4 billion in aid | two point four billion dollars in aid
          2,014 drones | two thousand fourteen drones
          157 Russian servicemen | one hundred fifty-seven Russian servicemen
          a 0.5 share | a zero point five share
          12,345,678 votes | twelve million three hundred forty-five thousand six hundred seventy-eight votes
          it fell to -5 overnight | it fell to minus five overnight
          # percentages
          up 12% this year | up twelve percent this year
          a 3.5 percent rise | a three point five percent rise
          # ordinals
          the 1st, 2nd, 3rd and 21st days | the first, second, third and twenty-first days
          his 112th birthday | his one hundred twelfth birthday
          # years against counts
          in 2014 | in twenty fourteen
          in 2000 and 2005 | in two thousand and two thousand five
          since 1999 | since nineteen ninety-nine
          in the 1990s | in the nineteen nineties
          in late 2021 amid | in late twenty twenty-one amid
          # dates
          on Jan. 5, 2026 | on January fifth, twenty twenty-six
          on Sept. 11 | on September eleventh
          on 2026-01-05 | on January fifth, twenty twenty-six
          on 5 March 2023 | on the fifth of March, twenty twenty-three
          In March 2023, the | In March twenty twenty-three, the
          # times
          at 3:30 p.m. | at three thirty P M
          at 10 a.m. Tuesday | at ten A M Tuesday
          at 9:05 | at nine oh five
          at 14:00 | at fourteen hundred
          # abbreviations and acronyms
          the U.S. European Command | the U S European Command
          U.S. Gen. Alexus Grynkewich | U S General Alexus Grynkewich
          NATO forces | Nato forces
          an MQ-9 Reaper drone | an M Q nine Reaper drone
          F-35 jets | F thirty-five jets
          COVID-19 cases | Covid nineteen cases
          the FBI and the CIA | the F B I and the C I A
          several NGOs | several N G O's
          Dr. Smith vs. Mr. Jones | Doctor Smith versus Mister Jones
          World War II veterans | World War two veterans
          AT&T shares | A T and T shares
          No. 10 Downing St. | number ten Downing Street
          St. Petersburg | Saint Petersburg
          # currency
          $5.50 each | five dollars and fifty cents each
          $1 coin | one dollar coin
          €300 million | three hundred million euros
          £2bn deal | two billion pounds deal
          # units
          5 km away | five kilometers away
          1 km away | one kilometer away
          at 120 mph | at one hundred twenty miles per hour
          300 MW plant | three hundred megawatts plant
          # ranges
          10–12 | ten to twelve
          between 2010-2014 | between twenty ten to twenty fourteen
          10–12% | ten to twelve percent
          # symbols that must not be read aloud
          *Updated* [1] | Updated
          the claim[12] stands | the claim stands
          see https://www.example.com/page?id=3 now | see link to example dot com now
          rock & roll | rock and roll
          the devices—marking the first | the devices, marking the first
          """)
  void normalizes(String input, String expected) {
    assertThat(SpeechText.normalize(input)).isEqualTo(expected);
  }

  @Test
  void dropsSymbolOnlyText() {
    assertThat(SpeechText.normalize("*** | • ~")).isEmpty();
  }

  @Test
  void cutsQuotesIntoPhrases() {
    assertThat(
            SpeechText.phrases(
                "He added that “overall, those released are 18 people,” Lubinets said."))
        .containsExactly(
            "He added that", "overall, those released are eighteen people,", "Lubinets said.");
  }

  @Test
  void dropsTokensTooLongToSay() {
    assertThat(SpeechText.normalize("hash " + "a1b2".repeat(20) + " ends")).isEqualTo("hash ends");
  }

  @Test
  void cutsOverlongPhrasesAtCommasOrSpaces() {
    String clause = "the talks went on in the capital for another day";
    String sentence = String.join(", ", java.util.Collections.nCopies(40, clause)) + ".";
    java.util.List<String> phrases = SpeechText.phrases(sentence);
    assertThat(phrases).hasSizeGreaterThan(1);
    assertThat(phrases).allMatch(p -> p.length() <= SpeechText.MAX_PHRASE_CHARS);
    assertThat(String.join(" ", phrases)).isEqualTo(SpeechText.normalize(sentence));
  }

  @Test
  void cutsSingleQuotesButNotPossessives() {
    assertThat(SpeechText.phrases("He called it ‘a mistake’ on Monday."))
        .containsExactly("He called it", "a mistake", "on Monday.");
    assertThat(SpeechText.phrases("The officials’ talks ended."))
        .containsExactly("The officials' talks ended.");
  }

  @Test
  void keepsApostrophesInWords() {
    assertThat(SpeechText.phrases("Russia’s full-scale invasion didn't stop."))
        .containsExactly("Russia's full-scale invasion didn't stop.");
  }
}
