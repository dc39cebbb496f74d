package io.credence.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Real text for equivalence tests: the news text committed in the repository and, where present, the dev articles. */
public final class CommittedText {

  /** The labelled development data beside the checkout; never committed, absent on CI. */
  public static final Path DEV = Path.of("../shared/dev");

  private CommittedText() {}

  /** Every line of the benchmark's news sentences and of the seeds, and each seed whole. */
  public static List<String> newsLines() throws IOException {
    List<String> out = new ArrayList<>(Files.readAllLines(Path.of("data/bench/news-sentences.txt")));
    try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        out.add(text);
        out.addAll(text.lines().toList());
      }
    }
    return out;
  }

  /** One development article's text and where it is ("horne_dev.jsonl line 12"). */
  public record DevArticle(String where, String text) {}

  /**
   * The text of every article of every {@code *.jsonl} file in {@link #DEV}, in file and line order (records without
   * text are left out); skips the calling test, by an assumption, where the directory is absent, and fails it where
   * the directory holds no article text.
   */
  public static List<DevArticle> devArticles() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DEV), "no " + DEV + " here: development articles not checked");
    ObjectMapper json = new ObjectMapper();
    List<DevArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEV)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        int line = 0;
        for (String row : Files.readAllLines(f)) {
          line++;
          JsonNode text = json.readTree(row).get("text");
          if (text != null && text.isTextual()) {
            out.add(new DevArticle(f.getFileName() + " line " + line, text.asText()));
          }
        }
      }
    }
    Assertions.assertFalse(out.isEmpty(), "no development articles with text in " + DEV);
    return out;
  }
}
