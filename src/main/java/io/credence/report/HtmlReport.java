package io.credence.report;

import static io.credence.report.Html.esc;
import static io.credence.report.Html.num;
import static io.credence.report.Html.shortHash;
import static io.credence.report.Html.shorten;

import io.credence.io.RunManifest;
import io.credence.io.RunRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report of one night as one static HTML page: inline CSS and SVG, no script, nothing loaded from anywhere (its
 * Content-Security-Policy forbids it). Sections: the ranking with intervals and bands; per outlet its drivers, its
 * feature profile against the corpus and its strongest evidence sentences with the cues in {@code <mark>}; the
 * rejected records; the run history. Features are read by name from the table, so new columns appear by themselves.
 * The page holds no clock time of its own: the same output gives the same bytes. The charts are drawn by {@link
 * ReportCharts}.
 */
public final class HtmlReport {

  private static final String CSS =
      """
      :root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#fbfbfd}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
      background:var(--bg);margin:0}
      header,main,footer{max-width:1080px;margin:0 auto;padding:0 24px}
      header{padding-top:24px}
      h1{font-size:26px;margin:0 0 4px}
      h2{font-size:20px;margin:36px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
      h3{font-size:18px;margin:0 0 6px}
      h4{font-size:15px;margin:14px 0 4px}
      .muted{color:var(--muted)}
      nav a{margin-right:14px}
      a{color:#1a56b0;text-decoration:none}
      a:hover{text-decoration:underline}
      table{border-collapse:collapse;width:100%;margin:8px 0;background:#fff}
      th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:13px;color:var(--muted);font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .band{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;
      white-space:nowrap}
      .outlet{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin:14px 0}
      .score{font-size:15px;margin-left:8px}
      .cols{display:flex;gap:24px;flex-wrap:wrap}
      .cols>div{flex:1 1 420px;min-width:0}
      ul.drivers{margin:4px 0;padding-left:20px}
      ol.evidence{margin:4px 0 8px;padding-left:22px}
      ol.evidence li{margin:6px 0}
      .sentence{display:block}
      .meta{display:block;font-size:12px;color:var(--muted)}
      mark{background:#ffe58a;padding:0 2px;border-radius:2px}
      code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      pre{white-space:pre-wrap;word-break:break-all;margin:0;max-height:6em;overflow:hidden}
      svg{display:block;max-width:100%;height:auto}
      svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1d2330}
      .status-succeeded{color:#1a7f37}.status-failed{color:#c0392b}.status-locked,.status-running{color:#b58105}
      footer{margin-top:40px;padding-bottom:40px;font-size:13px;color:var(--muted)}
      """;

  private HtmlReport() {}

