package org.factdesk.nlp;

import java.util.Set;

/**
 * Words that make a capitalised name a place: geographic heads that end it ("Khyber Pass", "Rafah
 * Crossing", "Kennedy Airport"), or open it ("Lake Chad", "Mount Etna", "Strait of Messina"), and
 * lower-case place nouns after a one-word name ("Catania airport", "the Tengiz oil field"). Added
 * in session 5 (issue #4). Lower-case keys.
 */
final class PlaceWords {
  private PlaceWords() {}

  /** Last words of a place name. */
  static final Set<String> LAST =
      Set.of(
          "pass",
          "strait",
          "straits",
          "lake",
          "mountains",
          "mountain",
          "hills",
          "heights",
          "valley",
          "desert",
          "island",
          "islands",
          "bay",
          "gulf",
          "coast",
          "peninsula",
          "canal",
          "airport",
          "station",
          "harbour",
          "harbor",
          "crossing",
          "square",
          "bridge",
          "delta",
          "basin",
          "channel",
          "falls",
          "glacier",
          "reef",
          "plateau",
          "corridor",
          "forest",
          "dam",
          "field",
          "county",
          "district",
          "governorate",
          "prefecture",
          "city");

  /** First words of a place name ("Lake Chad", "Mount Etna", "Port of Dover"). */
  static final Set<String> FIRST =
      Set.of(
          "lake", "mount", "mt.", "cape", "strait", "straits", "port", "gulf", "bay", "isle", "sea",
          "fort", "river");

  /** Lower-case nouns after a one-word name that make it a place ("Catania airport"). */
  static final Set<String> AFTER =
      Set.of(
          "airport",
          "port",
          "harbour",
          "harbor",
          "region",
          "province",
          "district",
          "county",
          "oblast",
          "border",
          "coast",
          "valley",
          "area",
          "refinery",
          "crossing",
          "dam",
          "mine",
          "prison",
          "camp",
          "checkpoint");
}
