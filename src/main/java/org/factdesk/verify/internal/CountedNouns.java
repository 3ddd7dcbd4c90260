package org.factdesk.verify.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counted nouns that news reports use for one another ("240,000 households" and "236,000 homes",
 * "pupils" and "children" off school, "commuters" and "passengers"): near, not the same, so a
 * figure for a near noun is for the claim's thing only when the sentences share more words (see
 * {@link org.factdesk.verify.Quantity#sameThing}).
 */
public final class CountedNouns {
  private static final List<List<String>> GROUPS =
      List.of(
          // a utility's "customers" without power are households
          List.of("household", "home", "house", "homes", "dwelling", "property", "customer"),
          List.of("pupil", "student", "child", "children", "schoolchild", "schoolchildren"),
          List.of("passenger", "commuter", "traveller", "traveler", "rider"),
          List.of("worker", "employee", "staff", "job", "person"),
          // a town "of 11,800 people" has "about 12,000 inhabitants"
          List.of("resident", "inhabitant", "person", "population", "citizen"),
          List.of("doctor", "physician"),
          List.of("car", "vehicle"),
          // "426 farm machines" on the road against "more than 400 tractors"
          List.of("tractor", "machine", "vehicle"),
          // "84 finds" of a dig against "more than 80 objects", "pieces" or "items"
          List.of("object", "find", "item", "artefact", "artifact", "piece"),
          List.of("bed", "place"),
          // "about 310,000 birds" culled against "306,000 hens and ducks"
          List.of("bird", "hen", "chicken", "duck", "goose", "geese", "turkey", "poultry"),
          // "212,000 people were eligible" against "212,400 voters were registered"
          List.of("voter", "elector", "person"),
          // a timetable's "40 extra trains a day" are "24 additional services" or "journeys"
          List.of("train", "service", "journey", "departure", "connection", "trip"),
          // "killed four people" against "four deaths" or "the dead"; "the loss of 41 lives"
          // ("lives" stems to "live")
          List.of("death", "fatality", "dead", "person", "life", "live"),
          // a player's "twelve caps" are his "12 internationals" or "appearances" for his country
          List.of("cap", "international", "appearance"));

  /**
   * Counted nouns that name the very same things, so that a figure for one is a figure for the
   * other as if the noun were the same ("37 nations" and "41 countries"; a dig's "84 finds" and
   * "objects", "artefacts" or "items").
   */
  private static final List<List<String>> SAME =
      List.of(
          List.of("country", "nation"),
          List.of("object", "find", "artefact", "artifact", "item"),
          List.of("arrest", "detention"));

  /** Per normalised noun, the group of {@link #SAME} it belongs to. */
  private static final Map<String, Integer> SAME_GROUP = new HashMap<>();

  static {
    for (int g = 0; g < SAME.size(); g++) {
      for (String w : SAME.get(g)) {
        SAME_GROUP.put(TextSignals.stem(w), g);
      }
    }
  }

  /**
   * True when the two normalised counted nouns differ but name the same things ({@link #SAME}): a
   * figure for one meets a figure for the other as a figure for the same noun does.
   */
  public static boolean same(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    Integer ga = SAME_GROUP.get(a);
    return ga != null && ga.equals(SAME_GROUP.get(b));
  }

  /** Per normalised noun, the groups it belongs to ("person" counts workers and residents). */
  private static final Map<String, Set<Integer>> GROUP = new HashMap<>();

  static {
    for (int g = 0; g < GROUPS.size(); g++) {
      for (String w : GROUPS.get(g)) {
        GROUP.computeIfAbsent(TextSignals.stem(w), k -> new HashSet<>()).add(g);
      }
    }
  }

  private CountedNouns() {}

  /** True when the two normalised counted nouns differ but stand for one another. */
  public static boolean near(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    Set<Integer> ga = GROUP.getOrDefault(a, Set.of());
    Set<Integer> gb = GROUP.getOrDefault(b, Set.of());
    return ga.stream().anyMatch(gb::contains);
  }
}
