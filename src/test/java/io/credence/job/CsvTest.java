package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared CSV reader, and the labels file of {@code calibrate} read through it. */
class CsvTest {

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    List<String[]> rows = Csv.parse("text,label\r\n\"a, \"\"b\"\"\nc\",1\n\nplain,0");
    assertEquals(4, rows.size());
    assertArrayEquals(new String[] {"text", "label"}, rows.get(0));
    assertArrayEquals(new String[] {"a, \"b\"\nc", "1"}, rows.get(1));
    assertArrayEquals(new String[] {""}, rows.get(2), "an empty line is one empty field");
    assertArrayEquals(new String[] {"plain", "0"}, rows.get(3), "the last record needs no line break");
  }

  @Test
  void labelsAreTrimmedBlankLinesSkippedAndShortRowsNamed(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("labels.csv");
    Files.writeString(labels, "outlet, label ,lean,set\r\n\"Smith, Jones & Co\", 0.7 ,left,\n   \nb,reliable,,horne\n",
        StandardCharsets.UTF_8);
    List<Map<String, String>> rows = CalibrateJob.readLabels(labels);
    assertEquals(2, rows.size());
    assertEquals(Map.of("outlet", "Smith, Jones & Co", "label", "0.7", "lean", "left", "set", ""), rows.get(0));
    assertEquals("horne", rows.get(1).get("set"));

    Files.writeString(labels, "outlet,label\nonly-an-outlet\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalibrateJob.readLabels(labels));
    assertTrue(e.getMessage().contains("has 1 fields: 'only-an-outlet'"), e.getMessage());
  }
}
