package io.credence.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small named input fixtures with deliberate edge cases, written to a directory for a test to read. */
public final class ArticleFixtures {

  private ArticleFixtures() {}

  /** A sentence long enough to score, with a named attribution and an attributed uncertainty statement. */
  public static final String CAREFUL_TEXT =
      "It is unclear whether the ministry approved the plan, the spokesman said on Monday. "
          + "\"We have not seen any evidence of that,\" Maria Lopez, the agency's director, told reporters. "
          + "According to the report, the programme cost up to several hundred million dollars.";

  /**
   * JSON Lines with one good record per derivation path and one bad record per reject reason:
   * malformed JSON, empty and whitespace text, no outlet and no url, a url without host, a bad date, punctuation only.
   */
  public static Path badRecordsJsonl(Path dir) throws IOException {
    String careful = CAREFUL_TEXT.replace("\"", "\\\"");
    List<String> lines =
        List.of(
            "{\"id\":\"good-1\",\"outlet\":\"example.org\",\"url\":\"https://example.org/a\",\"title\":\"Plan\","
                + "\"text\":\"" + careful + "\",\"published\":\"2022-07-11\"}",
            "{\"url\":\"https://www.mirror.co.uk/news/x\",\"title\":\"Derived\",\"text\":\"" + careful + "\"}",
            "{\"id\":\"good-3\",\"url\":\"https://edition.cnn.com/x\",\"text\":\"" + careful
                + "\",\"published\":\"Tue, 12 Jul 2022 10:00:00 GMT\"}",
            "{\"id\":\"bad-json\",\"outlet\":\"example.org\",\"text\":\"unterminated",
            "{\"id\":\"empty-text\",\"outlet\":\"example.org\",\"text\":\"\"}",
            "{\"id\":\"blank-text\",\"outlet\":\"example.org\",\"text\":\"   \\n\\t \"}",
            "{\"id\":\"no-outlet\",\"text\":\"" + careful + "\"}",
            "{\"id\":\"bad-url\",\"url\":\"not a url at all\",\"text\":\"" + careful + "\"}",
            "{\"id\":\"bad-date\",\"outlet\":\"example.org\",\"text\":\"" + careful
                + "\",\"published\":\"yesterday-ish\"}",
            "{\"id\":\"symbols\",\"outlet\":\"example.org\",\"text\":\"... --- !!! ???\"}");
    Path file = dir.resolve("bad_records.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
