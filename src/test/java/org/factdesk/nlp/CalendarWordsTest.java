package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void mayIsAMonthOnlyAfterAPrepositionOrBeforeADayOrAYear() {
    assertThat(CalendarWords.months("Prices may rise.")).isEmpty();
    assertThat(CalendarWords.months("Theresa May said so.")).isEmpty();
    assertThat(CalendarWords.months("It opened in May."))
        .extracting(n -> n.month())
        .containsExactly(Month.MAY);
    assertThat(CalendarWords.months("It opened on May 5.")).hasSize(1);
    assertThat(CalendarWords.months("Since mid-May it rained.").get(0).preposition())
        .isEqualTo("mid");
    assertThat(CalendarWords.months("It opened in June.").get(0).preposition()).isEqualTo("in");
    assertThat(CalendarWords.isMonthWord("March")).isTrue();
    assertThat(CalendarWords.isMonthWord("May")).isFalse();
  }

  @Test
  void aMonthAtTheStartOfASentenceHasItsPreposition() {
    assertThat(CalendarWords.months("In May, the council voted."))
        .extracting(n -> n.month())
        .containsExactly(Month.MAY);
    assertThat(CalendarWords.months("Since March the schools have been shut.").get(0).preposition())
        .isEqualTo("since");
    assertThat(CalendarWords.months("Since May the line has been closed.")).hasSize(1);
  }

  @Test
  void aBadSpanSaysBothEnds() {
    assertThatThrownBy(() -> new CalendarWords.Named(Month.MAY, null, 7, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7..3");
  }

  @Test
  void aWeekdayIsNotAPossessiveName() {
    assertThat(CalendarWords.WEEKDAY.matcher("on Monday").find()).isTrue();
    assertThat(CalendarWords.WEEKDAY.matcher("Monday's vote").find()).isFalse();
    assertThat(CalendarWords.isWeekdayWord("Friday")).isTrue();
  }
}
