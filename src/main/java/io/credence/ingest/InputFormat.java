package io.credence.ingest;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The input formats credence reads, and how {@code auto} picks one from the input path. */
public enum InputFormat {
  AUTO,
  JSONL,
  CSV,
  PARQUET,
  TEXT,
  HTML;

  /** Every format's name as {@code --format} takes it, in declaration order (for help texts and errors). */
  public static final String NAMES = "auto|jsonl|csv|parquet|text|html";

  /** Parses a {@code --format} value, naming the accepted ones when it is not one of them. */
  public static InputFormat parse(String value) {
    Preconditions.checkArgument(value != null, "Input format must not be null");
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(value.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown input format '" + value + "': use one of " + NAMES.replace("|", ", "));
  }

  /**
   * Resolves {@code auto} from the path: {@code .jsonl}/{@code .json} files (also gzipped: {@code .jsonl.gz},
   * {@code .json.gz}) are JSON Lines, {@code .csv} is CSV,
   * {@code .parquet} or a directory of Parquet files is Parquet, a directory of {@code .txt} files is text, a directory
   * of {@code .html}/{@code .htm} files is HTML. In a directory, files whose names start with {@code _} or {@code .}
   * are left out, as Spark's readers leave them out. Lists the path itself; a caller that has already resolved the
   * path to its files passes them to {@link #detect(String, List)} instead.
   */
  public static InputFormat detect(String path, Configuration conf) {
    InputFormat byName = byName(path);
    if (byName != null) {
      return byName;
    }
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      Preconditions.checkArgument(
          matches != null && matches.length > 0, "Input path '%s' does not exist or matches nothing", path);
      List<String> files = new ArrayList<>();
      for (FileStatus match : matches) {
        FileStatus[] listed = match.isDirectory() ? fs.listStatus(match.getPath()) : new FileStatus[] {match};
        for (FileStatus f : listed) {
          String name = f.getPath().getName();
          if (match.isDirectory() && (name.startsWith("_") || name.startsWith("."))) {
            continue; // hidden, as Spark's readers hide it: _SUCCESS, a synth corpus's _outlets.csv, .crc files
          }
          files.add(f.getPath().toString());
        }
      }
      return byFiles(path, files);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input path '" + path + "'", e);
    }
  }

  /**
   * Resolves {@code auto} as {@link #detect(String, Configuration)} does, from {@code path}'s name or else from
   * {@code files}, the visible files the path names (as the run's input resolution lists them), without listing again.
   */
  public static InputFormat detect(String path, List<String> files) {
    InputFormat byName = byName(path);
    return byName != null ? byName : byFiles(path, files);
  }

  /** The format {@code path}'s own name tells, or null when it names none (a directory or a glob). */
  private static InputFormat byName(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (isJsonLines(lower)) {
      return JSONL;
    }
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    if (lower.endsWith(".parquet")) {
      return PARQUET;
    }
    return null;
  }

  /** The one format all of {@code files} have, by their names; fails naming the counts when they have none or several. */
  private static InputFormat byFiles(String path, List<String> files) {
    int json = 0, csv = 0, parquet = 0, text = 0, html = 0;
    for (String file : files) {
      String name = new Path(file).getName().toLowerCase(Locale.ROOT);
      if (isJsonLines(name)) json++;
      else if (name.endsWith(".parquet")) parquet++;
      else if (name.endsWith(".txt")) text++;
      else if (name.endsWith(".html") || name.endsWith(".htm")) html++;
      else if (name.endsWith(".csv") && !name.equals("manifest.csv")) csv++;
    }
    int all = json + csv + parquet + text + html;
    if (parquet > 0 && parquet == all) return PARQUET;
    if (json > 0 && json == all) return JSONL;
    if (csv > 0 && csv == all) return CSV;
    if (text > 0 && text == all) return TEXT;
    if (html > 0 && html == all) return HTML;
    throw new IllegalArgumentException(
        String.format(
            "Cannot tell the format of '%s' (%d .jsonl/.json, %d .csv, %d .parquet, %d .txt, %d .html files):"
                + " pass --format",
            path, json, csv, parquet, text, html));
  }

  private static boolean isJsonLines(String lowerName) {
    return lowerName.endsWith(".jsonl") || lowerName.endsWith(".json") || lowerName.endsWith(".jsonl.gz")
        || lowerName.endsWith(".json.gz");
  }
}
