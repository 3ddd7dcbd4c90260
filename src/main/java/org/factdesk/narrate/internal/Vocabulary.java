package org.factdesk.narrate.internal;

import java.util.Map;
import java.util.Set;

/** Word lists for speech normalisation: abbreviations, acronyms, months, units, currencies. */
final class Vocabulary {
  private Vocabulary() {}

  /** Abbreviations with a dot that expand to one word wherever they appear. */
  static final Map<String, String> DOTTED =
      Map.ofEntries(
          Map.entry("Gen", "General"),
          Map.entry("Lt", "Lieutenant"),
          Map.entry("Col", "Colonel"),
          Map.entry("Maj", "Major"),
          Map.entry("Capt", "Captain"),
          Map.entry("Sgt", "Sergeant"),
          Map.entry("Adm", "Admiral"),
          Map.entry("Cmdr", "Commander"),
          Map.entry("Gov", "Governor"),
          Map.entry("Sen", "Senator"),
          Map.entry("Rep", "Representative"),
          Map.entry("Pres", "President"),
          Map.entry("Amb", "Ambassador"),
          Map.entry("Dr", "Doctor"),
          Map.entry("Mr", "Mister"),
          Map.entry("Mrs", "Missus"),
          Map.entry("Ms", "Miz"),
          Map.entry("Prof", "Professor"),
          Map.entry("Rev", "Reverend"),
          Map.entry("Hon", "Honorable"),
          Map.entry("Jr", "Junior"),
          Map.entry("Sr", "Senior"),
          Map.entry("Mt", "Mount"),
          Map.entry("Ft", "Fort"),
          Map.entry("Inc", "Incorporated"),
          Map.entry("Corp", "Corporation"),
          Map.entry("Ltd", "Limited"),
          Map.entry("Co", "Company"),
          Map.entry("Dept", "Department"),
          Map.entry("Univ", "University"),
          Map.entry("Ave", "Avenue"),
          Map.entry("Blvd", "Boulevard"),
          Map.entry("approx", "approximately"),
          Map.entry("est", "estimated"),
          Map.entry("vs", "versus"),
          Map.entry("etc", "et cetera"),
          Map.entry("Fig", "Figure"));

  static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "January"),
          Map.entry("feb", "February"),
          Map.entry("mar", "March"),
          Map.entry("apr", "April"),
          Map.entry("may", "May"),
          Map.entry("jun", "June"),
          Map.entry("jul", "July"),
          Map.entry("aug", "August"),
          Map.entry("sep", "September"),
          Map.entry("sept", "September"),
          Map.entry("oct", "October"),
          Map.entry("nov", "November"),
          Map.entry("dec", "December"));

  static final String[] MONTH_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** All-capital acronyms that are read as words. */
  static final Set<String> WORD_ACRONYMS =
      Set.of(
          "NATO",
          "NASA",
          "OPEC",
          "UNESCO",
          "UNICEF",
          "FEMA",
          "AIDS",
          "COVID",
          "NAFTA",
          "ASEAN",
          "INTERPOL",
          "SWAT",
          "ISIS",
          "OSHA",
          "LASER",
          "RADAR",
          "SCUBA",
          "SARS",
          "MERS",
          "UEFA",
          "FIFA",
          "NASDAQ",
          "SEATO",
          "MERCOSUR",
          "ECOWAS",
          "OPSEC",
          "UNAIDS",
          "UNIFIL",
          "AUKUS",
          "HAMAS",
          "DARPA",
          "NOAA",
          "ICE",
          "FIDE",
          "WIPO",
          "GIF",
          "NIMBY",
          "CAPTCHA",
          "BRICS");

  /** Roman numerals after a name ("World War II", "Henry VIII"). */
  static final Map<String, String> ROMAN =
      Map.ofEntries(
          Map.entry("II", "two"),
          Map.entry("III", "three"),
          Map.entry("IV", "four"),
          Map.entry("VI", "six"),
          Map.entry("VII", "seven"),
          Map.entry("VIII", "eight"),
          Map.entry("IX", "nine"),
          Map.entry("XI", "eleven"),
          Map.entry("XII", "twelve"),
          Map.entry("XIV", "fourteen"),
          Map.entry("XVI", "sixteen"));

  /** A unit after a number: singular and plural spoken forms. */
  record Unit(String singular, String plural) {}

  static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("km", new Unit("kilometer", "kilometers")),
          Map.entry("km/h", new Unit("kilometer per hour", "kilometers per hour")),
          Map.entry("kph", new Unit("kilometer per hour", "kilometers per hour")),
          Map.entry("mph", new Unit("mile per hour", "miles per hour")),
          Map.entry("mi", new Unit("mile", "miles")),
          Map.entry("cm", new Unit("centimeter", "centimeters")),
          Map.entry("mm", new Unit("millimeter", "millimeters")),
          Map.entry("kg", new Unit("kilogram", "kilograms")),
          Map.entry("mg", new Unit("milligram", "milligrams")),
          Map.entry("lb", new Unit("pound", "pounds")),
          Map.entry("lbs", new Unit("pound", "pounds")),
          Map.entry("ft", new Unit("foot", "feet")),
          Map.entry("ha", new Unit("hectare", "hectares")),
          Map.entry("ml", new Unit("milliliter", "milliliters")),
          Map.entry("hrs", new Unit("hour", "hours")),
          Map.entry("hr", new Unit("hour", "hours")),
          Map.entry("min", new Unit("minute", "minutes")),
          Map.entry("MW", new Unit("megawatt", "megawatts")),
          Map.entry("GW", new Unit("gigawatt", "gigawatts")),
          Map.entry("kW", new Unit("kilowatt", "kilowatts")),
          Map.entry("kWh", new Unit("kilowatt hour", "kilowatt hours")),
          Map.entry("GB", new Unit("gigabyte", "gigabytes")),
          Map.entry("MB", new Unit("megabyte", "megabytes")),
          Map.entry("TB", new Unit("terabyte", "terabytes")),
          Map.entry("°C", new Unit("degree Celsius", "degrees Celsius")),
          Map.entry("°F", new Unit("degree Fahrenheit", "degrees Fahrenheit")),
          Map.entry("km²", new Unit("square kilometer", "square kilometers")),
          Map.entry("km2", new Unit("square kilometer", "square kilometers")),
          Map.entry("sq km", new Unit("square kilometer", "square kilometers")),
          Map.entry("sq mi", new Unit("square mile", "square miles")));

  /** Currency symbols: singular and plural names, and the name of a hundredth. */
  record Currency(String singular, String plural, String cent, String cents) {}

  static final Map<String, Currency> CURRENCIES =
      Map.of(
          "$", new Currency("dollar", "dollars", "cent", "cents"),
          "US$", new Currency("dollar", "dollars", "cent", "cents"),
          "€", new Currency("euro", "euros", "cent", "cents"),
          "£", new Currency("pound", "pounds", "penny", "pence"),
          "¥", new Currency("yen", "yen", "sen", "sen"),
          "₹", new Currency("rupee", "rupees", "paisa", "paise"));

  /** Scale words and their short forms after a currency amount. */
  static final Map<String, String> SCALES =
      Map.of(
          "thousand", "thousand",
          "k", "thousand",
          "million", "million",
          "m", "million",
          "mn", "million",
          "billion", "billion",
          "bn", "billion",
          "b", "billion",
          "trillion", "trillion",
          "tn", "trillion");
}
