package io.credence.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic nightly deliveries for the feature-store tests: three outlets with distinct styles (attributed, hedged,
 * loaded), articles spread over the four days up to each night, and deliberate edge cases for a two-day window: an
 * article delivered again with new text (n1-4), one re-delivered with a published date that leaves the window (n1-0),
 * one that enters it (n0-3), one moved within it (n0-0), and one delivered two nights before its published date
 * (early).
 */
public final class NightlyFixtures {

  private NightlyFixtures() {}

  /** One delivered article. */
  public record Article(String id, String outlet, LocalDate published, String text) {

    String json() {
      return String.format(
          "{\"id\":\"%s\",\"outlet\":\"%s\",\"url\":\"https://%s/%s\",\"title\":\"Story %s\","
              + "\"published\":\"%s\",\"text\":\"%s\"}",
          id, outlet, outlet, id, id, published, text.replace("\"", "\\\""));
    }
  }

  private static final String[] ATTRIBUTED = {
    "The ministry said the budget rose by four percent, according to figures published on Monday.",
    "\"We have checked every number,\" Ana Ruiz, the agency's director, told reporters.",
    "Officials said the report was reviewed by two independent auditors.",
    "The council confirmed the vote in a written statement, a spokesman said.",
    "According to the court filing, the contract was signed in March.",
  };
  private static final String[] HEDGED = {
    "It is unclear whether the plan will survive the vote.",
    "The company may possibly delay the launch, sources reportedly claim.",
    "Some say the figures could perhaps be higher than stated.",
    "It remains unclear who might have approved the deal.",
    "Reportedly, the minister could resign, although nothing is certain.",
  };
  private static final String[] LOADED = {
    "The senator slams the bloody disaster of a bill.",
    "Critics blasted the killer plan in a furious outburst.",
    "The mayor destroys the opposition in a shocking display.",
    "Rivals slammed the outrageous decision as a total catastrophe.",
    "Everyone knows the scheme is a shameful, disgraceful mess.",
  };

  /** An article of {@code outlet}'s style; {@code variant} picks and orders its sentences. */
  public static Article article(String id, String outlet, LocalDate published, int variant) {
    String[] pool =
        switch (outlet) {
          case "careful.example" -> ATTRIBUTED;
          case "hedgy.example" -> HEDGED;
          default -> LOADED;
        };
    StringBuilder text = new StringBuilder();
    int sentences = 3 + variant % 3;
    for (int i = 0; i < sentences; i++) {
      text.append(pool[(variant + i * 2) % pool.length]).append(' ');
      if (i % 2 == 1) {
        text.append(ATTRIBUTED[(variant + i) % ATTRIBUTED.length]).append(' ');
      }
    }
    text.append("The story ").append(id).append(" ends here.");
    return new Article(id, outlet, published, text.toString());
  }

  /** The deliveries of four consecutive nights starting at {@code first}, by night. */
  public static Map<LocalDate, List<Article>> fourNights(LocalDate first) {
    Map<LocalDate, List<Article>> nights = new LinkedHashMap<>();
    String[] outlets = {"careful.example", "hedgy.example", "loaded.example"};
    for (int n = 0; n < 4; n++) {
      LocalDate night = first.plusDays(n);
      List<Article> delivered = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        String outlet = outlets[i % 3];
        LocalDate published = night.minusDays(i % 4);
        delivered.add(article("n" + n + "-" + i, outlet, published, n * 7 + i));
      }
      nights.put(night, delivered);
    }
    LocalDate d1 = first;
    LocalDate d2 = first.plusDays(1);
    LocalDate d3 = first.plusDays(2);
    nights.get(d1).add(article("early", "hedgy.example", d3, 40));
    nights.get(d2).add(article("n0-0", "careful.example", d2, 41));
    nights.get(d3).add(article("n1-4", "hedgy.example", d2, 42));
    nights.get(d3).add(article("n1-0", "careful.example", d1.minusDays(20), 43));
    nights.get(d3).add(article("n0-3", "careful.example", d3, 44));
    return nights;
  }

  /** Writes {@code articles} as {@code dir/<night>/articles.jsonl}; returns the night's directory. */
  public static Path write(Path dir, LocalDate night, List<Article> articles) throws IOException {
    Path nightDir = Files.createDirectories(dir.resolve(night.toString()));
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      lines.add(a.json());
    }
    Files.write(nightDir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    return nightDir;
  }

  /**
   * The articles a window of {@code days} ending at {@code runDate} holds after the nights up to {@code runDate}: the
   * latest delivery of each id, kept when published in the window. Computed in plain Java, for comparison.
   */
  public static List<Article> window(Map<LocalDate, List<Article>> nights, LocalDate runDate, int days) {
    Map<String, Article> latest = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, List<Article>> night : nights.entrySet()) {
      if (!night.getKey().isAfter(runDate)) {
        for (Article a : night.getValue()) {
          latest.remove(a.id());
          latest.put(a.id(), a);
        }
      }
    }
    LocalDate start = runDate.minusDays(days - 1L);
    return latest.values().stream()
        .filter(a -> !a.published().isBefore(start) && !a.published().isAfter(runDate))
        .toList();
  }
}
