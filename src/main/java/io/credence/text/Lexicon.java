package io.credence.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curated cue lexicon, loaded from the tab-separated resource files under {@code credence/lexicon/}. */
public final class Lexicon implements Serializable {

  /** The resource files of the standard cue lexicon, one per cue family. */
  public static final List<String> STANDARD_FILES =
      List.of(
          "hedges.tsv",
          "approximators.tsv",
          "uncertainty.tsv",
          "hearsay.tsv",
          "weasel.tsv",
          "boosters.tsv",
          "attribution.tsv",
          "anonymous_sources.tsv",
          "loaded.tsv",
          "opinion.tsv",
          "clickbait.tsv",
          "blocking.tsv");

  /** Every lexicon resource: the cue families, the source-context words, function words and boilerplate rules. */
  public static final List<String> ALL_FILES;

  static {
    List<String> all = new ArrayList<>(STANDARD_FILES);
    all.add(SourceWords.FILE);
    all.add(SourceWords.FUNCTION_WORDS_FILE);
    all.add(SourceWords.GAZETTEER_FILE);
    all.add(Boilerplate.FILE);
    ALL_FILES = List.copyOf(all);
  }

  /** The token standing for any number in a cue ("up to #"). */
  public static final String NUMBER = "#";

  private static final String BLOCK_LABEL = "block";

  private final List<Cue> cues;

  private Lexicon(List<Cue> cues) {
    this.cues = Collections.unmodifiableList(cues);
  }

  /** Loads the standard lexicon shipped with credence. */
  public static Lexicon standard() {
    List<Cue> all = new ArrayList<>();
    for (String file : STANDARD_FILES) {
      all.addAll(loadResource(file));
    }
    return of(all);
  }

  /** Builds a lexicon from entries, rejecting a phrase listed twice. */
  public static Lexicon of(List<Cue> cues) {
    Map<String, Cue> seen = new LinkedHashMap<>();
    for (Cue cue : cues) {
      String key = String.join(" ", cue.tokens());
      Cue previous = seen.putIfAbsent(key, cue);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Cue '" + cue.phrase() + "' is listed twice (" + previous.source() + "; " + cue.source() + ")");
      }
    }
    return new Lexicon(new ArrayList<>(seen.values()));
  }

  static List<Cue> loadResource(String file) {
    return toCues(LexiconFile.read(file));
  }

  static List<Cue> parse(List<String> lines, String origin) {
    return toCues(LexiconFile.parse(lines, origin));
  }

  private static List<Cue> toCues(List<LexiconFile.Row> rows) {
    List<Cue> out = new ArrayList<>(rows.size());
    for (LexiconFile.Row row : rows) {
      CueCategory category;
      try {
        category = BLOCK_LABEL.equals(row.category()) ? null : CueCategory.fromLabel(row.category());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.origin() + ": " + e.getMessage(), e);
      }
      out.add(new Cue(row.phrase(), tokensOf(row.phrase()), category, row.weight(), row.source() + " (" + row.origin() + ")"));
    }
    return out;
  }

  /** The normalised tokens of a lexicon phrase, split on white space. */
  public static List<String> tokensOf(String phrase) {
    String[] parts = phrase.trim().split("\\s+");
    String[] out = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Token.normalize(parts[i]);
    }
    return Arrays.asList(out);
  }

  /** All entries, in file order. */
  public List<Cue> cues() {
    return cues;
  }
}
