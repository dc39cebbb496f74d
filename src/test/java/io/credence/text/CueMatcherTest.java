package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CueMatcherTest {

  private static final CueMatcher MATCHER = CueMatcher.standard();

  private static List<String> cues(String sentence) {
    CueAnalysis a = MATCHER.analyze(sentence, List.of(PlainTokens.sentence(sentence)));
    return a.hits().stream().map(h -> h.category().label() + ":" + h.cue()).collect(Collectors.toList());
  }

  @Test
  void seed000UncertaintyStatement() {
    assertTrue(
        cues("It's unclear whether Iran has delivered any of these UAVs to Russia already")
            .contains("uncertainty:it's unclear"));
  }

  @Test
  void seed000CurlyApostropheIsFolded() {
    assertTrue(
        cues("It’s unclear whether Iran has delivered any of these UAVs to Russia already")
            .contains("uncertainty:it's unclear"));
  }

  @Test
  void seed000AccordingToIsAnAttribution() {
    assertEquals(
        List.of("approximator:several hundred", "anonymous_source:according to"),
        cues(
            "The Iranian government is preparing to supply Russia with up to several hundred unmanned aerial"
                + " vehicles, according to the intelligence report by US Officials to the White House."));
  }

  @Test
  void seed003OfficialsToldIsAnonymous() {
    assertEquals(
        List.of("anonymous_source:officials told"),
        cues(
            "Russia’s decision to purchase drones from Iran signifies it is desperate to restock munitions and has"
                + " few international partners to turn to, U.S. officials told Politico."));
  }

  @Test
  void seed004LoadedHeadline() {
    assertEquals(
        List.of("loaded:killer", "loaded:bloody"),
        cues("Iran sends killer drones to target Ukrainians in Vladimir Putin’s bloody war"));
  }

  @Test
  void seed001HearsayAndAllegation() {
    List<String> found =
        cues(
            "During his trip, Iran and security concerns surrounding it will reportedly be discussed, including"
                + " Tehran’s alleged plans to supply Russia.");
    assertTrue(found.contains("hearsay:reportedly"), found.toString());
    assertTrue(found.contains("hearsay:alleged"), found.toString());
  }

  @Test
  void inflectedAttributionVerbs() {
    assertEquals(List.of("attribution:says"), cues("The minister says the talks will resume."));
    assertEquals(List.of("attribution:told"), cues("Sullivan told the press nothing new."));
    assertEquals(List.of("attribution:confirmed"), cues("Peskov confirmed the visit on Tuesday."));
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("anonymous_source:officials said"), cues("Officials said the drones were armed."));
    assertEquals(
        List.of("attribution:said in a statement"), cues("Kanaani said in a statement that ties were strong."));
  }

  @Test
  void mayAsAMonthIsNotAHedge() {
    assertEquals(List.of(), cues("The talks began in May and ended in June."));
    assertEquals(List.of("modal:may"), cues("The talks may end in June."));
    assertEquals(List.of("modal:may", "uncertainty:nobody knows"), cues("May the talks end soon? Nobody knows."));
  }

  @Test
  void thatSaidIsNotAnAttribution() {
    assertEquals(List.of(), cues("That said, the plan went ahead."));
    assertEquals(List.of(), cues("Having said that, the plan went ahead."));
  }

  @Test
  void quotesOfFourWordsOrMoreAreCounted() {
    String text = "He called them “hundreds” of drones. “We will continue to help Ukraine,” he said.";
    CueAnalysis a = MATCHER.analyze(text, List.of(PlainTokens.sentence(text)));
    assertEquals(1, a.count(CueCategory.QUOTE));
    assertEquals(1, a.count(CueCategory.ATTRIBUTION));
  }

  @Test
  void hedgingCuesSumsHedgesUncertaintyAndHearsay() {
    String text = "Officials may have acted, reportedly, and it is unclear whether they did.";
    CueAnalysis a = MATCHER.analyze(text, List.of(PlainTokens.sentence(text)));
    assertEquals(1, a.count(CueCategory.HEDGE), a.hits().toString());
    assertEquals(1, a.count(CueCategory.HEARSAY));
    assertEquals(1, a.count(CueCategory.UNCERTAINTY));
    assertEquals(3, a.hedgingCues());
  }

  @Test
  void hitOffsetsPointIntoTheText() {
    String first = "Nothing here.";
    String second = "Sources say the deal is done.";
    String text = first + " " + second;
    CueAnalysis a = MATCHER.analyze(text, PlainTokens.article(first, second));
    CueHit hit = a.hits().get(0);
    assertEquals(1, hit.sentenceIndex());
    assertEquals("Sources say", text.substring(hit.begin(), hit.end()));
  }
}
