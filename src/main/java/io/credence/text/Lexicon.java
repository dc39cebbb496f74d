package io.credence.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curated cue lexicon, loaded from the tab-separated resource files under {@code credence/lexicon/}. */
public final class Lexicon implements Serializable {

  /** The resource files of the standard lexicon, one per cue family. */
  public static final List<String> STANDARD_FILES =
      List.of(
          "hedges.tsv",
          "uncertainty.tsv",
          "hearsay.tsv",
          "attribution.tsv",
          "anonymous_sources.tsv",
          "loaded.tsv",
          "blocking.tsv");

  private static final String RESOURCE_DIR = "credence/lexicon/";
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

  /** Parses one resource file of the form {@code cue<TAB>category<TAB>source}; '#' starts a comment line. */
  static List<Cue> loadResource(String file) {
    String path = RESOURCE_DIR + file;
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Lexicon resource " + path + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + path, e);
    }
  }

  static List<Cue> parse(List<String> lines, String origin) {
    List<Cue> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IllegalArgumentException(
            origin + ":" + lineNo + ": expected cue<TAB>category<TAB>source, got '" + line + "'");
      }
      String phrase = cols[0].trim();
      List<String> tokens = Arrays.asList(Token.normalize(phrase).split("\\s+"));
      CueCategory category =
          BLOCK_LABEL.equals(cols[1].trim()) ? null : CueCategory.fromLabel(cols[1]);
      out.add(new Cue(phrase, tokens, category, cols[2].trim()));
    }
    return out;
  }

  /** All entries, in file order. */
  public List<Cue> cues() {
    return cues;
  }
}
