package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriterCuesTest {

  private static WriterCues.Result analyse(String... sentences) {
    List<Sentence> article = PlainTokens.article(sentences);
    return WriterCues.analyse(String.join(" ", sentences), article);
  }

  @Test
  void voiceInsideQuotesBelongsToTheSpeakerNotTheWriter() {
    WriterCues.Result r =
        analyse("\"We are very worried about what you will do next,\" the mayor said.",
            "I think we should all be extremely angry!", "Why would anyone believe them?");
    assertEquals(2, r.count(WriterCues.FIRST_PERSON), "I and we outside the quote");
    assertEquals(0, r.count(WriterCues.SECOND_PERSON), "you is inside the quote");
    assertEquals(1, r.count(WriterCues.INTENSIFIERS), "extremely; very is quoted");
    assertEquals(1, r.count(WriterCues.EXCLAMATIONS));
    assertEquals(1, r.count(WriterCues.QUESTIONS));
  }

  @Test
  void theCountryIsNotAPronounAndRomanOneIsNotI() {
    WriterCues.Result r = analyse("US troops left the U.S. base.", "Let us see.", "World War i ended.");
    assertEquals(1, r.count(WriterCues.FIRST_PERSON), "only 'us' in 'Let us see'");
    assertEquals("us", r.hits().stream().filter(h -> h.column().equals(WriterCues.FIRST_PERSON)).findFirst()
        .orElseThrow().cue());
  }

  @Test
  void specificityCountsFiguresAndCalendarDates() {
    WriterCues.Result r =
        analyse("On March 3, 2020, the agency cut 1200 jobs.", "The vote is on Tuesday.", "May we ask?");
    assertEquals(3, r.count(WriterCues.NUMBERS), "3, 2020 and 1200");
    assertEquals(2, r.count(WriterCues.DATES), "March 3 and Tuesday; 'May we' is not a date");
  }

  @Test
  void mediaCitationsAndTransparencyLines() {
    WriterCues.Result r =
        analyse("The senator told Fox News that he would resign.", "The deal was first reported by Politico.",
            "According to a report in The Washington Post, talks stalled.",
            "Jane Doe contributed reporting.", "Correction: an earlier version misstated the date.");
    assertEquals(3, r.count(WriterCues.MEDIA));
    assertEquals(2, r.count(WriterCues.TRANSPARENCY));
    WriterCues.Hit hit = r.hits().stream().filter(h -> h.column().equals(WriterCues.MEDIA)).findFirst()
        .orElseThrow();
    assertEquals("told Fox News", hit.cue());
    assertEquals("media", hit.category());
    assertEquals(0, hit.sentenceIndex());
  }

  @Test
  void plainReportingHasNoVoiceCues() {
    WriterCues.Result r =
        analyse("The council approved the budget on a 7-2 vote.", "Officials said the plan would take effect.");
    assertEquals(0, r.count(WriterCues.FIRST_PERSON) + r.count(WriterCues.SECOND_PERSON)
        + r.count(WriterCues.INTENSIFIERS) + r.count(WriterCues.QUESTIONS) + r.count(WriterCues.EXCLAMATIONS));
    assertTrue(r.count(WriterCues.NUMBERS) >= 1, "7-2 is a figure");
    assertEquals(WriterCues.COLUMNS.size(), r.values().size());
  }
}
