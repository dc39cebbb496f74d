package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page structure on the seed pages (data/sample) and on small hand-written pages with deliberate edge cases. */
class PageStructureTest {

  private static final SourceWords WORDS = SourceWords.standard();

  private static PageStructure page(String text) {
    return PageStructure.of(Boilerplate.standard().strip(text).body(), WORDS);
  }

  private static List<String> lines(String text, PageStructure.Kind kind) {
    PageStructure p = page(text);
    return p.lines().stream().filter(l -> l.kind() == kind).map(l -> text.substring(l.begin(), l.end())).toList();
  }

  private static String seed(String file) throws IOException {
    return Files.readString(Path.of("data/sample", file), StandardCharsets.UTF_8);
  }

  @Test
  void dailyCallerPageHasSectionHeadlineAndByline() throws IOException {
    String text = seed("003_804411f5e4707af4.txt");
    assertEquals(List.of("National Security"), lines(text, PageStructure.Kind.SECTION));
    assertEquals("Iran Sending Hundreds Of Armed Drones To Russia", page(text).headline());
    assertEquals(List.of("Micaela Burrow Investigative Reporter, Defense"), lines(text, PageStructure.Kind.BYLINE));
    assertFalse(page(text).hasDateline());
  }

  @Test
  void mirrorPageHasHeadlineAndByline() throws IOException {
    String text = seed("004_8f44b10b6658a6cd.txt");
    assertEquals("Iran sends killer drones to target Ukrainians in Vladimir Putin’s bloody war", page(text).headline());
    assertEquals(List.of("Rachel Hagan"), lines(text, PageStructure.Kind.BYLINE));
  }

  @Test
  void articlesThatOpenWithTheirFirstParagraphHaveNoStructure() throws IOException {
    for (String f : List.of("000_7146862e6537c051.txt", "001_3ff7e8643a5c934f.txt")) {
      PageStructure p = page(seed(f));
      assertNull(p.headline(), f);
      assertFalse(p.hasByline(), f);
    }
  }

  @Test
  void scrapedDateLabelIsADateline() throws IOException {
    String text = seed("002_a512718d778383ce.txt");
    assertEquals(List.of("date 2022-07-12"), lines(text, PageStructure.Kind.DATELINE));
  }

  @Test
  void wireDatelinesAreCutFromTheFirstParagraph() {
    for (String lead : List.of("WASHINGTON (Reuters) - ", "MOSCOW, July 12 (AP) — ", "KYIV, Ukraine — ", "(Reuters) - ")) {
      String text = lead + "The minister said the talks would resume.\n\nA second paragraph follows.";
      assertEquals(List.of(lead.strip()), lines(text, PageStructure.Kind.DATELINE), lead);
    }
    assertFalse(page("BREAKING: The senator resigned.").hasDateline());
    assertFalse(page("NATO said the drills would end.").hasDateline());
  }

  @Test
  void hardWrappedParagraphsAreNotCut() {
    String text = "The ministry said on Monday that the talks with the delegation would\n"
        + "resume next week, after a pause of two months that both sides\n"
        + "blamed on the other.\n";
    assertTrue(page(text).lines().isEmpty(), page(text).lines().toString());
  }

  @Test
  void aLineOfMaxWordsCanBeStructuralAndOneMoreCannot() {
    String words = "Stocks fall as rates rise again and again across Asian and European markets on Monday while"
        + " traders wait for the data";
    assertEquals(PageStructure.MAX_WORDS + 1, words.split(" ").length);
    String atLimit = words.substring(0, words.lastIndexOf(' '));
    String text = atLimit + "\n\nStocks fell on Monday.";
    assertEquals(atLimit, page(text).headline(), page(text).lines().toString());
    assertTrue(page(words + "\n\nStocks fell on Monday.").lines().isEmpty());
  }

  @Test
  void bylineAndHeadlineOnAPlainPage() {
    String text = "Markets\nStocks fall as rates rise again\nBy Jane Doe\n\nStocks fell on Monday.";
    assertEquals("Stocks fall as rates rise again", page(text).headline());
    assertEquals(List.of("By Jane Doe"), lines(text, PageStructure.Kind.BYLINE));
    assertEquals(List.of("Markets"), lines(text, PageStructure.Kind.SECTION));
    assertEquals(4, page(text).blocks().stream().filter(b -> !text.substring(b[0], b[1]).isBlank()).count());
  }

  @Test
  void blocksCoverTheTextInOrder() throws IOException {
    String text = seed("003_804411f5e4707af4.txt");
    int from = 0;
    for (int[] b : page(text).blocks()) {
      assertEquals(from, b[0]);
      from = b[1];
    }
    assertEquals(text.length(), from);
  }
}
