package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunManifest;
import io.credence.testing.SparkTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the whole job: a few thousand random and mutated JSON Lines and CSV records (broken syntax, wrong
 * types, bytes that are not UTF-8, control characters, duplicate ids, junk fields) must each come out scored or
 * rejected, and the job must finish. The seed is fixed, so a failure reproduces.
 */
class FuzzTest extends SparkTest {

  static final long SEED = 20220712L;
  static final LocalDate DATE = LocalDate.of(2022, 7, 21);
  static final String[] WORDS =
      ("the of and to in is that for it was on with as he by at from his are be this have has had not but the a the"
              + " council said officials according to reportedly unclear whether may might allegedly sources told"
              + " reporters depot bus plan cost year mayor \u201cquoted\u201d \u2019s caf\u00e9")
          .split(" ");
  static final String[] JUNK =
      ("\u00e2\u20ac\u2122 der und la de \u0433\u043e\u0440\u043e\u0434 ( ) [ ] { } \" \\ / $(rm) ${x} %s \u0000"
              + " \uFFFD \uD83D\uDE00 file:///etc/passwd <script>alert(1)</script> <p> 2022-07-12")
          .split(" ");
  static final String[] PUBLISHED = {
    "2022-07-12", "Tue, 12 Jul 2022 10:00:00 GMT", "July 12, 2022", "soon", "", "0001-11-30", "8/11/18",
    "2016-09-20T14:03:00-04:00", "9999-12-31", "2022-02-30", "1657620000", "1657620000000", "-1", "0",
    "99999999999999999999999999", "1e400", "NaN", "Infinity", "2022-07-12T25:61:00Z", "+002022-07-12", "12/31/1999",
    "2022-07-12T10:00:00+99:00", "Tue, 12 Jul 2022 10:00:00 XYZ", "\u0000", "2022-07-12".repeat(50)
  };
  /** Bare JSON numbers in a string field: huge, tiny, negative, exponents. */
  static final String[] NUMBERS = {"1e400", "-1e-400", "99999999999999999999999999", "-0", "0.0", "1657620000", "NaN"};
  static final String[] URLS = {"https://www.example.co.uk/x", "http://news.example.com/a?b=c", "example.org/p", "nope"};
  static final String[] FIELDS = {"id", "outlet", "url", "title", "text", "published", "author", "text_html", "extra"};

