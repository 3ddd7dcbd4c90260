package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleCheckTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an office of the same company that shares no word: another title
        "The port's chief executive, Ines Kahl, said the quay would reopen.|Ines Kahl, Dorn"
            + " Port's finance director, said the quay would reopen.|disagrees",
        "The bank's chief executive, Ines Kahl, resigned.|The chairwoman of the bank, Ines Kahl,"
            + " resigned.|none",
        // "chief" is a rank many officers share: the chief executive is not the chief operating
        // officer, nor the chief financial officer
        "The firm's chief executive, Lena Dahl, said it would appeal.|Lena Dahl, the firm's chief"
            + " operating officer, said it would appeal.|disagrees",
        "Chief financial officer Tor Haug spoke.|Tor Haug, the firm's chief executive, spoke.|disagrees",
        "The firm's chief executive, Lena Dahl, spoke.|Lena Dahl, the firm's chief executive,"
            + " spoke.|agrees",
        // the owner's name is not part of the title
        "The airline's chief executive, Maria Voss, apologised.|Nordlys Air's chief executive,"
            + " Maria Voss, apologised on Saturday.|agrees",
        // the title given to someone else
        "The utility's chief executive, Lena Holm, spoke.|The utility's chief executive, Anders"
            + " Moe, spoke on Monday.|disagrees",
        // the same title of another named owner: another office, not a second holder of the
        // claim's
        "The club's captain, Sara Holm, scored twice.|Dunmore's captain, Lisa Berg, scored"
            + " twice.|none",
        "The club's captain, Sara Holm, scored twice.|Lisa Berg, Dunmore's captain, scored"
            + " twice.|none",
        "Dunmore's captain, Sara Holm, scored twice.|Dunmore's captain, Lisa Berg, scored"
            + " twice.|disagrees",
        // "CEO" is "chief executive"; a managing director can be the chief executive
        "CEO Maria Voss apologised.|Chief executive Maria Voss apologised on Saturday.|agrees",
        "The firm's managing director, Ola Berg, spoke.|Ola Berg, the firm's chief executive,"
            + " spoke.|none",
        // one title within the other
        "The firm's managing director, Ola Berg, spoke.|Ola Berg, the firm's director, spoke.|agrees",
        // a plural owner ("the Rovers' chairman") and a title of a club's officer
        "Sporting director Ida Holt said the stand would open.|Ida Holt, the Rovers' chairman,"
            + " said the stand would open.|disagrees",
        "Club chairman Ida Holt said the stand would open.|Ida Holt, the Rovers' chairman, said"
            + " the stand would open.|agrees",
        // councillors, chiefs and coaches are titles too
        "Housing councillor Per Nyland said rents would rise.|Per Nyland, the council's finance"
            + " councillor, said rents would rise.|disagrees",
        "Police chief Mona Dale said two men were held.|Mona Dale, a spokeswoman for the police,"
            + " said two men were held.|disagrees",
        "Head coach Ari Lund praised the team.|Head coach Ari Lund praised his players.|agrees",
        // a treasurer is no deputy mayor; a mayor may be a councillor
        "The treasurer, Nils Berg, said the budget was balanced.|Deputy mayor Nils Berg said the"
            + " budget was balanced.|disagrees",
        "Treasurer Nils Berg said the budget was balanced.|Nils Berg, the club's treasurer, said"
            + " the budget was balanced.|agrees",
        "Mayor Nils Berg said the budget was balanced.|Councillor Nils Berg said the budget was"
            + " balanced.|none",
        // a role given by a verb: heading a unit is not chairing the board
        "Board chair Eva Nilsen said the ward would close.|Eva Nilsen, who leads the hospital's"
            + " surgery division, said the ward would close.|disagrees",
        "Board chair Eva Nilsen said the ward would close.|Eva Nilsen, who heads clinical"
            + " assessment at the board, said the ward would close.|disagrees",
        "Board chair Eva Nilsen said the ward would close.|Eva Nilsen, who chairs the board, said"
            + " the ward would close.|agrees",
        // a title with a lower-case qualifier of the festival's own office
        "The festival's treasurer, Ingrid Moe, spoke.|Ingrid Moe, the festival's programme"
            + " manager, spoke.|disagrees",
        // an owner of lower-case words before its possessive: a deputy is not the head
        "Water board director Ines Lund told the hearing the pumps failed.|Ines Lund, the water"
            + " board's deputy director, told the hearing the pumps failed.|disagrees",
        "Water board director Ines Lund told the hearing the pumps failed.|Ines Lund, the water"
            + " board's director, told the hearing the pumps failed.|agrees",
        // a verb after the name is no title: "who chairs" does not make her "chair"
        "Board chairwoman Eva Lind said the ban starts in May.|Eva Lind, who chairs the board,"
            + " said the ban starts in May.|none",
      })
  void comparesOfficersTitles(String claim, String passage, String expected) {
    assertThat(RoleCheck.check(claim, passage).map(Finding::outcome).orElse("none"))
        .isEqualTo(expected);
  }
}
