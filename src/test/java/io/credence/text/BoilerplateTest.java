package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static final Boilerplate RULES = Boilerplate.standard();

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of("data/sample", name), StandardCharsets.UTF_8);
  }

  private static List<String> stripped(Boilerplate.Stripped s) {
    return s.lines().stream().map(l -> s.text().substring(l.begin(), l.end())).toList();
  }

  private static void assertKeepsOffsets(Boilerplate.Stripped s) {
    assertEquals(s.text().length(), s.body().length());
    for (int i = 0; i < s.text().length(); i++) {
      char c = s.body().charAt(i);
      assertTrue(c == s.text().charAt(i) || c == ' ', "offset " + i);
    }
  }

  @Test
  void seed003DailyCallerChromeIsStrippedAndKept() throws IOException {
    Boilerplate.Stripped s = RULES.strip(seed("003_804411f5e4707af4.txt"));
    List<String> lines = stripped(s);
    assertKeepsOffsets(s);
    assertTrue(lines.contains("(Photo by GRIGORY SYSOYEV/SPUTNIK/AFP via Getty Images)"), lines.toString());
    assertTrue(lines.contains("Daily Caller News Foundation logo"), lines.toString());
    assertTrue(lines.contains("Font Size:"), lines.toString());
    assertTrue(lines.contains("(RELATED: Russia Is Supplying More Oil Than Ever To America’s Main Rival)"),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("A handout picture provided by the Iranian Army's")));
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("(Photo by -/Iranian Army office/AFP via Getty Images)")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("All content created by the Daily Caller News Foundation")));
    assertEquals(7, lines.size(), lines.toString());
    assertFalse(s.body().contains("Getty"));
    assertTrue(s.body().contains("in a press briefing. He also addressed U.S. assistance"), "inline strip keeps the paragraph");
    assertTrue(s.body().contains("“Our information further indicates that Iran is preparing"));
  }

  @Test
  void seed004InklChromeIsStrippedAndKept() throws IOException {
    Boilerplate.Stripped s = RULES.strip(seed("004_8f44b10b6658a6cd.txt"));
    List<String> lines = stripped(s);
    assertKeepsOffsets(s);
    for (String expected :
        List.of(
            "Get all your news in one place.",
            "100’s of premium titles.",
            "One app.",
            "Start reading",
            "Want the latest updates from across the globe? Sign up to receive our daily World News newsletter HERE",
            "US President Joe Biden answers questions after delivering remarks about Russia (Getty Images)",
            "Military drone being fired in Iran's coastal region (Iranian Army office/AFP via Gett)",
            "Sign up to read this article",
            "Read news from 100’s of titles, curated specifically for you.",
            "Already a member? Sign in here",
            "Related Stories",
            "Top stories on inkl right now",
            "Our Picks",
            "Fourteen days free",
            "Download the app",
            "One app. One membership.")) {
      assertTrue(lines.contains(expected), "not stripped: " + expected + " in " + lines);
    }
    assertTrue(s.body().contains("Jake Sullivan, the national security adviser, said that the drones"));
    assertTrue(s.body().contains("Iran sends killer drones"));
    assertFalse(s.body().contains("Sign up"));
  }

  @Test
  void cleanSeedsLoseNothing() throws IOException {
    assertEquals(List.of(), RULES.strip(seed("000_7146862e6537c051.txt")).lines());
    assertEquals(List.of(), RULES.strip(seed("002_a512718d778383ce.txt")).lines());
    List<String> lines = stripped(RULES.strip(seed("001_3ff7e8643a5c934f.txt")));
    assertEquals(List.of("READ: Iran opens drone factory in Tajikistan"), lines);
  }

  @Test
  void newsSentencesThatMentionAgenciesAreKept() {
    String text = "Reuters could not verify the claim.\nThe company will sign up 200 new staff, a statement said.\n";
    assertEquals(List.of(), RULES.strip(text).lines());
  }

  @Test
  void strippedLinesBecomeBoilerplateEvidenceWithOriginalOffsets() {
    String text = "Font Size:\nOfficials said the drones were armed.";
    Boilerplate.Stripped s = RULES.strip(text);
    String sentence = "Officials said the drones were armed.";
    CueAnalysis a = CueMatcher.standard().analyze(s, List.of(PlainTokens.sentence(0, sentence, 11)));
    assertEquals(1, a.count(CueCategory.BOILERPLATE));
    CueHit line = a.hits(CueCategory.BOILERPLATE).get(0);
    assertEquals("Font Size:", text.substring(line.begin(), line.end()));
    assertEquals(-1, line.sentenceIndex());
    CueHit anon = a.hits(CueCategory.ANONYMOUS_SOURCE).get(0);
    assertEquals("Officials said", text.substring(anon.begin(), anon.end()));
  }
}
