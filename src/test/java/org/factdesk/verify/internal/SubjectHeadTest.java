package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectHeadTest {
  @Test
  void twoSubjectsOfDifferentHeadNounsAreTwoSubjects() {
    assertThat(
            SubjectHead.other(
                "The bakery plans to hire 12 more staff next year.",
                "12 more staff",
                "The Dunmore laundry plans to hire 30 more staff next year.",
                "30 more staff"))
        .isEqualTo("laundry");
    assertThat(SubjectHead.head("The Dunmore laundry plans to hire 30 more staff."))
        .isEqualTo("laundry");
  }

  @Test
  void theSameHeadAGenericHeadOrAHeadNamedInTheOtherSentenceIsNoOtherSubject() {
    assertThat(
            SubjectHead.other(
                "The bakery plans to hire 12 more staff.",
                "12 more staff",
                "The Dunmore bakery plans to hire 30 more staff.",
                "30 more staff"))
        .isNull();
    assertThat(
            SubjectHead.other(
                "The bakery plans to hire 12 more staff.",
                "12 more staff",
                "The company plans to hire 30 more staff.",
                "30 more staff"))
        .isNull();
    assertThat(
            SubjectHead.other(
                "The bakery plans to hire 12 more staff.",
                "12 more staff",
                "The owner of the bakery plans to hire 30 more staff.",
                "30 more staff"))
        .isNull();
    // another head noun that names no other one: perhaps the claim's own in other words
    assertThat(
            SubjectHead.other(
                "The film earned 12 million dollars.",
                "12 million dollars",
                "The movie earned 15 million dollars.",
                "15 million dollars"))
        .isNull();
    // a compound of the other head: the same subject
    assertThat(
            SubjectHead.other(
                "The fire has burned 40 hectares of heath.",
                "40 hectares",
                "The Dunmore wildfire has burned 55 hectares of heath.",
                "55 hectares"))
        .isNull();
    // no determiner-led subject: nothing to compare
    assertThat(
            SubjectHead.other(
                "The bakery plans to hire 12 more staff.",
                "12 more staff",
                "Dunmore Laundry plans to hire 30 more staff.",
                "30 more staff"))
        .isNull();
  }
}
