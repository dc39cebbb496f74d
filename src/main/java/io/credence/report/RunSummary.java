package io.credence.report;

import io.credence.io.CommittedOutput;
import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The summary a person reads at the end of a run (on standard error; standard output keeps the JSON manifest): the
 * night's outlets ranked (all of them up to {@value #ALL_UP_TO}, else the top and bottom {@value #TOP_AND_BOTTOM}),
 * with articles, reliability and interval, band and top driver; the rejected records by reason; where the tables
 * are; and the command that renders the night's report.
 */
public final class RunSummary {

  /** Every outlet is listed up to this many. */
  public static final int ALL_UP_TO = 20;

  /** Above {@link #ALL_UP_TO} outlets, this many from the top and from the bottom are listed. */
  public static final int TOP_AND_BOTTOM = 10;

  /** Outlet names longer than this are cut (with an ellipsis) so the table stays readable. */
  static final int OUTLET_WIDTH = 40;

  /** The tables a night writes, in the order the summary lists them. */
  static final List<String> TABLES =
      List.of(RunOutput.OUTLET_SCORES, RunOutput.ARTICLE_FEATURES, RunOutput.CUE_EVIDENCE, RunOutput.REJECTED);

  private final RunManifest manifest;
  private final List<OutletRow> outlets;
  private final List<String> tables;
  private final String output;

  /** A summary of {@code manifest}'s night from its outlets and its table locations in {@code output}. */
  public RunSummary(RunManifest manifest, List<OutletRow> outlets, List<String> tables, String output) {
    this.manifest = manifest;
    this.outlets = List.copyOf(outlets);
    this.tables = List.copyOf(tables);
    this.output = output;
  }

  /** The summary of a committed night, read from the output. */
  public static RunSummary of(CommittedOutput output, LocalDate night) {
    RunManifest manifest = output.manifest(night);
    Dataset<Row> scores = output.night(RunOutput.OUTLET_SCORES, night);
    List<OutletRow> outlets = scores == null ? List.of() : OutletRow.ranked(scores);
    List<String> tables = new ArrayList<>();
    for (String t : TABLES) {
      tables.add(output.partition(t, night).toString());
    }
    return new RunSummary(manifest, outlets, tables, output.root().toString());
  }

  /** The summary as lines of text, ending with a newline. */
  public String render() {
    StringBuilder b = new StringBuilder();
    RunManifest.Counts c = manifest.counts();
    LocalDate night = LocalDate.parse(manifest.runDate());
    b.append(
        String.format(
            Locale.ROOT,
            "%ncredence: night %s committed: read %,d, scored %,d, rejected %,d; %,d outlets scored over the %d days"
                + " %s to %s (profile %s %s)%n%n",
            manifest.runDate(), c.read(), c.scored(), c.rejected(), outlets.size(), manifest.windowDays(),
            night.minusDays(manifest.windowDays() - 1L), manifest.runDate(), manifest.profileName(),
            manifest.profileSha256() == null ? "" : "sha256 " + Html.shortHash(manifest.profileSha256())));
    b.append(outletTable(outlets));
    b.append('\n').append(rejected(c.rejected(), manifest.rejectedByReason())).append('\n');
    b.append("tables:\n");
    for (String t : tables) {
      b.append("  ").append(t).append('\n');
    }
    b.append("report: jobs/credence report --output ")
        .append(output)
        .append(" --run-date ")
        .append(manifest.runDate())
        .append(" --html report.html\n");
    return b.toString();
  }

  /** The ranking table: every outlet, or the top and bottom {@link #TOP_AND_BOTTOM} above {@link #ALL_UP_TO}. */
  static String outletTable(List<OutletRow> outlets) {
    if (outlets.isEmpty()) {
      return "no outlet has an article in the window\n";
    }
    List<OutletRow> shown = new ArrayList<>();
    int hidden = 0;
    if (outlets.size() > ALL_UP_TO) {
      shown.addAll(outlets.subList(0, TOP_AND_BOTTOM));
      shown.add(null);
      shown.addAll(outlets.subList(outlets.size() - TOP_AND_BOTTOM, outlets.size()));
      hidden = outlets.size() - 2 * TOP_AND_BOTTOM;
    } else {
      shown.addAll(outlets);
    }
    int width = "outlet".length();
    int bandWidth = "band".length();
    for (OutletRow o : shown) {
      if (o != null) {
        width = Math.max(width, cut(o.outlet()).length());
        bandWidth = Math.max(bandWidth, String.valueOf(o.band()).length());
      }
    }
    String format = "%4s  %-" + width + "s  %8s  %-22s  %-" + bandWidth + "s  %s%n";
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, format, "rank", "outlet", "articles", "reliability (interval)", "band",
        "top driver").stripTrailing()).append('\n');
    for (OutletRow o : shown) {
      if (o == null) {
        b.append(String.format(Locale.ROOT, "%4s  (%,d more outlets, ranked %d to %d)%n", "...", hidden,
            TOP_AND_BOTTOM + 1, TOP_AND_BOTTOM + hidden));
        continue;
      }
      b.append(
          String.format(Locale.ROOT, format, o.rank(), cut(o.outlet()), String.format(Locale.ROOT, "%,d", o.articles()),
              score(o), o.band(), o.topDriver()).stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** {@code 90.6 (84.2-95.1)}; the interval is left out when the table has none. */
  static String score(OutletRow o) {
    String s = String.format(Locale.ROOT, "%.1f", o.reliability());
    if (o.low() != null && o.high() != null) {
      s += String.format(Locale.ROOT, " (%.1f-%.1f)", o.low(), o.high());
    }
    return s;
  }

  /**
   * {@code rejected: none}, or {@code rejected: 7 (missing_outlet 2, too_short 5)}: the {@code rejected} records of
   * the night, which {@code byReason} splits, reasons by count.
   */
  static String rejected(long rejected, Map<String, Long> byReason) {
    long total = byReason == null ? 0 : rejected;
    if (total == 0) {
      return "rejected: none";
    }
    List<Map.Entry<String, Long>> reasons = new ArrayList<>(byReason.entrySet());
    reasons.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "rejected: %,d (", total));
    for (int i = 0; i < reasons.size(); i++) {
      b.append(i == 0 ? "" : ", ")
          .append(reasons.get(i).getKey())
          .append(' ')
          .append(String.format(Locale.ROOT, "%,d", reasons.get(i).getValue()));
    }
    return b.append("); see the rejected table for each record's source and raw text").toString();
  }

  private static String cut(String outlet) {
    return Html.shorten(outlet, OUTLET_WIDTH);
  }
}
