package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class WrongTitleTest {
  private static final Finding ROLE_WRONG =
      new Finding("role", "disagrees", "The claim calls Lena Dahl chief executive, but ...");
  private static final Finding SAID = new Finding("statement", "agrees", "The evidence quotes ...");
  private static final Finding FIGURE = new Finding("quantity", "agrees", "The claim's 5% ...");
  private static final Finding DATE = new Finding("date", "agrees", "The same day ...");

  @Test
  void whatWasSaidDoesNotOutweighAWrongTitle() {
    List<List<Finding>> out =
        WrongTitle.apply(List.of(List.of(ROLE_WRONG), List.of(SAID)), List.of(-1, -1));
    assertThat(out.get(0)).containsExactly(ROLE_WRONG);
    assertThat(out.get(1)).hasSize(1);
    assertThat(out.get(1).get(0).outcome()).isEqualTo("note");
    assertThat(out.get(1).get(0).detail()).contains("not its title");
  }

  @Test
  void aPassageThatConfirmsTheTitleKeepsItsAgreement() {
    List<Finding> confirms = List.of(new Finding("role", "agrees", "Lena Dahl is ..."), SAID);
    List<List<Finding>> out =
        WrongTitle.apply(List.of(List.of(ROLE_WRONG), confirms), List.of(-1, -1));
    assertThat(out.get(1)).isEqualTo(confirms);
  }

  @Test
  void withoutAWrongTitleOrOnlyInACopyNothingChanges() {
    List<List<Finding>> none = List.of(List.of(SAID), List.of(FIGURE));
    assertThat(WrongTitle.apply(none, List.of(-1, -1))).isEqualTo(none);
    List<List<Finding>> copied = List.of(List.of(SAID), List.of(ROLE_WRONG));
    assertThat(WrongTitle.apply(copied, List.of(-1, 0))).isEqualTo(copied);
  }

  @Test
  void aFigureAgreeingElsewhereIsNotTheTitleButADateSaysNothing() {
    List<List<Finding>> out =
        WrongTitle.apply(
            List.of(List.of(ROLE_WRONG), List.of(FIGURE), List.of(DATE)), List.of(-1, -1, -1));
    assertThat(out.get(1).get(0).outcome()).isEqualTo("note");
    assertThat(out.get(2)).containsExactly(DATE);
  }

  @Test
  void oneCopyIndexPerPassage() {
    assertThatThrownBy(() -> WrongTitle.apply(List.of(List.of(SAID)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0 for 1");
  }
}