  @Test
  void randomAndMutatedRecordsAreAllAccountedFor(@TempDir Path in, @TempDir Path out) throws Exception {
    Random random = new Random(SEED);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    int records = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] line = line(random, i);
      jsonl.write(line);
      jsonl.write('\n');
      if (!new String(line, StandardCharsets.ISO_8859_1).replace(" ", "").isEmpty()) {
        records++;
      }
    }
    for (String line : degenerate()) {
      jsonl.write(line.getBytes(StandardCharsets.UTF_8));
      jsonl.write('\n');
      records++;
    }
    Path jsonlFile = in.resolve("fuzz.jsonl");
    Files.write(jsonlFile, jsonl.toByteArray());

    RunManifest run =
        ScoreJob.run(
            spark,
            ScoreOptions.builder().input(jsonlFile.toString()).output(out.resolve("jsonl").toString()).runDate(DATE)
                .minTokens(5).build());
    assertEquals(records, run.counts().read(), "every non-blank line is one record");
    assertTrue(run.counts().balanced(), run.counts().toString());
    assertTrue(run.counts().scored() > 200, "fuzzing should still score the intact records: " + run.counts());
    assertTrue(run.rejectedByReason().size() >= 6, run.rejectedByReason().toString());
    assertEquals(3L, run.rejectedByReason().get("degenerate_text"), run.rejectedByReason().toString());

    Path csv = in.resolve("fuzz.csv");
    StringBuilder rows = new StringBuilder("id,outlet,url,text,published\n");
    for (int i = 0; i < 300; i++) {
      List<String> cells = new ArrayList<>();
      int n = 1 + random.nextInt(7);
      for (int c = 0; c < n; c++) {
        String cell = phrase(random, random.nextInt(40)).replace("\u0000", "");
        cells.add(random.nextInt(3) == 0 ? cell.replace("\"", "") : "\"" + cell.replace("\"", "\"\"") + "\"");
      }
      rows.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(csv, rows.toString());
    RunManifest csvRun =
        ScoreJob.run(
            spark,
            ScoreOptions.builder().input(csv.toString()).output(out.resolve("csv").toString()).runDate(DATE).build());
    assertTrue(csvRun.counts().balanced(), csvRun.counts().toString());
    assertTrue(csvRun.counts().read() > 0);
  }

  /** Degenerate texts (issue 16): cue words without punctuation, one word repeated, cue density beyond real text. */
  static List<String> degenerate() {
    return List.of(
        "{\"id\":\"degenerate-1\",\"outlet\":\"x.example\",\"text\":\""
            + "reportedly officials said it is unclear whether sources told allegedly ".repeat(2000) + "\"}",
        "{\"id\":\"degenerate-2\",\"outlet\":\"x.example\",\"text\":\""
            + "Buffalo buffalo buffalo buffalo buffalo buffalo buffalo the city. ".repeat(60) + "\"}",
        "{\"id\":\"degenerate-3\",\"outlet\":\"x.example\",\"text\":\""
            + "Reportedly, allegedly, officials said it is unclear, sources told reporters. ".repeat(60) + "\"}");
  }

  /** One JSON Lines line: a well-formed record, a mutated one, or junk; never containing a line break. */
  static byte[] line(Random random, int i) {
    int kind = random.nextInt(10);
    String record = record(random, i);
    byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
    switch (kind) {
      case 0, 1, 2, 3 -> {
        return bytes;
      }
      case 4 -> {
        return record.substring(0, random.nextInt(record.length() + 1)).getBytes(StandardCharsets.UTF_8);
      }
      case 5 -> {
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          bytes[random.nextInt(bytes.length)] = (byte) (random.nextInt(256));
        }
        return noBreaks(bytes);
      }
      case 6 -> {
        return ("[" + record + "," + record + "]").getBytes(StandardCharsets.UTF_8);
      }
      case 7 -> {
        String[] junk = {"", "   ", "null", "42", "[]", "{}", "\"text\"", "{\"text\": ", "}{", "\t"};
        return junk[random.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8);
      }
      case 8 -> {
        byte[] raw = new byte[random.nextInt(300)];
        random.nextBytes(raw);
        return noBreaks(raw);
      }
      default -> {
        StringBuilder s = new StringBuilder(record);
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
          int at = random.nextInt(s.length() + 1);
          s.insert(at, "{}[]\",:\\".charAt(random.nextInt(8)));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  static String record(Random random, int i) {
    StringBuilder s = new StringBuilder("{");
    String sep = "";
    for (String field : FIELDS) {
      if (random.nextInt(4) == 0 && !field.equals("text")) {
        continue;
      }
      s.append(sep).append('"').append(field).append("\":");
      sep = ",";
      int type = random.nextInt(20);
      if (type == 0) {
        s.append(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : String.valueOf(random.nextInt()));
      } else if (type == 1) {
        s.append("null");
      } else if (type == 2) {
        s.append("{\"nested\":[1,2,{\"deep\":true}]}");
      } else if (field.equals("id")) {
        s.append('"').append("id-").append(random.nextInt(i + 1) % 500).append('"');
      } else if (field.equals("published") && type > 5) {
        s.append(json(PUBLISHED[random.nextInt(PUBLISHED.length)]));
      } else if (field.equals("url") && type > 5) {
        s.append(json(URLS[random.nextInt(URLS.length)]));
      } else {
        int words = field.equals("text") ? random.nextInt(120) : random.nextInt(6);
        s.append(json(phrase(random, words)));
      }
    }
    return s.append('}').toString();
  }

  static String phrase(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String[] from = random.nextInt(20) == 0 ? JUNK : WORDS;
      s.append(w == 0 ? "" : random.nextInt(12) == 0 ? ". " : " ").append(from[random.nextInt(from.length)]);
    }
    return s.toString();
  }

  static String json(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

  static byte[] noBreaks(byte[] bytes) {
    for (int k = 0; k < bytes.length; k++) {
      if (bytes[k] == '\n' || bytes[k] == '\r') {
        bytes[k] = ' ';
      }
    }
    return bytes;
  }
}
