package org.factdesk.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;

/**
 * A seeded generator of news-like text for the speed benchmark: short wire stories of one to four
 * sentences about places, people in roles, counts, amounts, percentages and dates, from 16 sentence
 * templates and a few hundred words of vocabulary. The article checked is drawn from the same
 * generator, so that every claim finds many passages about the same places and things (the costly
 * case: every claim has its full share of candidate evidence).
 */
final class SpeedCorpus {
  /** Bumped whenever the text generated changes, so that a stored index is rebuilt. */
  static final int VERSION = 3;

  private static final String[] PLACES = {
    "Northfield",
    "Hallen",
    "Vellmar",
    "Marlow Bay",
    "Skerra",
    "Ostend",
    "Lindau",
    "Porto Vell",
    "Kestrel Point",
    "Arnsby",
    "Dunmere",
    "Calder Falls",
    "Brightwater",
    "Esselen",
    "Tarvik",
    "Morrow County",
    "Redhill",
    "Saint Anselm",
    "Greyhaven",
    "Old Quay",
    "Ferrant",
    "Wexley",
    "Lowmoor",
    "Carrow",
    "Halden Ridge",
    "Pellham",
    "Rostock Vale",
    "Ambler",
    "Ketterby",
    "Sorrel"
  };
  private static final String[] FIRST = {
    "Maria", "Jonas", "Aisha", "Tomas", "Helen", "Rafael", "Ingrid", "Kwame", "Lena", "Samir",
    "Oksana", "David", "Priya", "Mateo", "Sofia", "Emeka", "Hanna", "Louis", "Yusuf", "Clara"
  };
  private static final String[] LAST = {
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Brandt",
    "Costa",
    "Ferreira",
    "Nakamura",
    "Hughes",
    "Kowalski",
    "Haddad",
    "Petrov",
    "Varga",
    "Mendez",
    "Olsen",
    "Rahman",
    "Keller",
    "Duarte"
  };
  private static final String[] ROLES = {
    "Foreign Minister", "Defence Minister", "Health Minister", "Finance Minister", "mayor",
    "police chief", "fire chief", "governor", "central bank governor", "port director",
    "chief medical officer", "transport secretary", "union leader", "energy minister"
  };
  private static final String[] BODIES = {
    "the fire service", "the statistics office", "the health authority", "the port authority",
    "the transport ministry", "the central bank", "the weather service", "the city council",
    "the coast guard", "the education board", "the housing agency", "the energy regulator"
  };
  private static final String[] COUNTED = {
    "homes",
    "containers",
    "teachers",
    "passengers",
    "visitors",
    "jobs",
    "trees",
    "hospital beds",
    "vehicles",
    "flights",
    "students",
    "nurses",
    "households",
    "tonnes of grain",
    "vaccine doses",
    "new cases",
    "arrests",
    "wind turbines",
    "bus routes",
    "apartments"
  };
  private static final String[] EVENTS = {
    "the storm",
    "the flooding",
    "the strike",
    "the heatwave",
    "the power cut",
    "the landslide",
    "the wildfire",
    "the rail closure",
    "the outbreak",
    "the drought"
  };
  private static final String[] VERBS = {
    "damaged",
    "affected",
    "cut",
    "added",
    "counted",
    "recorded",
    "lost",
    "reported",
    "closed",
    "opened"
  };
  private static final String[] MEASURES = {
    "unemployment",
    "inflation",
    "turnout",
    "the budget deficit",
    "rainfall",
    "hospital occupancy",
    "ridership",
    "electricity prices",
    "rents",
    "exports"
  };
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ROOT);

  private final long seed;
  private final int variants;

  /** Draws the words. */
  private SplittableRandom r;

  /** Draws the figures and dates (so that variants of a story differ only in them). */
  private SplittableRandom n;

  /**
   * @param seed the seed
   * @param variants documents per story: consecutive documents tell the same story in the same
   *     words with other figures and dates, as outlets do with a wire story (1: every document its
   *     own story)
   */
  SpeedCorpus(long seed, int variants) {
    if (variants < 1) {
      throw new IllegalArgumentException("variants must be >= 1, got " + variants);
    }
    this.seed = seed;
    this.variants = variants;
    this.r = new SplittableRandom(seed);
    this.n = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  private static long mix(long a, long b) {
    return a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
  }

  private String pick(String[] words) {
    return words[r.nextInt(words.length)];
  }

  private String person() {
    return pick(FIRST) + " " + pick(LAST);
  }

  private String count() {
    int kind = r.nextInt(5);
    if (kind == 0) {
      return Integer.toString(10 + n.nextInt(990));
    }
    if (kind == 1) {
      return String.format(Locale.ROOT, "%,d", 1_000 + n.nextInt(99_000));
    }
    if (kind == 2) {
      return String.format(Locale.ROOT, "%,d", 100_000 + n.nextInt(9_900_000));
    }
    if (kind == 3) {
      return (r.nextBoolean() ? "nearly " : "more than ")
          + (1 + n.nextInt(9))
          + "."
          + n.nextInt(10)
          + " million";
    }
    return "about " + (2 + n.nextInt(98)) * 100;
  }

  private String percent() {
    return (n.nextInt(200) / 10.0) + " percent";
  }

  private String date() {
    LocalDate d = LocalDate.of(2019 + n.nextInt(7), 1 + r.nextInt(12), 1 + n.nextInt(28));
    return d.format(DAY);
  }

  private int year() {
    return 2010 + n.nextInt(16);
  }

  /** One sentence about {@code place}. */
  String sentence(String place) {
    switch (r.nextInt(16)) {
      case 0:
        return capital(pick(BODIES))
            + " in "
            + place
            + " said "
            + pick(EVENTS)
            + " "
            + pick(VERBS)
            + " "
            + count()
            + " "
            + pick(COUNTED)
            + ".";
      case 1:
        return capital(pick(ROLES))
            + " "
            + person()
            + " said on "
            + date()
            + " that "
            + count()
            + " "
            + pick(COUNTED)
            + " had been "
            + pick(VERBS)
            + " in "
            + place
            + ".";
      case 2:
        return "In "
            + place
            + ", "
            + pick(MEASURES)
            + " rose to "
            + percent()
            + " in "
            + Month.of(1 + r.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + ", according to "
            + pick(BODIES)
            + ".";
      case 3:
        return capital(pick(MEASURES))
            + " in "
            + place
            + " fell by "
            + percent()
            + " from a year earlier, the lowest level since "
            + year()
            + ".";
      case 4:
        return "It was the first time in "
            + (2 + n.nextInt(9))
            + " years that "
            + place
            + " had "
            + pick(VERBS)
            + " so many "
            + pick(COUNTED)
            + ".";
      case 5:
        return person()
            + ", the "
            + pick(ROLES)
            + " of "
            + place
            + ", met "
            + person()
            + " on "
            + date()
            + " to discuss "
            + pick(EVENTS)
            + ".";
      case 6:
        return "Officials in "
            + place
            + " expect "
            + count()
            + " "
            + pick(COUNTED)
            + " by "
            + year()
            + ", up from "
            + count()
            + " last year.";
      case 7:
        return "According to "
            + person()
            + ", "
            + pick(EVENTS)
            + " cost "
            + place
            + " "
            + (2 + n.nextInt(400))
            + " million euros.";
      case 8:
        return "The "
            + pick(ROLES)
            + " denied that "
            + place
            + " had "
            + pick(VERBS)
            + " "
            + count()
            + " "
            + pick(COUNTED)
            + " since "
            + year()
            + ".";
      case 9:
        return capital(pick(BODIES))
            + " reported "
            + count()
            + " "
            + pick(COUNTED)
            + " across "
            + place
            + " and "
            + pick(PLACES)
            + " in the week to "
            + date()
            + ".";
      case 10:
        return "Residents of "
            + place
            + " were told to stay indoors as "
            + pick(EVENTS)
            + " moved north on "
            + date()
            + ".";
      case 11:
        return "A spokesperson for "
            + pick(BODIES)
            + " said the figure of "
            + count()
            + " "
            + pick(COUNTED)
            + " in "
            + place
            + " was provisional.";
      case 12:
        return person()
            + " became "
            + pick(ROLES)
            + " of "
            + place
            + " in "
            + year()
            + " after "
            + (2 + n.nextInt(15))
            + " years as deputy.";
      case 13:
        return "Between "
            + year()
            + " and "
            + year()
            + ", "
            + place
            + " "
            + pick(VERBS)
            + " "
            + percent()
            + " of its "
            + pick(COUNTED)
            + ", a report found.";
      case 14:
        return "The number of "
            + pick(COUNTED)
            + " in "
            + place
            + " has doubled to "
            + count()
            + " since "
            + pick(EVENTS)
            + ".";
      default:
        return "Not all of the "
            + count()
            + " "
            + pick(COUNTED)
            + " promised to "
            + place
            + " in "
            + year()
            + " arrived, "
            + pick(BODIES)
            + " said.";
    }
  }

  /** A wire story of one to four sentences about one place. */
  String story() {
    String place = pick(PLACES);
    int sentences = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(sentence(place));
    }
    return sb.toString();
  }

  /** The {@code i}-th generated news document, published some hours apart from {@code t0}. */
  EvidenceDocument document(int i, Instant t0) {
    r = new SplittableRandom(mix(seed, i / variants));
    n = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, i));
    String text = story();
    return new EvidenceDocument(
        "https://bench.test/" + i,
        null,
        "Source " + (i % 50),
        t0.plusSeconds(1800L * i),
        t0,
        EvidenceCollection.NEWS,
        text,
        Map.of());
  }

  /** Paragraphs of about {@code words} words (four sentences each, about one place each). */
  List<String> article(int words) {
    List<String> paras = new ArrayList<>();
    int total = 0;
    while (total < words) {
      String place = pick(PLACES);
      StringBuilder p = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        String s = sentence(place);
        if (k > 0) {
          p.append(' ');
        }
        p.append(s);
        total += s.split("\\s+").length;
      }
      paras.add(p.toString());
    }
    return paras;
  }

  /** The publication day used for the article. */
  static Instant articleTime() {
    return LocalDate.of(2026, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
