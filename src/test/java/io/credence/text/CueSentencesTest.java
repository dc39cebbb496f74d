package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real sentences (from the seed articles in data/sample, and hand-written news-style sentences) with the cue categories,
 * source types and structure counts each must yield. Expectations: {@code +category:cue} is found and counted, {@code
 * +category:cue@source_type} also has that source type, {@code !category:cue} is found but negated, {@code -category}
 * has no counted hit, {@code -category:cue} is not found, {@code =column:n} is a count.
 */
class CueSentencesTest {

  private static final CueMatcher MATCHER = CueMatcher.standard();

  private record Case(String origin, String text, String[] expectations) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void seed(String text, String... expectations) {
    CASES.add(new Case("seed", text, expectations));
  }

  private static void news(String text, String... expectations) {
    CASES.add(new Case("hand-written", text, expectations));
  }

  static {
    // Seed 000
    seed("Iran is expected to supply Russia with “hundreds” of drones, some of which will be able to carry weapons.",
        "+hedge:is expected to", "=quotes:0");
    seed("The Iranian government is preparing to supply Russia with up to several hundred unmanned aerial vehicles"
            + " (UAVs), according to the intelligence report by US Officials to the White House.",
        "+approximator:several hundred", "+anonymous_source:according to@anonymous", "-attribution");
    seed("“Our information further indicates that Iran is preparing to train Russian forces to use these UAVs. It’s"
            + " unclear whether Iran has delivered any of these UAVs to Russia already,” Jake Sullivan, the national"
            + " security advisor, remarked to the media at the press conference held at the White House on Monday.",
        "+uncertainty:it's unclear", "+attribution:remarked@named_person", "=attributed_quotes:1",
        "=orphan_quotes:0", "=attributed_uncertainty:2", "=unattributed_speculation:0");
    seed("According to Sullivan, the intelligence report said it was unclear whether Iran had handed any of the"
            + " drones to Russia at this point.",
        "+attribution:according to@named_person", "+uncertainty:it was unclear", "=unattributed_speculation:0");
    seed("However, he observed that Houthi rebels in Yemen had already utilized Iran’s drones to carry out attacks"
            + " on Saudi Arabia, the report revealed.",
        "+attribution:observed@named_person", "+attribution:revealed@institutional");
    seed("However, the spokesperson for the Iranian Foreign Minister, Nasser Kanaani, did not refute the assertion"
            + " made by the US.",
        "-attribution");
    seed("Instead, Kanaani said in a statement, “Iran’s cooperation with Russia in some sophisticated technologies"
            + " dates to before the Russia-Ukraine war.”",
        "+attribution:said in a statement@named_person", "=attributed_quotes:1", "+weasel:some@named_person");
    seed("It is anticipated that the operations of Iran in the area and its nuclear program would be a primary focus"
            + " of the diplomatic conversation.",
        "-attribution", "-uncertainty");
    // Seed 001
    seed("Iran will supply unmanned aerial vehicles (UAVs) to Russia in an effort to assist it in the ongoing"
            + " invasion of Ukraine, the United States has claimed that its intelligence has revealed.",
        "+attribution:claimed@institutional");
    seed("Sullivan added that “Our information further indicates that Iran is preparing to train Russian forces to"
            + " use these UAVs. It’s unclear whether Iran has delivered any of these UAVs to Russia already.”",
        "+attribution:added@named_person", "+attribution:our information@named_person", "-anonymous_source",
        "=attributed_quotes:1");
    seed("According to Sullivan, the supply of the drones is proof that Moscow’s need for greater supplies came at"
            + " the “severe” cost of depleting its own weapons supplies.",
        "+booster:proof that", "+attribution:according to@named_person");
    seed("During his trip, Iran and security concerns surrounding it will reportedly be a key topic in talks, with"
            + " Tehran’s alleged supplying of drones to Moscow potentially being a part of that.",
        "+hearsay:reportedly", "+hearsay:alleged", "+hedge:potentially", "=unattributed_speculation:3");
    seed("It is not yet clear which drones Tehran will supply to Moscow if the reports are true.",
        "+uncertainty:not yet clear", "-attribution");
    seed("The supplies will also be the first known instance of a foreign country providing Russia with assistance,"
            + " the outcome of which is unknown.",
        "-attribution");
    seed("READ: Iran opens drone factory in Tajikistan", "+clickbait:read :");
    seed("OPINION: Russia and Iran are accelerating their project to rival the Suez Canal", "+opinion:opinion :");
    // Seed 002
    seed("Jake Sullivan, the White House national security adviser, said US intelligence had obtained information"
            + " indicating that Tehran was “preparing to supply Russia with up to several hundred UAVs, on an"
            + " accelerated schedule”.",
        "+attribution:said@named_person", "=attributed_quotes:1");
    seed("Sullivan said it is unclear whether Iran has ever delivered any of the drones to Russia.",
        "+attribution:said@named_person", "+uncertainty:it is unclear@named_person", "=attributed_uncertainty:1");
    seed("Kremlin spokesman Dmitry Peskov confirmed on Tuesday that Putin will travel to the Iranian capital next"
            + " week.",
        "+attribution:confirmed@named_person");
    seed("Iranian state media also reported that Putin would visit Tehran next week to discuss deepening economic"
            + " ties.",
        "+attribution:reported@media");
    seed("“From our perspective, we will continue to do our part to help sustain Ukraine’s effective defense and help"
            + " Ukrainians show that the Russian effort cannot succeed,” Sullivan said.",
        "+attribution:said@named_person", "=attributed_quotes:1", "=orphan_quotes:0");
    seed("The Iran-Russia Joint Chamber of Commerce said Iran’s exports to Russia had increased since the invasion on"
            + " February 24.",
        "+attribution:said");
    seed("Ukraine’s army has had particular success in using Turkish-made Bayraktar combat UAVs, and the United"
            + " States and other allies have supplied Kiev with many types of smaller drones.",
        "+weasel:many", "=unattributed_speculation:1");
    // Seed 003
    seed("Iran is fast-tracking the transfer of hundreds of drones, including weapons-capable unmanned aerial"
            + " vehicles (UAVs), to Russia, National Security Adviser Jake Sullivan confirmed on Monday.",
        "+approximator:hundreds of", "+attribution:confirmed@named_person");
    seed("“This is just one example of how Russia is looking to countries like Iran for capabilities that are also"
            + " being used, I might add, to attack Saudi Arabia,” said Sullivan.",
        "+attribution:said@named_person", "=attributed_quotes:1", "+modal:might", "-hedge");
    seed("Russia’s decision to purchase drones from Iran signifies it is desperate to restock munitions and has few"
            + " international partners to turn to, U.S. officials told Politico.",
        "+anonymous_source:officials told@anonymous", "-attribution");
    seed("He added that the U.S. did not know whether Iran had already transferred the drones to Russia at that"
            + " time.",
        "+attribution:added@named_person");
    seed("While training on foreign systems is always an issue with weapons transfers, Russian forces could adapt to"
            + " the use of Iranian-made UAVs quickly, Michael Kofman, a research program director in the Russia"
            + " Studies Program at the Center for Naval Analyses, told Politico.",
        "+modal:could", "+attribution:told@named_person");
    seed("Iran and Russia have also signaled intentions to work together on energy and trade, according to Iran’s"
            + " President Ebrahim Raisi.",
        "+attribution:according to@named_person");
    seed("The U.S. and its Western allies have sent billions in weapons and ammunition to Ukraine, while it has used"
            + " the notorious Turkish Bayraktar TB2 drones to destroy Russian vehicles, Forbes reported.",
        "+attribution:reported@media", "+loaded:destroy");
    seed("The White House, State Department and Iran’s Ministry of Foreign Affairs did not respond to the Daily"
            + " Caller News Foundation’s request for comment.",
        "!attribution:respond", "-attribution", "=negated_cues:1");
    // Seed 004
    seed("Iran sends killer drones to target Ukrainians in Vladimir Putin’s bloody war",
        "+loaded:killer", "+loaded:bloody");
    seed("Newly declassified US intelligence has said that Iran is preparing to supply Russia with several \"hundreds\""
            + " of drones.",
        "+anonymous_source:said@anonymous", "=quotes:0");
    seed("Jake Sullivan, the national security adviser, said that the drones were originally intended to help rebels"
            + " in Yemen.",
        "+attribution:said@named_person");
    seed("But now, Sullivan told a White House briefing: “Iran is preparing to train Russian forces to use these UAVs"
            + " [unmanned aerial vehicles].”",
        "+attribution:told@named_person", "=attributed_quotes:1");
    seed("“It's unlikely Iran even has that many operational drones in its own fleet,\" he tweeted.",
        "+hedge:unlikely@named_person", "+attribution:tweeted@named_person", "=attributed_quotes:1",
        "=attributed_uncertainty:2");
    seed("Many Democrats have criticised the President for meeting with Saudi Crown Prince Mohammed bin Salman.",
        "+weasel:many", "-attribution");
    seed("The General said that for the first time since the Korean War, they are \"operating without complete air"
            + " superiority,” he said.",
        "+attribution:said@named_person", "=quotes:1", "=attributed_quotes:1");
    seed("Iranian state media said that Putin would visit and it will be only the second time the Kremlin warmonger"
            + " has left his country since the start of the invasion in February.",
        "+attribution:said@media", "+loaded:warmonger");
    seed("Sign up to read this article", "+clickbait:sign up");
    // Hand-written: attribution after the quote, inversion, and source types
    news("“We will not back down,” Sullivan said.", "+attribution:said@named_person", "=attributed_quotes:1");
    news("“The strike hit a school,” said a senior official.", "+anonymous_source:said@anonymous",
        "=attributed_quotes:1");
    news("“The report is accurate,” the ministry said in a statement.",
        "+attribution:said in a statement@institutional", "=attributed_quotes:1");
    news("The White House said the talks would continue.", "+attribution:said@institutional");
    news("The Kremlin spokesman told reporters the visit was planned.", "+attribution:told reporters@institutional");
    news("Officials said the drones were armed.", "+anonymous_source:officials said@anonymous", "-attribution");
    news("A source familiar with the matter said the deal was close.",
        "+anonymous_source:a source familiar with@anonymous");
    news("Experts say the ceasefire is unlikely to hold.", "+anonymous_source:experts say@anonymous",
        "+hedge:unlikely@anonymous", "=attributed_uncertainty:1");
    news("Intelligence indicates that Moscow has run short of drones.",
        "+anonymous_source:intelligence indicates@anonymous");
    news("Two people briefed on the talks said the deal could collapse.", "+anonymous_source:said@anonymous");
    news("It said the plant would reopen next month.", "+attribution:said@institutional");
    news("Prime Minister Rishi Sunak said the vote would go ahead.", "+attribution:said@named_person");
    news("NATO said it was monitoring the situation.", "+attribution:said@institutional");
    // "said" without attribution
    news("That said, the plan went ahead.", "-attribution", "=attributed_sentences:0");
    news("Having said that, the ministry pressed on with the plan.", "-attribution");
    news("Needless to say, the vote failed.", "-attribution");
    // "may" as a month and as a modal
    news("The talks began in May and ended in June.", "-modal", "-hedge");
    news("May 5, 2022 was the deadline for the bids.", "-modal");
    news("The talks may end in June.", "+modal:may", "=hedging_cues:0");
    news("The talks may have ended in June.", "+hedge:may have", "=hedging_cues:1");
    // Quotes inside quotes, hedges inside quotes
    news("“He told me ‘we might win,’ and I believed him,” Smith said.", "=quotes:1", "=attributed_quotes:1",
        "+modal:might", "=hedging_cues:0");
    news("“He told me ‘we might have won,’ and I believed him,” Smith said.", "+hedge:might have@named_person");
    news("“She said \"the vote is rigged\" and walked out,” the senator said.", "=quotes:1",
        "=attributed_quotes:1", "+loaded:rigged");
    news("“It is possible that the figures were inflated,” the agency said.", "+hedge:it is possible@institutional",
        "=attributed_uncertainty:1", "=unattributed_speculation:0");
    news("“This is a disgrace and everyone knows it.”", "=orphan_quotes:1", "=attributed_quotes:0",
        "+booster:everyone knows");
    // Negation
    news("It is not unclear whether the minister knew.", "!uncertainty:unclear whether", "-uncertainty",
        "=negated_cues:1");
    news("The minister did not say whether the plan was approved.", "!attribution:say", "-attribution",
        "=attributed_sentences:0");
    news("The ministry didn't confirm the report.", "!attribution:confirm", "-attribution");
    news("The evidence is not clearly linked to the suspect.", "!booster:clearly", "-booster");
    news("It is unclear whether the minister knew.", "+uncertainty:it is unclear", "=unattributed_speculation:1");
    // Hearsay, weasel, boosters, approximators, opinion, clickbait
    news("Many people are saying the election was stolen.", "+hearsay:many people are saying");
    news("The senator reportedly met the lobbyists twice.", "+hearsay:reportedly");
    news("It is widely believed that the mayor will resign.", "+hearsay:it is widely believed");
    news("The bridge is widely regarded as the finest in Europe.", "+weasel:widely regarded");
    news("Clearly, the government has failed.", "+booster:clearly");
    news("The results undoubtedly show a shift.", "+booster:undoubtedly");
    news("About 300 people attended the rally.", "+approximator:about #");
    news("Nearly 2,000 homes lost power.", "+approximator:nearly #");
    news("Some 40 protesters were arrested.", "+approximator:some #", "-weasel");
    news("I think the ruling was a mistake.", "+opinion:i think");
    news("In my opinion, the bill goes too far.", "+opinion:in my opinion");
    news("You won't believe what the senator did next!", "+clickbait:you won't believe");
    news("BREAKING: The senator slams the media.", "+clickbait:breaking :", "+loaded:slams");
    news("Download the app to read more.", "+clickbait:download the app");
    // Vague quantities of time or number, and quantities a determiner makes definite, are not weasel words
    news("The mayor spent several years in Paris and many times returned.", "-weasel");
    news("The museum thanked its many visitors.", "-weasel");
    news("She was one of several candidates.", "-weasel");
    news("Several lawmakers objected to the plan.", "+weasel:several");
    news("Certain historians dispute the date.", "+weasel:certain");
    news("The bridge is considered unsafe by engineers.", "+weasel:is considered");
    news("The singer is best-known for her first album.", "+weasel:best-known");
    news("The claims could not be independently verified.", "+uncertainty:could not be independently verified");
    news("It remains to be seen whether the truce will last.", "+uncertainty:remains to be seen");
    // "assume" meaning to take on (a post, power) is no hedge; supposing is.
    news("In July 1943, he assumed command of the corps.", "-hedge");
    news("The general will assume the role of chief of staff.", "-hedge");
    news("Officials assumed that the drones had not yet been delivered.", "+hedge:assumed");
  }