  /** The page for {@code data}. */
  public static String render(ReportData data) {
    StringBuilder b = new StringBuilder(64 * 1024);
    RunManifest m = data.manifest();
    String title = "credence report: night " + data.night();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
        .append(" img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
    LocalDate windowStart = data.night().minusDays(m.windowDays() - 1L);
    b.append("<p class=\"muted\">")
        .append(String.format(Locale.ROOT, "%,d outlets scored over the %d days %s to %s. ", data.outlets().size(),
            m.windowDays(), windowStart, data.night()))
        .append(String.format(Locale.ROOT, "Tonight's input: %,d records read, %,d scored, %,d rejected. ",
            m.counts().read(), m.counts().scored(), m.counts().rejected()))
        .append("Profile <code>").append(esc(m.profileName())).append("</code> (sha256 <code>")
        .append(esc(shortHash(m.profileSha256()))).append("</code>), credence ").append(esc(m.version()))
        .append(", committed ").append(esc(m.finished())).append(". Output <code>").append(esc(data.output()))
        .append("</code>; ").append(data.nights().size()).append(data.nights().size() == 1 ? " night" : " nights")
        .append(" committed").append(data.nights().isEmpty() ? "" : " (" + data.nights().get(0) + " to "
            + data.nights().get(data.nights().size() - 1) + ")").append(".</p>\n");
    b.append("<nav><a href=\"#ranking\">Ranking</a><a href=\"#outlets\">Outlets</a>")
        .append("<a href=\"#rejected\">Rejected</a><a href=\"#history\">Run history</a></nav>\n</header>\n<main>\n");
    ranking(b, data);
    outlets(b, data);
    rejected(b, data);
    history(b, data);
    b.append("</main>\n<footer>\n<p>Reliability is each outlet's mean article score shrunk toward the corpus mean")
        .append(" (empirical Bayes), with its interval; the band is <em>insufficient</em> below the profile's minimum")
        .append(" number of articles. Drivers are the features that move an outlet's score most against the corpus.")
        .append(" Evidence: for each outlet and cue category, the sentences of the window's articles with the most")
        .append(" cues (of any category), shorter first; negated cues are not shown, as they are not counted. See")
        .append(" src/main/resources/credence/profiles/README.md (scoring) and")
        .append(" src/main/resources/credence/lexicon/README.md (cue families) for the method.</p>\n")
        .append("<p>Made by <code>jobs/credence report</code> from the Parquet output alone.</p>\n</footer>\n")
        .append("</body>\n</html>\n");
    return b.toString();
  }

  private static void ranking(StringBuilder b, ReportData data) {
    b.append("<section id=\"ranking\">\n<h2>Ranking</h2>\n");
    List<OutletRow> outlets = data.outlets();
    if (outlets.isEmpty()) {
      b.append("<p>No outlet has an article in this night's window.</p>\n</section>\n");
      return;
    }
    b.append(ReportCharts.rankingChart(outlets));
    b.append("<table>\n<thead><tr><th class=\"n\">rank</th><th>outlet</th><th class=\"n\">articles</th>")
        .append("<th class=\"n\">reliability</th><th>interval</th><th>band</th>");
    boolean delta = outlets.stream().anyMatch(o -> o.delta7d() != null);
    if (delta) {
      b.append("<th class=\"n\">7-day change</th>");
    }
    b.append("<th>top driver</th></tr></thead>\n<tbody>\n");
    for (OutletRow o : outlets) {
      b.append("<tr><td class=\"n\">").append(o.rank()).append("</td><td><a href=\"#").append(anchor(o))
          .append("\">").append(esc(o.outlet())).append("</a></td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", o.articles())).append("</td><td class=\"n\">")
          .append(num(o.reliability())).append("</td><td>").append(num(o.low())).append("–").append(num(o.high()))
          .append("</td><td>").append(band(o.band())).append("</td>");
      if (delta) {
        b.append("<td class=\"n\">").append(o.delta7d() == null ? "–" : String.format(Locale.ROOT, "%+.1f",
            o.delta7d())).append("</td>");
      }
      b.append("<td>").append(esc(o.topDriver())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void outlets(StringBuilder b, ReportData data) {
    b.append("<section id=\"outlets\">\n<h2>Outlets</h2>\n");
    List<String> features = ReportCharts.profileFeatures(data.corpusMeans());
    for (OutletRow o : data.outlets()) {
      b.append("<article class=\"outlet\" id=\"").append(anchor(o)).append("\">\n<h3>").append(o.rank())
          .append(". ").append(esc(o.outlet())).append(" ").append(band(o.band()))
          .append("<span class=\"score\">").append(num(o.reliability())).append(" <span class=\"muted\">(")
          .append(num(o.low())).append("–").append(num(o.high())).append("), ")
          .append(String.format(Locale.ROOT, "%,d", o.articles())).append(o.articles() == 1 ? " article" : " articles")
          .append("</span></span></h3>\n<div class=\"cols\">\n<div>\n<h4>Drivers</h4>\n");
      if (o.drivers().isEmpty()) {
        b.append("<p class=\"muted\">none recorded</p>\n");
      } else {
        b.append("<ul class=\"drivers\">\n");
        for (String d : o.drivers()) {
          b.append("<li>").append(esc(d)).append("</li>\n");
        }
        b.append("</ul>\n");
      }
      b.append("<h4>Feature profile against the corpus</h4>\n<p class=\"meta\">The outlet's mean per article over")
          .append(" the corpus's (cues per 100 sentences; signals as they are); log scale, bars clipped at 8x.</p>\n")
          .append(ReportCharts.profileChart(o, features, data.corpusMeans()))
          .append("</div>\n<div>\n<h4>Evidence</h4>\n");
      evidence(b, data.evidence().getOrDefault(o.outlet(), List.of()),
          data.cueHits().getOrDefault(o.outlet(), Map.of()));
      b.append("</div>\n</div>\n</article>\n");
    }
    b.append("</section>\n");
  }

  private static void evidence(StringBuilder b, List<ReportData.EvidenceSentence> sentences, Map<String, Long> hits) {
    if (sentences.isEmpty()) {
      b.append("<p class=\"muted\">No cue was found in this outlet's articles in the window.</p>\n");
      return;
    }
    String category = null;
    for (ReportData.EvidenceSentence e : sentences) {
      if (!e.category().equals(category)) {
        if (category != null) {
          b.append("</ol>\n");
        }
        category = e.category();
        long n = hits.getOrDefault(category, 0L);
        b.append("<h4>").append(esc(category.replace('_', ' '))).append(" <span class=\"muted\">(")
            .append(String.format(Locale.ROOT, "%,d", n)).append(n == 1 ? " cue" : " cues").append(")</span></h4>\n")
            .append("<ol class=\"evidence\">\n");
      }
      b.append("<li><span class=\"sentence\">").append(Html.marked(e.sentence(), e.cues())).append("</span>")
          .append("<span class=\"meta\">");
      List<String> meta = new ArrayList<>();
      if (e.title() != null && !e.title().isBlank()) {
        meta.add("“" + esc(shorten(e.title(), 90)) + "”");
      }
      if (e.published() != null) {
        meta.add(esc(e.published()));
      }
      meta.add("article " + esc(e.articleId()));
      if (e.sourceType() != null) {
        meta.add("source: " + esc(e.sourceType().replace('_', ' ')));
      }
      meta.add(e.cuesInSentence() + (e.cuesInSentence() == 1 ? " cue" : " cues") + " in the sentence");
      b.append(String.join(" · ", meta)).append("</span></li>\n");
    }
    b.append("</ol>\n");
  }

  private static void rejected(StringBuilder b, ReportData data) {
    b.append("<section id=\"rejected\">\n<h2>Rejected records</h2>\n");
    Map<String, Long> byReason = data.manifest().rejectedByReason();
    long total = byReason == null ? 0 : data.manifest().counts().rejected();
    if (total == 0) {
      b.append("<p>None: every record of the night's input was scored.</p>\n</section>\n");
      return;
    }
    b.append(String.format(Locale.ROOT, "<p>%,d of %,d records read were rejected, each with one reason:</p>\n",
        total, data.manifest().counts().read()));
    b.append("<table>\n<thead><tr><th>reason</th><th class=\"n\">records</th><th>examples (source file, id,")
        .append(" start of the raw record)</th></tr></thead>\n<tbody>\n");
    for (String reason : new TreeSet<>(byReason.keySet())) {
      b.append("<tr><td><code>").append(esc(reason)).append("</code></td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", byReason.get(reason))).append("</td><td>");
      for (ReportData.RejectedExample e : data.rejectedExamples()) {
        if (e.reason().equals(reason)) {
          b.append("<div><span class=\"meta\">").append(esc(e.source())).append(e.id() == null ? "" : " · id "
              + esc(e.id())).append("</span>");
          if (e.raw() != null) {
            b.append("<pre>").append(esc(e.raw())).append("</pre>");
          }
          b.append("</div>");
        }
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void history(StringBuilder b, ReportData data) {
    b.append("<section id=\"history\">\n<h2>Run history</h2>\n");
    Map<String, List<ReportData.HistoryPoint>> history = data.history();
    TreeSet<LocalDate> nights = new TreeSet<>();
    history.values().forEach(points -> points.forEach(p -> nights.add(p.night())));
    if (!history.isEmpty()) {
      b.append("<h4>Reliability over the nights (the ").append(history.size())
          .append(history.size() == 1 ? " outlet" : " outlets").append(" with the most articles tonight)</h4>\n");
      if (nights.size() < 2) {
        b.append("<p class=\"muted\">One night so far: the chart fills in as nights are committed.</p>\n");
      }
      b.append(ReportCharts.historyChart(history, new ArrayList<>(nights)));
    }
    b.append("<h4>Run attempts (newest first)</h4>\n<table>\n<thead><tr><th>night</th><th>status</th>")
        .append("<th>started</th><th>finished</th><th class=\"n\">read</th><th class=\"n\">scored</th>")
        .append("<th class=\"n\">rejected</th><th class=\"n\">outlets</th><th>error</th></tr></thead>\n<tbody>\n");
    List<RunRecord> attempts = new ArrayList<>(data.attempts());
    java.util.Collections.reverse(attempts);
    for (RunRecord r : attempts.subList(0, Math.min(60, attempts.size()))) {
      b.append("<tr><td>").append(esc(r.runDate())).append("</td><td class=\"status-").append(esc(r.status()))
          .append("\">").append(esc(r.status())).append("</td><td>").append(esc(r.started())).append("</td><td>")
          .append(esc(r.finished())).append("</td><td class=\"n\">").append(count(r.read()))
          .append("</td><td class=\"n\">").append(count(r.scored())).append("</td><td class=\"n\">")
          .append(count(r.rejected())).append("</td><td class=\"n\">").append(count(r.outlets())).append("</td><td>")
          .append(esc(r.error() == null ? "" : shorten(r.error(), 200))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static String count(Long v) {
    return v == null ? "" : String.format(Locale.ROOT, "%,d", v);
  }

  private static String band(String band) {
    return "<span class=\"band\" style=\"background:" + ReportCharts.bandColour(band) + "\">"
        + esc(band == null ? "no band" : band) + "</span>";
  }

  private static String anchor(OutletRow o) {
    return "outlet-" + o.rank();
  }

}
