package org.factdesk.nlp;

/**
 * A named person, organisation or place in a text, with the title, affiliation and descriptive role
 * the text gives it.
 *
 * @param name the name as written, without title ("Volodymyr Zelenskyy", "Defense Ministry")
 * @param start start offset of the name in the analysed text
 * @param end end offset of the name (exclusive)
 * @param type what kind of actor it is
 * @param title title or role before the name ("President", "Gen.", "special envoy"), or null
 * @param affiliation nationality or owner modifier ("Ukrainian", "Russia's", "U.S."), or null
 * @param role appositive description ("commander of U.S. and NATO forces in Europe"), or null
 */
public record Actor(
    String name, int start, int end, Type type, String title, String affiliation, String role) {

  /** Kind of actor. */
  public enum Type {
    PERSON,
    ORG,
    PLACE,
    UNKNOWN
  }

  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start < end, got " + start + ".." + end);
    }
    if (type == null) {
      throw new IllegalArgumentException("type must not be null for " + name);
    }
  }

  /** The actor with a different type. */
  public Actor withType(Type t) {
    return new Actor(name, start, end, t, title, affiliation, role);
  }
}