  @TestFactory
  Stream<DynamicTest> everySentenceYieldsItsCues() {
    return CASES.stream()
        .map(c -> dynamicTest(c.origin() + ": " + c.text().substring(0, Math.min(60, c.text().length())),
            () -> check(c)));
  }

  @org.junit.jupiter.api.Test
  void atLeastSixtySentences() {
    assertTrue(CASES.size() >= 60, "cases: " + CASES.size());
  }

  private static void check(Case c) {
    CueAnalysis a = MATCHER.analyze(c.text(), List.of(PlainTokens.sentence(c.text())));
    List<String> found = new ArrayList<>();
    for (CueHit h : a.hits()) {
      found.add((h.negated() ? "!" : "+") + h.category().label() + ":" + h.cue()
          + (h.sourceType() == null ? "" : "@" + h.sourceType().label()));
    }
    String context = c.text() + " -> " + found;
    for (String e : c.expectations()) {
      String body = e.substring(1);
      switch (e.charAt(0)) {
        case '+', '!' -> {
          boolean withType = body.contains("@");
          boolean ok =
              found.stream().anyMatch(f -> withType ? f.equals(e) : f.replaceAll("@.*", "").equals(e));
          assertTrue(ok, "expected " + e + " in " + context);
        }
        case '-' -> {
          boolean ok =
              body.contains(":")
                  ? found.stream().noneMatch(f -> f.replaceAll("@.*", "").substring(1).equals(body))
                  : a.count(CueCategory.fromLabel(body)) == 0;
          assertTrue(ok, "expected no " + body + " in " + context);
        }
        case '=' -> {
          String[] kv = body.split(":");
          int actual =
              kv[0].equals("quotes")
                  ? a.count(CueCategory.QUOTE)
                  : kv[0].equals(CueAnalysis.HEDGING) ? a.hedgingCues() : a.structure(kv[0]);
          assertEquals(Integer.parseInt(kv[1]), actual, kv[0] + " of " + context);
        }
        default -> assertFalse(true, "bad expectation " + e);
      }
    }
  }
}
