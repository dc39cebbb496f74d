package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The option tables of jobs/README.md list exactly the options each subcommand takes ({@code --help} and {@code
 * --version} aside), so an operator who reads the docs instead of {@code --help} meets every option and no stale one.
 */
class DocumentedOptionsTest {

  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z0-9-]*");

  /** Where each subcommand's table starts: the first parameter table after this line. */
  private static final Map<String, String> SECTIONS =
      Map.of(
          "score", "## The `score` job",
          "backfill", "## The `backfill` job",
          "report", "**The report.**",
          "calibrate", "## Calibration: `calibrate`",
          "synth", "## Synthetic corpus: `synth`");

  @ParameterizedTest
  @CsvSource({"score", "backfill", "report", "calibrate", "synth"})
  void theReadmeTableListsEveryOption(String command) throws IOException {
    assertEquals(options(command), documented(command), "options of " + command + ": --help against jobs/README.md");
  }

  private static Set<String> options(String command) {
    Set<String> out = new TreeSet<>();
    CommandLine.Model.CommandSpec spec =
        new CommandLine(new CredenceCli()).getSubcommands().get(command).getCommandSpec();
    for (CommandLine.Model.OptionSpec o : spec.options()) {
      if (!o.usageHelp() && !o.versionHelp() && !o.hidden()) {
        out.add(o.longestName());
      }
    }
    return out;
  }

  /**
   * The options named in the first column of the command's table (a row may name several: "`--from`, `--to`"), and
   * those of a row "the rest", which names them in its last column.
   */
  private static Set<String> documented(String command) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("jobs", "README.md"));
    int at = lines.indexOf(SECTIONS.get(command));
    if (at < 0) {
      at = indexStartingWith(lines, SECTIONS.get(command), 0);
    }
    assertTrue(at >= 0, "jobs/README.md has no line " + SECTIONS.get(command));
    int table = indexStartingWith(lines, "| parameter |", at);
    assertTrue(table > at, "no parameter table after " + SECTIONS.get(command));
    Set<String> out = new TreeSet<>();
    for (int i = table + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      String named = cells[1].strip().equals("the rest") ? cells[cells.length - 1] : cells[1];
      Matcher m = OPTION.matcher(named);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static int indexStartingWith(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
