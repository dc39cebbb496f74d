package io.credence.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One versioned lexicon resource under {@code credence/lexicon/}: tab-separated {@code cue, category, weight hint,
 * source note}; '#' starts a comment line. Every lexicon file, cue families and context word lists alike, has this form.
 */
public final class LexiconFile {

  /** The resource directory of all lexicon files. */
  public static final String RESOURCE_DIR = "credence/lexicon/";

  /** One parsed line, with its origin for error messages. */
  public record Row(String phrase, String category, double weight, String source, String origin) {

    /**
     * The category column as a constant of {@code type} (matched in upper case), failing with the line's origin and
     * "unknown {@code what} '…'" when no constant has that name.
     */
    public <E extends Enum<E>> E categoryAs(Class<E> type, String what) {
      try {
        return Enum.valueOf(type, category.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ": unknown " + what + " '" + category + "'", e);
      }
    }
  }

  private LexiconFile() {}

  /** Reads a lexicon resource by file name, failing with file and line on a malformed line. */
  public static List<Row> read(String file) {
    String path = RESOURCE_DIR + file;
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Lexicon resource " + path + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + path, e);
    }
  }

  static List<Row> parse(List<String> lines, String origin) {
    List<Row> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = origin + ":" + lineNo;
      if (cols.length != 4 || cols[0].isBlank() || cols[1].isBlank() || cols[3].isBlank()) {
        throw new IllegalArgumentException(
            where + ": expected cue<TAB>category<TAB>weight<TAB>source, got '" + line + "'");
      }
      double weight;
      try {
        weight = Double.parseDouble(cols[2].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": weight '" + cols[2] + "' is not a number", e);
      }
      out.add(new Row(cols[0].trim(), cols[1].trim(), weight, cols[3].trim(), where));
    }
    return out;
  }
}
