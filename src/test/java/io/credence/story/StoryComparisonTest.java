package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.story.StoryComparison.Claim;
import io.credence.story.StoryComparison.Result;
import io.credence.story.StoryComparison.Shift;
import io.credence.story.StoryComparison.StoryArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-story comparison on plain strings. */
class StoryComparisonTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);
  private static final StoryComparison COMPARE = StoryComparison.standard();

  private static Claim body(int i, String text, String... cues) {
    return new Claim(i, text, Set.of(cues));
  }

  private static Claim headline(String text, String... cues) {
    return new Claim(null, text, Set.of(cues));
  }

  private static StoryArticle article(String id, String outlet, LocalDate day, Double loaded, Claim... claims) {
    return new StoryArticle(id, outlet, day, List.of(claims), loaded);
  }

  @Test
  void aSentenceTakenFromAnEarlierOutletIsCopiedAndTheCreditIsRead() {
    String wire = "The Velmar council approved the Quintor bridge budget after a long debate on Monday evening.";
    StoryArticle first = article("a", "kalonews.com", MONDAY, 0.0, body(0, wire), body(1, "Work starts in May."));
    StoryArticle copy =
        article("b", "dailyglobe.com", MONDAY.plusDays(1), 0.0, body(0, wire.replace("long", "lengthy")),
            body(1, "The mayor of the town welcomed the vote by the council members."),
            body(2, "This story first ran in Kalo News and appears with permission."));
    StoryArticle uncredited = article("c", "otherpaper.com", MONDAY.plusDays(1), 0.0, body(0, wire));
    List<Result> results = COMPARE.compare(List.of(first, copy, uncredited));

    Result a = results.get(0);
    assertEquals(0.0, a.copiedShare(), "the earliest article copied nothing (its copies are later)");
    assertNull(a.copiedFrom());
    Result b = results.get(1);
    assertEquals(1.0 / 3, b.copiedShare(), 1e-9, "one of its three long sentences is the wire's");
    assertEquals("kalonews.com", b.copiedFrom());
    assertTrue(b.copiedCredited(), "\"Kalo News\" names kalonews.com");
    Shift evidence = b.evidence().stream().filter(e -> e.kind().equals("copied")).findFirst().orElseThrow();
    assertEquals(wire, evidence.peerSentence());
    assertEquals("a", evidence.peerId());
    Result c = results.get(2);
    assertEquals(1.0, c.copiedShare());
    assertFalse(c.copiedCredited());
  }

  @Test
  void sharingAQuoteIsNotCopying() {
    String quote = "\u201CWe will build the bridge across the river before the winter comes,\u201D the mayor said.";
    StoryArticle a = article("a", "one.com", MONDAY, 0.0, body(0, quote));
    StoryArticle b = article("b", "two.com", MONDAY, 0.0, body(0, quote));
    assertNull(COMPARE.compare(List.of(a, b)).get(1).copiedShare(), "too few words outside the quote to judge");
  }

  @Test
  void droppingThePeersQualifiersShiftsTowardsCertainty() {
    StoryArticle careful =
        article("a", "careful.com", MONDAY, 1.0,
            headline("Velmar council may approve Quintor bridge budget", "hedge"),
            body(0, "According to officials, the Velmar council approved the Quintor bridge budget on Monday.",
                "attribution"),
            body(1, "It is unclear whether the Ostrava firm will build the Quintor bridge.", "uncertainty"));
    StoryArticle certain =
        article("b", "certain.com", MONDAY, 9.0,
            headline("Velmar council approves Quintor bridge budget"),
            body(0, "The Velmar council approved the Quintor bridge budget on Monday."),
            body(1, "The Ostrava firm will build the Quintor bridge.", "booster"));
    StoryArticle same =
        article("c", "careful.com", MONDAY, 2.0,
            body(0, "Officials said the Velmar council approved the Quintor bridge budget.", "anonymous_source"));
    List<Result> results = COMPARE.compare(List.of(careful, certain, same));

    Result b = results.get(1);
    assertTrue(b.certaintyShift() > 0.5, "it drops what its peer carries on every claim: " + b.certaintyShift());
    assertTrue(results.get(0).certaintyShift() < 0, "its peer adds nothing, it adds qualifiers");
    List<String> kinds = new ArrayList<>();
    for (Shift s : b.evidence()) {
      kinds.add(s.kind() + ":" + s.sentenceIndex());
    }
    assertTrue(kinds.contains("dropped_hedge:null"), "the headline counts: " + kinds);
    assertTrue(kinds.contains("dropped_attribution:0"), kinds.toString());
    assertTrue(kinds.contains("dropped_uncertainty:1"), kinds.toString());
    Shift dropped = b.evidence().stream().filter(s -> s.kind().equals("dropped_uncertainty")).findFirst().get();
    assertEquals("It is unclear whether the Ostrava firm will build the Quintor bridge.", dropped.peerSentence());
    assertEquals("careful.com", dropped.peerOutlet());
    assertEquals(9.0 - 2.0, b.loadedExcess(), 1e-9, "loaded words beyond the story's median (2.0)");
  }

  /**
   * Markers are read over the claim: a lede that states in the writer's voice what the article attributes further
   * down drops nothing, in either direction; a headline stands alone and still drops what the peers' ledes carry.
   */
  @Test
  void aLedeTheArticleAttributesFurtherDownDropsNothing() {
    StoryArticle pyramid =
        article("a", "pyramid.com", MONDAY, 1.0,
            headline("Velmar council approves Quintor bridge budget"),
            body(0, "The Velmar council approved the Quintor bridge budget on Monday evening."),
            body(1, "Work starts in May."),
            body(2, "The Velmar council approved the Quintor bridge budget on Monday, officials said.",
                "anonymous_source"));
    StoryArticle attributed =
        article("b", "attributed.com", MONDAY, 1.0,
            headline("Velmar council approved Quintor bridge budget, officials say", "anonymous_source"),
            body(0, "Officials said the Velmar council approved the Quintor bridge budget on Monday evening.",
                "anonymous_source"));
    List<Result> results = COMPARE.compare(List.of(pyramid, attributed));
    List<String> kinds = new ArrayList<>();
    for (Shift s : results.get(0).evidence()) {
      if (!s.kind().equals("copied")) {
        kinds.add(s.kind() + ":" + s.sentenceIndex());
      }
    }
    assertEquals(List.of("dropped_attribution:null"), kinds, "only the headline drops the attribution");
    assertEquals(1.0 / 3, results.get(0).certaintyShift(), 1e-9, "the headline's drop over three claims compared");
    assertEquals(-1.0 / 2, results.get(1).certaintyShift(), 1e-9, "its headline adds; its body sentence adds nothing");
  }

  /**
   * A caveat two outlets state in their own words is the story's: an article that states none of it drops it, however
   * it words the claim, and the evidence pairs its closest sentence with the caveat; one that words it differently
   * keeps it; a caveat only one outlet states is not asked of the others.
   */
  @Test
  void aCaveatTwoOutletsStateIsOmittedByTheOneThatStatesNone() {
    StoryArticle wire =
        article("a", "wire.com", MONDAY, 1.0,
            body(0, "The Velmar council approved the Quintor bridge budget on Monday evening."),
            body(1, "It is unclear whether the Ostrava firm has signed the Quintor contract.", "uncertainty"),
            body(2, "Nobody knows when the tolls on the Velmar ring road will end.", "uncertainty"));
    StoryArticle rewrite =
        article("b", "rewrite.com", MONDAY, 1.0,
            body(0, "The Velmar council approved the Quintor bridge budget on Monday evening."),
            body(1, "Officials did not know whether Ostrava had signed any contract yet.", "uncertainty"));
    StoryArticle tabloid =
        article("c", "tabloid.com", MONDAY, 1.0,
            headline("Ostrava builds Quintor bridge"),
            body(0, "The Velmar council approved the Quintor bridge budget on Monday evening."));
    List<Result> results = COMPARE.compare(List.of(wire, rewrite, tabloid));

    Result c = results.get(2);
    List<Shift> omitted = c.evidence().stream()
        .filter(s -> s.kind().equals(StoryComparison.OMITTED_UNCERTAINTY)).toList();
    assertEquals(1, omitted.size(), c.evidence().toString());
    assertEquals("a", omitted.get(0).peerId(), "the first peer, by id, whose caveat it omits");
    assertEquals("It is unclear whether the Ostrava firm has signed the Quintor contract.",
        omitted.get(0).peerSentence());
    assertNull(omitted.get(0).sentenceIndex(), "its headline shares most stems with the caveat");
    // One claim matched (the approval, which nobody qualifies) plus the story caveat, which both peers state.
    // Three claims compared: the headline, which meets the wire's caveat as a lede (+1 for the uncertainty) and the
    // rewrite's first sentence (0); the approval, which nobody qualifies (0); the story caveat, which both peers state
    // and it omits (+1): (1/2 + 0 + 1) / 3.
    assertEquals(3, c.matchedClaims());
    assertEquals(0.5, c.certaintyShift(), 1e-9);
    // The rewrite states the caveat in other words (Ostrava, signed, contract); the tolls caveat is the wire's alone,
    // one of the tabloid's two peer outlets: not most of them.
    for (Result r : results.subList(0, 2)) {
      assertTrue(r.evidence().stream().noneMatch(s -> s.kind().equals(StoryComparison.OMITTED_UNCERTAINTY)),
          r.id() + ": " + r.evidence());
      assertTrue(r.certaintyShift() <= 0, r.id() + ": " + r.certaintyShift());
    }
  }

  @Test
  void aStoryOfOneOutletHasNoPeersToCompareWith() {
    StoryArticle a = article("a", "one.com", MONDAY, 1.0, body(0, "The Velmar council approved the bridge budget."));
    StoryArticle b = article("b", "one.com", MONDAY, 3.0, body(0, "The Velmar council approved the bridge budget."));
    for (Result r : COMPARE.compare(List.of(a, b))) {
      assertNull(r.copiedShare());
      assertNull(r.certaintyShift());
      assertNull(r.loadedExcess());
      assertTrue(r.evidence().isEmpty());
    }
  }

  @Test
  void textHelpers() {
    assertEquals(List.of("putin", "war", "is", "bloody"), StoryText.words("Putin\u2019s war is bloody"));
    assertEquals(StoryText.stem("Ukrainians".toLowerCase()), StoryText.stem("ukraine"));
    assertEquals(StoryText.stem("sending"), StoryText.stem("sends"));
    assertEquals("dailycaller", StoryText.creditKey("dailycaller.com"));
    assertEquals("mirror", StoryText.creditKey("mirror.co.uk"));
    assertTrue(StoryText.names(StoryText.words("as the Daily Caller reported"), "dailycaller"));
    assertFalse(StoryText.names(StoryText.words("sometimes it rains"), "time"));
    assertEquals("He said    today.", StoryText.outsideQuotes("He said \u201Cno\u201D today."));
  }
}
