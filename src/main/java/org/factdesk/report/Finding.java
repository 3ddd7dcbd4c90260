package org.factdesk.report;

/**
 * What a structured check found, about one claim or about the article itself.
 *
 * @param check which check: "quantity", "time", "date", "role", "attribution", "consistency",
 *     "fact-check"
 * @param outcome "agrees", "disagrees" or "note"
 * @param detail one plain sentence with the numbers involved
 */
public record Finding(String check, String outcome, String detail) {
  public Finding {
    if (check == null || check.isBlank()) {
      throw new IllegalArgumentException("check must not be blank");
    }
    if (!"agrees".equals(outcome) && !"disagrees".equals(outcome) && !"note".equals(outcome)) {
      throw new IllegalArgumentException(
          "outcome must be agrees, disagrees or note, got " + outcome);
    }
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("detail must not be blank");
    }
  }
}
