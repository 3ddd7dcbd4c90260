package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.cli.CliRunner;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our own news test sets: made-up articles, a feed of passages with distractors and wire copies
 * (and, where present, earlier fact-checks), and the verdict a careful checker would reach for each
 * claim. Runs {@code check} end to end and writes every verdict to target/bench/NAME-test-set.json.
 *
 * <ul>
 *   <li>{@code news}: 3 articles, 30 claims, written in session 1. Its matching rule was changed
 *       once after a first run, so it has served as a development set.
 *   <li>{@code news-dev2}: 5 articles, 36 claims, written in session 4 before any code change to
 *       exercise the held-out set's error kinds (a figure for another subject, approximations in
 *       words, title modifiers, disputed figures, reported events and plans); 10/36 on the session
 *       3 code, 31/36 after the session 4 checks were developed on it (floor: that minus one).
 *   <li>{@code news-dev3}: 3 articles (a flood, an epidemic, a strike), 34 claims, written in
 *       session 5 before any code change: dated reports of the same changing measure (a death toll,
 *       cases, a price), a report after the article, events with a shared mediator but another
 *       dispute, reworded counts, a bare figure, and two independent reports against one wire story
 *       copied by three outlets. 9/34 on the code it was written against, 25/34 after the session 5
 *       checks were developed on it (floor: that minus one; news-dev2 went 31 -> 32/36, its floor
 *       31/36).
 *   <li>{@code news-dev4}: 4 articles (a port, a pollution trial, a census, a hospital budget), 34
 *       claims, written in session 6 before any code change: figures not compared, a figure for
 *       something else (a prosecutor's request, another port or hospital, another measure of the
 *       same noun), a shared duration that must not decide alone, "in more than N years". 16/34 on
 *       the code it was written against, 33/34 after the session 6 checks were developed on it
 *       (floor: that minus one; news-dev3 went 25 -> 31/34, its floor 30/34).
 *   <li>{@code news-dev5}: 4 articles (a mountain pass, a corruption inquiry, a teachers' strike, a
 *       stadium licence), 35 claims, written in session 6 before any code change: changed states
 *       and their opposites, what someone said (another date, a negation), disputes phrased before
 *       the disputed words, talks between other parties. 17/35 on the code it was written against,
 *       34/35 on its branch. After merging both session 6 branches: news-dev3 33/34, news-dev4
 *       33/34, news-dev5 35/35 (floors: that minus one).
 *   <li>{@code news-dev7}: 3 articles (a zoo, a tram network, university fees), 32 claims, written
 *       in session 7 before any code change: bounds ("no more than", "not more than", "at most",
 *       "will not exceed"), a duration against a since-year, refused or negated events, disputes
 *       phrased otherwise ("31, not 9", "put the number at 800 instead", "far fewer than claimed"),
 *       an agreeing event beside a refuted "for the first time in", negated findings as claims.
 *       15/32 on the code it was written against, 27/32 after the session 7 checks were developed
 *       on it (floor: that minus one; the other dev sets unchanged).
 *   <li>{@code news-dev6}: 3 articles (a tram line, a dairy closure, a museum reopening), 31
 *       claims, written in session 7 before any code change: most passages found for a claim are
 *       about the same story but another fact (costs, other steps, other people, opinions). 18/31
 *       on the code it was written against, 23/31 after {@code FactRelevance} (floor: that minus
 *       one; news-dev3 went 33 -> 34/34, its floor 33/34).
 *   <li>{@code news-dev8}: 3 articles (bird flu on poultry farms, bus ridership, a cold snap and
 *       the power grid), 33 claims, written in session 7 before any code change: figures for a
 *       neighbouring place or another measure of the same noun (a level, a change, a share, a
 *       total), dated series with a newer report about another place, a partial then a final count,
 *       approximate counts with other counted nouns. 16/33 on the code it was written against,
 *       33/33 after the session 7 checks were developed on it (floor: that minus one).
 *   <li>{@code news-dev9}: 3 articles (a wildfire, a rail timetable, water rationing), 35 claims,
 *       written in session 9 before any code change: units of one dimension (hectares and square
 *       kilometres, miles, kilograms and tonnes, minutes and hours, litres and cubic metres),
 *       ranges in words, approximations against a passage with several figures of the same noun,
 *       dated series, the base of a change, fractions in words, a unit of another thing, counted
 *       nouns in other words, earlier fact-checks about another fact of the same story. 17/35 on
 *       the code at the start of session 9, 27/35 after the session 9 figure checks were developed
 *       on it (floor: that minus one; the other dev sets unchanged).
 *   <li>{@code news-dev10}: 3 articles (a landslide on a coast railway, a paint factory fire, a
 *       harbour ferry's return), 35 claims, written in session 9 before any code change: dates for
 *       another event of the same thing (building began vs opened, bought in another year),
 *       weekdays resolved against the article's date, relative times ("three weeks before the
 *       landslide"), states and their opposites, events in other words, "the lowest in more than a
 *       decade" and "the first/deadliest since" against a later event. 14/35 at the start of
 *       session 9, 22/35 after the session 9 checks were developed on it (floor: that minus one;
 *       the other dev sets unchanged).
 *   <li>{@code news-dev11}: 3 articles (a burst water main, a wetland's lapwings, an airline's
 *       booking system failure), 35 claims, written in session 9 before any code change: causes
 *       reported and disputed ("caused by", "put down to", "blamed on", "to blame", "due to"),
 *       short sentences with a reporting subject and a cause, "according to X, N" with N disputed,
 *       a matching earlier fact-check rated "Half true", a wrong title, a quote given to the wrong
 *       person, a figure given to the wrong body. 20/35 at the start of session 9, 28/35 after the
 *       session 9 cause, quote and title checks (floor: that minus one; the other dev sets
 *       unchanged).
 *   <li>{@code news-dev12}: 3 articles (a ski gondola's breakdown, a cyberattack on a hospital, a
 *       council vote on a concert hall), 36 claims, written in session 10 before any code change:
 *       claims that no figure or date decides, against passages that state them in other words
 *       (synonyms, passives, noun forms, negated antonyms) or contradict them (opposite states, "no
 *       arrests", "taken to hospital" against "no one was injured", a split vote against
 *       "unanimously", another voter), distractors about another fact of the same story. 17/36 on
 *       the session 9 code, 23/36 after {@code LexicalCheck} (floor: that minus one; news-dev6 went
 *       24 -> 26/31, news-dev9 27 -> 28/35, news-dev11 28 -> 29/35, the others unchanged).
 *   <li>{@code news-dev13}: 3 articles (hail in a wine valley, job cuts at a steel mill, a ski
 *       resort's thin snow), 37 claims, written in session 10 before any code change:
 *       approximations and how far they reach ("about", "some", "roughly", "nearly"), an exact
 *       price against another price, passages with several figures of one story (another town or
 *       resort, last year, a part and the whole, a plan and what was done, a price and a total, a
 *       size and a height), a dispute reported in the figure's own sentence, a figure attributed to
 *       someone who did not give it, a figure of another employer. 21/37 on the session 9 code. The
 *       figure checks developed on it (31/37) lost more held-out claims than they gained and were
 *       reverted (docs/verify.md), so its floor is 20/37.
 *   <li>{@code news-dev14}: 3 articles (a monthly jobless report, a bridge span lifted into place,
 *       a city marathon), 35 claims, written in session 11 before any code change: a change read as
 *       a level ("by half a point to 1.3%", "by 50 cents to 3.50 euros"), two figures of two months
 *       against a passage with one month's value, figures in words and approximations ("nearly 48
 *       metres" against "47.6 m", "twelve caps" against "12 internationals"), outlets that disagree
 *       and a crowd the police put lower, another country's or year's figure, a part against the
 *       whole (one step of a lift, an add-on bonus against the fee), approximations and exact
 *       prices. 15/35 on the session 10 code, 28/35 after {@code FigureRoles} and the tolerance and
 *       price parts of session 10's figure branch (floor: that minus one; news-dev10 went 22 ->
 *       23/35 and news-dev13 21 -> 23/37, floors raised to those minus one).
 *   <li>{@code news-dev15}: 3 articles (a handball cup final, a grocery chain's chief stepping
 *       down, a lighthouse's restoration), 35 claims, written in session 11 before any code change:
 *       dates and ordinals of another actor's event (a rival's profit warning or results day, a
 *       sister tower's year, a rival coach's start), "the first ... in N years" of another thing,
 *       terms of office counted from a start year, weekdays against dated passages, contracts to a
 *       month of another year. 14/35 on the session 10 code, 26/35 after the session 11 checks of
 *       an event's subject, ordinals, terms and term ends (floor: that minus one; the other dev
 *       sets unchanged).
 *   <li>{@code news-dev16}: 3 articles (an ice hockey club and its arena plan, a lorry fire in a
 *       road tunnel, a study of wood-stove smog), 39 claims, written in session 11 before any code
 *       change: "according to X, N" and "X said the cause was C" with N or C disputed by another
 *       body, earlier fact-checks rated "Half true" and "Mixture", a speaker's wrong title inside a
 *       "said" claim (and the right one), an expert's wrong institution (and the right one), team
 *       and company names with a plural verb ("lead", "say", "have"), distractors about another
 *       team, tunnel or city. 24/39 on the session 10 code, 35/39 after the session 11 title,
 *       institution, mixed-rating and dispute rules (floor: that minus one; the other dev sets
 *       unchanged).
 *   <li>{@code news-dev17}: 3 articles (a folk festival's record crowd, a cough pill's trial and
 *       approval, a night train's return), 35 claims, written in session 12 before any code change:
 *       the same counted noun or unit for another frame (another festival, town or route, last
 *       year's edition and a report from last year that says "this year", a rival drug, an earlier
 *       trial, the placebo group, an older plan, the old train) beside wire copies and reworded
 *       passages about the claim's own subject; approximations and bounds against a precise figure
 *       ("nearly 2.4 billion", "more than 1,800", "between 14 and 15 hours" against "fourteen and a
 *       half hours"); "twice last year's amount" against this year's and last year's figures. 12/35
 *       on the session 11 code (b9907d4), 32/35 after the session 12 figure frames (floor: that
 *       minus one; news-dev6, dev7, dev9, dev13 and dev14 gained 1-2 claims each, floors raised to
 *       those minus one).
 *   <li>{@code news-dev18}: 3 articles (a folk festival's postponed winter series, a cross-country
 *       ski race, a hospital's surgery backlog), 39 claims, written in session 12 before any code
 *       change: outcomes of the same event that cannot both hold (cancelled and postponed, resigned
 *       and a contract extended, second and third, postponed and opened) beside the same outcome
 *       reworded, a speaker's wrong title inside a "said" claim whose words match, since-years of
 *       another sponsor, a history length against a first year, a weekday event with only an
 *       earlier event of its kind, a disputed and an undisputed cause, two outlets or a company and
 *       an institute that disagree, "one in N" and a budget's year, an age-noun subject with an
 *       appositive. 16/39 on the session 11 code (b9907d4), 34/39 after the session 12 rules for
 *       titles, outcomes, placings, since-years, histories, disputes and standing figures (floor:
 *       that minus one; news-dev13 went 23 -> 24/37, the other dev sets unchanged).
 *   <li>{@code news-dev19}: 3 articles (an Iron Age log boat bared by a drought, indoor athletics
 *       championships, a farmers' tractor protest), 35 claims, written in session 13 before any
 *       code change: figures and dates the feed states in other words (a count under another
 *       counted noun, a noun count against a verb count, a per cent against a part of a whole or "N
 *       in ten", a date before the common era against an age or a century, an age gap between two
 *       things or two people, an event's day with another verb, a winning margin beside both
 *       totals, a past event of the same nouns against a future one, "the last time ... was in
 *       YEAR" against a since-year), beside distractors of another subject, session, place or event
 *       with the claim's figure and a passage published well after its article. 11/35 on the
 *       session 12 code (88c4d0a), 26/35 after the session 13 figure and date rules (floor: that
 *       minus one; news-dev10 went 23 -> 24/35, news-dev12 23 -> 25/36 and news-dev17 32 -> 33/35,
 *       floors raised to those minus one).
 *   <li>{@code news-dev20}: 3 articles (a court striking down a town's holiday lettings ban, a
 *       mammoth tusk found in a gravel pit, a car rally), 35 claims, written in session 13 before
 *       any code change: an article's lead sentence "The X court in Y ruled on Monday that ...",
 *       reactions ("welcomed", "criticised") and plans ("will go on show ... next spring"), records
 *       and firsts ("the largest ever found in the valley", "the first time a court in the country
 *       has ruled", "took the lead for the first time on Friday") against passages naming another
 *       record holder, an earlier ruling or an earlier lead, causes of a crash given otherwise or
 *       reworded, quotes given to another person or in other words; near misses (another court,
 *       region, crash, rally) and passages published after the article. 18/35 on the session 12
 *       code (88c4d0a), 33/35 after the session 13 claim, record, cause, quote and reaction rules
 *       (floor: that minus one; the other dev sets unchanged).
 *   <li>{@code news-dev21}: 3 articles (a flour mill's river spill fine, a tool library's growth, a
 *       lantern parade and a march against a maternity ward's closure), 36 claims, written in
 *       session 13 before any code change: two credible outlets with different figures or accounts
 *       of one thing (a payment, a change in loans, a march's crowd, a record crowd that another
 *       outlet says was no record), a speaker's wrong title while what he said is right, a growing
 *       count supported by its newest report beside an older, smaller one, a since-year beside
 *       another thing the same actor did; and what must not become CONFLICTING: wire copies,
 *       superseded older reports, figures of another year, place or club, passages published after
 *       the article. 19/36 on the session 12 code (88c4d0a), 27/36 after the session 13 rules for
 *       wrong titles, other sources' accounts, counts to date, multiples against shares and denied
 *       records (floor: that minus one; news-dev11 went 29 -> 30/35 and news-dev16 35 -> 36/39,
 *       floors raised to those minus one).
 *   <li>{@code news-dev22}: 3 articles (a solar park on an old airfield, a board game from a garage
 *       studio, mussel farms hit by ice and heat), 37 claims, written in session 14 before any code
 *       change: a figure of another frame beside the claim's own (a withdrawn first plan, another
 *       plot, park, petition, site or studio, a first print run or a first day's count against a
 *       later total or reprint, last year's figure, a firm's workforce against new jobs) and
 *       figures stated in other words (a per cent or a multiple against two levels, an appositive
 *       age against "the N-year-old" or another age). 17/37 on the session 13 code (d3655d5), 25/37
 *       after the session 14 rules for winters, first things, parts, the start of a change in the
 *       claim's year, changes either way and ages (floor: that minus one; news-dev9 went 30 ->
 *       31/35, its floor raised to that minus one).
 *   <li>{@code news-dev23}: 3 articles (a town's new swimming hall, a choir competition, an inquiry
 *       into a freight derailment), 38 claims, written in session 14 before any code change: claims
 *       the finder dropped (passive roles "was designed by the architect X", "is led by a retired
 *       judge"; a count of a selection "from a shortlist of eight"; the state of a decision "was
 *       unanimous", "the vote was 9 to 4"; speech with a setting "said in her speech that", "told
 *       the hearing that"; superlatives in a predicate "is the largest ... in the country"), events
 *       a passage negates ("did not attend; the deputy cut the ribbon"), wrong titles while what
 *       was said matches, superlatives held by another, confirmed or not reported; near misses of
 *       another year, town, contractor, inquiry or scope and passages published after the article.
 *       18/38 on the session 13 code (d3655d5), 34/38 after the session 14 claim-finder rules and
 *       the other-doer, agent, title, unanimity and vote-tally checks (floor: that minus one;
 *       news-dev6 went 27 -> 28/31 and news-dev7 29 -> 30/32, floors raised to those minus one).
 *   <li>{@code news-dev24}: 3 articles (a brewery's growth and water use, a sports hall roof
 *       brought down by snow, a virus killing a bay's oysters), 38 claims, written in session 14
 *       before any code change: two credible, independent sources that disagree on one thing (a
 *       company's "tripled" against an industry body's "quadrupled", a firm's water use against a
 *       regulator's, a council's repair estimate against an insurer's, two bodies' shares of dead
 *       oysters), disputed causes, "X said N" with N disputed; claims with passages only about
 *       something near (another person, firm, river, count, place or time: UNVERIFIED); claims
 *       refuted while another passage only repeats the claim's own source or an older, superseded
 *       report (REFUTED); and what must not become CONFLICTING: wire copies, a superseded first
 *       estimate, figures of another year or thing, passages published after the article. 26/38 on
 *       the session 13 code (d3655d5), 35/38 after the session 14 rules for hearsay, other sources'
 *       causes, standing estimates, other owners' titles, rejected accounts of other words,
 *       privative negations, final figures, moved dates and subjects of other head nouns (floor:
 *       that minus one; news-dev2 went 32 -> 33/36, floor raised).
 *   <li>{@code news-heldout}: 3 articles, 35 claims (3 CONFLICTING, 3 UNVERIFIED), written in
 *       session 3 before any code ran on it; longer paragraphs, attributions, titles, durations,
 *       disputed figures and a prior fact-check. Measured 21/35 on the session 2 code, 24/35 at the
 *       end of session 3, 28/35 at the end of session 4 and 29/35 at the end of session 5 (each run
 *       once, after merging, on checks developed on the other sets); the floor is that minus one
 *       claim, not the goal.
 *   <li>{@code news-heldout2}: 3 articles, 36 claims (3 CONFLICTING, 2 UNVERIFIED), written by the
 *       lead in session 5 while the checks were being changed elsewhere, never shown to whoever
 *       changed them: changing measures reported several times, figures for other subjects, roles,
 *       durations, attribution, wire copies and a prior fact-check. 20/36 on the session 4 code,
 *       22/36 on the merged session 5 code, 26/36 on the merged session 6 code, whose engineers had
 *       its error kinds (not its text) from docs/verify.md, and 28/36 on the merged session 7 code
 *       (floor: that minus one claim).
 *   <li>{@code news-heldout3}: 3 articles (water rationing, a mayoral election, a wind farm), 38
 *       claims (3 CONFLICTING, 2 UNVERIFIED), written by the lead at the start of session 6 and run
 *       on the session 5 code: 21/38; 21/38 again on the merged session 6 code (floor: that minus
 *       one claim). In session 7, after the merge: 27/38 (its error kinds, not its text, were given
 *       to the engineers; floor: that minus one claim).
 *   <li>{@code news-heldout4}: 3 articles (a drug recall, a university funding row, a satellite
 *       launch), 39 claims (4 CONFLICTING, 4 UNVERIFIED), written blind in session 7 by an engineer
 *       who read none of the checks, run once on the session 6 code (11/39) and once on the merged
 *       session 7 code (14/39; floor: that minus one claim).
 *   <li>{@code news-heldout5}: 3 articles (a bridge closure, a fishing quota, a mine), 38 claims (4
 *       CONFLICTING, 4 UNVERIFIED), written blind in session 8 by an engineer who read none of the
 *       checks, run once on the session 7 code: 14/38 (floor: that minus one claim).
 *   <li>{@code news-heldout6}: 3 articles (a central bank's rate cut, a shipwreck salvage, a
 *       footballer's transfer), 39 claims (5 CONFLICTING, 5 UNVERIFIED), written blind in session
 *       10 by an engineer who read none of the checks, run once on the session 9 code: 13/39; 10/39
 *       with all of session 10's branches, 12/39 after one was reverted (floor: that minus one).
 *       Its error kinds were not given to session 10's engineers.
 *   <li>{@code news-heldout7}: 3 articles (a city budget vote, a chess tournament, a migraine
 *       drug's approval), 39 claims (5 CONFLICTING, 5 UNVERIFIED), written blind in session 11 by
 *       an engineer who read none of the checks, run once on the session 10 code (ef39f78): 10/39.
 *       Its error kinds were not given to session 11's engineers; with all of session 11's branches
 *       merged (the blind measure) 12/39. Its error kinds (not its text) were given to session 12's
 *       engineers: 20/39 after session 12 (floor: that minus one).
 *   <li>{@code news-heldout8}: 3 articles (a Bronze Age hoard on a building site, a six-day track
 *       cycling race, a labour court ruling on app couriers), 40 claims (5 CONFLICTING, 5
 *       UNVERIFIED), written blind in session 12 by an engineer who read none of the checks, run
 *       once on the session 11 code (b9907d4): 14/40; with every session 12 branch merged (the
 *       blind measure) 16/40; 24/40 after session 13, whose engineers had its error kinds and could
 *       read its claims in docs/verify.md, so no longer blind (floor: that minus one).
 *   <li>{@code news-heldout9}: 3 articles (a nurse's debut novel winning a literary prize, a
 *       council approving a data centre, a valley's thin honey harvest after winter bee losses), 40
 *       claims (15 SUPPORTED, 13 REFUTED, 6 CONFLICTING, 6 UNVERIFIED), written blind in session 13
 *       by an engineer who read none of the checks: weekdays, units, approximations, records and
 *       "since" years, titles and who said what, disputed causes and figures, wire copies,
 *       distractors, earlier fact-checks ("False", "Half true") and passages dated after the
 *       article that must not count. Run once on the session 12 code (88c4d0a): 16/40; with every
 *       session 13 branch merged (the blind measure) 17/40; 20/40 after the lead, having read its
 *       errors, set aside passages of a later day found by a widened search and stopped a
 *       capitalised first word from naming another event subject; 23/40 after session 14, whose
 *       engineers had its error kinds (floor: that minus one).
 *   <li>{@code news-heldout10}: 3 articles (an orchestra's first tour abroad in years, a library
 *       putting old newspapers online, a ferry company's fuel surcharge), 41 claims (16 SUPPORTED,
 *       12 REFUTED, 7 CONFLICTING, 6 UNVERIFIED), written blind in session 14 by an engineer who
 *       read none of the checks, with the time rule stated (passages of the article's UTC day or
 *       earlier count). Run once on the session 13 code (d3655d5): 18/41; with every session 14
 *       branch merged (the blind measure) 18/41; 19/41 after the lead, having read its errors, made
 *       "an hour and ten minutes" one duration (floor: that minus one).
 * </ul>
 */
class NewsTestSetTest {
  private static final Path ROOT = Path.of("src/test/resources/org/factdesk/verify");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set, claims, lowest accuracy the test accepts (measured minus one claim, see docs/verify.md)
    "news, 30, 0.9",
    "news-dev2, 36, 0.88",
    "news-dev3, 34, 0.97",
    "news-dev4, 34, 0.94",
    "news-dev5, 35, 0.97",
    "news-dev7, 32, 0.9",
    "news-dev6, 31, 0.87",
    "news-dev8, 33, 0.96",
    "news-dev9, 35, 0.85",
    "news-dev10, 35, 0.71",
    "news-dev11, 35, 0.82",
    "news-dev12, 36, 0.66",
    "news-dev13, 37, 0.67",
    "news-dev14, 35, 0.8",
    "news-dev15, 35, 0.77",
    "news-dev16, 39, 0.92",
    "news-dev17, 35, 0.91",
    "news-dev18, 39, 0.84",
    "news-dev19, 35, 0.74",
    "news-dev20, 35, 0.94",
    "news-dev21, 36, 0.72",
    "news-dev22, 37, 0.64",
    "news-dev23, 38, 0.86",
    "news-dev24, 38, 0.89",
    "news-heldout, 35, 0.88",
    "news-heldout2, 36, 0.77",
    "news-heldout3, 38, 0.81",
    "news-heldout4, 39, 0.56",
    "news-heldout5, 38, 0.6",
    "news-heldout6, 39, 0.53",
    "news-heldout7, 39, 0.51",
    "news-heldout8, 40, 0.57",
    "news-heldout9, 40, 0.55",
    "news-heldout10, 41, 0.43",
  })
  void verdictsMatchTheExpectedOnes(String set, int claims, double lowest) throws Exception {
    // engineers working on the checks must not run the held-out set; the lead runs it once
    Assumptions.assumeFalse(
        set.contains("heldout") && "true".equals(System.getenv("FACTDESK_SKIP_HELDOUT")),
        "FACTDESK_SKIP_HELDOUT=true");
    Path dir = ROOT.resolve(set);
    List<String> rows = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8);
    Map<String, JsonNode> reports = new HashMap<>();
    ArrayNode out = Json.mapper().createArrayNode();
    int total = 0;
    int right = 0;
    for (String row : rows) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      JsonNode report = reports.computeIfAbsent(f[0], a -> check(dir, a));
      String got = "MISSING";
      String why = "";
      for (JsonNode c : report.path("claims")) {
        if (c.path("sentence").asText().startsWith(f[1])) {
          got = c.path("verdict").asText();
          why = c.path("explanation").asText();
        }
      }
      total++;
      right += got.equals(f[2]) ? 1 : 0;
      ObjectNode o = out.addObject();
      o.put("article", f[0]).put("claim", f[1]).put("expected", f[2]).put("got", got);
      o.put("explanation", why);
    }
    double accuracy = right / (double) total;
    ObjectNode result = Json.mapper().createObjectNode();
    result.put("set", set).put("claims", total).put("right", right).put("accuracy", accuracy);
    result.set("verdicts", out);
    Path file = Path.of("target", "bench", set + "-test-set.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Json.pretty(result), StandardCharsets.UTF_8);
    assertThat(total).isEqualTo(claims);
    assertThat(accuracy).as(set + " test set accuracy, see " + file).isGreaterThanOrEqualTo(lowest);
  }

  private static JsonNode check(Path dir, String article) {
    List<String> args = new ArrayList<>(List.of("check", dir.resolve(article).toString()));
    args.addAll(List.of("--evidence", dir.resolve("feed.jsonl").toString()));
    Path factChecks = dir.resolve("factchecks.jsonl");
    if (Files.exists(factChecks)) {
      args.addAll(List.of("--fact-checks", factChecks.toString()));
    }
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    try {
      return Json.mapper().readTree(r.out());
    } catch (java.io.IOException e) {
      throw new AssertionError("report of " + article + " is not JSON", e);
    }
  }
}
