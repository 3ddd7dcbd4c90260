package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffiliationCheckTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // another institution for the same expert
        "Dr Ana Roth of Kessel University said the water was safe.|Ana Roth, a chemist at Marn"
            + " University, said the water was safe.|disagrees",
        "Professor Ivo Stam of Lund Technical University led the survey.|The survey was led by"
            + " Dr Ivo Stam of the University of Brenn.|disagrees",
        // the same one, in other words
        "Dr Ana Roth of Kessel University said the water was safe.|Ana Roth, an air-quality"
            + " researcher at the University of Kessel, said so.|agrees",
        // someone else at another institution, or no institution given: nothing to say
        "Dr Ana Roth of Kessel University said the water was safe.|Ole Brandt, a chemist at Marn"
            + " University, said the water was safe.|none",
        "Dr Ana Roth of Kessel University said the water was safe.|Ana Roth said the water was"
            + " safe.|none",
        // a part of the name in common: not ruled out
        "Dr Ana Roth of Kessel University said so.|Ana Roth of Kessel Technical University said"
            + " so.|none",
      })
  void comparesAnExpertsInstitution(String claim, String passage, String expected) {
    assertThat(AffiliationCheck.check(claim, passage).map(Finding::outcome).orElse("none"))
        .isEqualTo(expected);
  }
}
