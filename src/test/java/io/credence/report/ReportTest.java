package io.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.CommittedOutput;
import io.credence.io.RunOutput;
import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import io.credence.testing.ArticleFixtures;
import io.credence.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the run summary on a real output: the sample night, then a night with a hostile outlet name and
 * article (HTML in both) and rejected records. Asserts what a person must find on the page, never a score.
 */
class ReportTest {

  static final LocalDate SAMPLE = LocalDate.of(2022, 7, 15);
  static final LocalDate NEXT = SAMPLE.plusDays(1);
  static final String HOSTILE_OUTLET = "<b>bold</b>&co.example";
  static final String HOSTILE_TEXT =
      "<img src=x onerror=alert(1)> The minister reportedly approved the plan, officials said on Monday. "
          + ArticleFixtures.CAREFUL_TEXT;

  @TempDir static Path out;
  static SparkSession spark;
  static CommittedOutput committed;

  @BeforeAll
  static void scoreTwoNights(@TempDir Path in) throws Exception {
    spark = SparkTestSession.get();
    ScoreJob.run(spark, ScoreOptions.builder().input("data/sample").output(out.toString()).runDate(SAMPLE).build());
    String text = HOSTILE_TEXT.replace("\"", "\\\"");
    Path night = in.resolve("next.jsonl");
    Files.write(
        night,
        List.of(
            "{\"id\":\"hostile-1\",\"outlet\":\"" + HOSTILE_OUTLET + "\",\"title\":\"<script>x</script> plan\","
                + "\"text\":\"" + text + "\",\"published\":\"2022-07-16\"}",
            "{\"id\":\"empty\",\"outlet\":\"example.org\",\"text\":\"\"}",
            "{\"id\":\"broken\",\"text\":\"<script>unterminated"),
        StandardCharsets.UTF_8);
    ScoreJob.run(spark, ScoreOptions.builder().input(night.toString()).output(out.toString()).runDate(NEXT).build());
    committed = new CommittedOutput(spark, out.toString());
  }

  private static List<Row> outletScores(LocalDate night) {
    return committed.night(RunOutput.OUTLET_SCORES, night).select("outlet", "band").collectAsList();
  }

  @Test
  void thePageShowsEveryOutletWithItsBandAndMarkedEvidence() throws Exception {
    ReportData data = ReportData.read(committed, null, ReportData.EVIDENCE_DEFAULT);
    assertEquals(NEXT, data.night(), "the default night is the latest committed one");
    String page = HtmlReport.render(data);
    Files.writeString(Path.of("target", "report-test.html"), page, StandardCharsets.UTF_8);

    List<Row> outlets = outletScores(NEXT);
    assertEquals(6, outlets.size(), "five sample outlets and the hostile one are in the window");
    for (Row o : outlets) {
      String outlet = Html.esc(o.getString(0));
      String section = section(page, outlet);
      assertTrue(section.contains(">" + Html.esc(o.getString(1)) + "</span>"), "band of " + outlet);
      assertTrue(section.contains("<mark>"), "marked evidence of " + outlet);
      assertTrue(rankingRow(page, outlet).contains(Html.esc(o.getString(1))), "ranking row of " + outlet);
    }
    assertTrue(page.contains("<mark>reportedly</mark>"), "the hostile article's hearsay cue is marked");
    assertTrue(page.contains("<mark>According to</mark>"), "an attribution of the sample is marked");
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "article HTML is shown as text");
    assertTrue(page.contains("&lt;b&gt;bold&lt;/b&gt;&amp;co.example"), "the outlet name is escaped");

    assertTrue(page.contains("<code>missing_text</code>"), "rejected by reason");
    assertTrue(page.contains("<code>malformed_record</code>"), "rejected by reason");
    assertTrue(page.contains("&lt;script&gt;unterminated"), "a rejected record's raw text, escaped");
    assertEquals(2, count(page, "class=\"status-succeeded\""), "one succeeded attempt per night");
    assertTrue(page.contains("<polyline"), "two nights draw a line per outlet");

    assertSelfContained(page);
  }

  @Test
  void anEarlierNightIsReportedAsItWasCommitted() {
    ReportData data = ReportData.read(committed, SAMPLE, 1);
    assertEquals(5, data.outlets().size());
    assertFalse(HtmlReport.render(data).contains("bold"), "the later night's outlet is not in the earlier window");
    assertFalse(data.evidence().isEmpty(), "the earlier night's window has evidence");
    for (List<ReportData.EvidenceSentence> sentences : data.evidence().values()) {
      long categories = sentences.stream().map(ReportData.EvidenceSentence::category).distinct().count();
      assertEquals(categories, sentences.size(), "one sentence per category with --evidence 1");
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> committed.night(LocalDate.of(2022, 7, 1)));
    assertTrue(e.getMessage().contains("[2022-07-15, 2022-07-16]"), e.getMessage());
  }

  @Test
  void theSummaryNamesEveryOutletAndItsBand() {
    String summary = RunSummary.of(committed, NEXT).render();
    for (Row o : outletScores(NEXT)) {
      assertTrue(
          summary.lines().anyMatch(l -> l.contains(o.getString(0)) && l.contains(o.getString(1))),
          o.getString(0) + " with its band in\n" + summary);
    }
    assertTrue(summary.contains("rejected: 2 ("), summary);
    assertTrue(summary.contains("missing_text 1") && summary.contains("malformed_record 1"), summary);
    assertTrue(summary.contains(committed.partition(RunOutput.OUTLET_SCORES, NEXT).toString()), summary);
  }

  /** Nothing on the page can load anything: no script, no external reference, a policy that forbids it. */
  static void assertSelfContained(String page) {
    assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"), "CSP");
    assertFalse(Pattern.compile("<script|<link|<iframe|<img|<object|<embed", Pattern.CASE_INSENSITIVE)
        .matcher(page).find(), "no element that loads or runs anything");
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(page).find(),
        "only in-page links");
    assertFalse(page.contains("url(") || page.contains("@import") || page.contains("://"), "no URL anywhere");
  }

  private static String section(String page, String escapedOutlet) {
    Matcher m =
        Pattern.compile("<article class=\"outlet\" id=\"outlet-\\d+\">\\n<h3>\\d+\\. " + Pattern.quote(escapedOutlet)
            + " .*?</article>", Pattern.DOTALL).matcher(page);
    assertTrue(m.find(), "a section for " + escapedOutlet);
    return m.group();
  }

  private static String rankingRow(String page, String escapedOutlet) {
    Matcher m = Pattern.compile("<tr><td class=\"n\">\\d+</td><td><a href=\"#outlet-\\d+\">"
        + Pattern.quote(escapedOutlet) + "</a>.*?</tr>").matcher(page);
    assertTrue(m.find(), "a ranking row for " + escapedOutlet);
    return m.group();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
