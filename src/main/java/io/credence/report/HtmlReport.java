package io.credence.report;

import static io.credence.report.Html.esc;
import static io.credence.report.Html.num;
import static io.credence.report.Html.shortHash;
import static io.credence.report.Html.shorten;

import io.credence.features.ArticleFeatures;
import io.credence.io.RunManifest;
import io.credence.io.RunRecord;
import io.credence.scoring.ScoringProfile;
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
 * The page holds no clock time of its own: the same output gives the same bytes.
 */
public final class HtmlReport {

  /** Outlets drawn in the ranking chart: all up to this many, else the top and bottom half of it. */
  static final int CHART_OUTLETS = 50;

  private static final String[] PALETTE = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"
  };

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
    b.append(rankingChart(outlets));
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

  /** Each outlet's interval as a line and its score as a dot, coloured by band, on a 0 to 100 axis. */
  static String rankingChart(List<OutletRow> outlets) {
    List<OutletRow> drawn = new ArrayList<>();
    boolean cut = outlets.size() > CHART_OUTLETS;
    if (cut) {
      drawn.addAll(outlets.subList(0, CHART_OUTLETS / 2));
      drawn.add(null);
      drawn.addAll(outlets.subList(outlets.size() - CHART_OUTLETS / 2, outlets.size()));
    } else {
      drawn.addAll(outlets);
    }
    int left = 230;
    int plot = 560;
    int row = 22;
    int top = 24;
    int height = top + row * drawn.size() + 10;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
            + " aria-label=\"Reliability and interval per outlet\">\n", left + plot + 30, height, left + plot + 30,
        height));
    for (int t = 0; t <= 100; t += 20) {
      double x = left + plot * t / 100.0;
      s.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d9dde5\"/><text x=\"%.1f\" y=\"14\""
              + " text-anchor=\"middle\">%d</text>\n", x, top - 6, x, height - 6, x, t));
    }
    for (int i = 0; i < drawn.size(); i++) {
      OutletRow o = drawn.get(i);
      double y = top + row * i + row / 2.0;
      if (o == null) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"muted\">… %,d more outlets"
            + " (see the table)</text>\n", left, y + 4, outlets.size() - CHART_OUTLETS));
        continue;
      }
      String colour = bandColour(o.band());
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", left - 10,
          y + 4, esc(shorten(o.rank() + ". " + o.outlet(), 34))));
      if (o.low() != null && o.high() != null) {
        s.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\""
                + " stroke-linecap=\"round\" opacity=\"0.55\"/>\n",
            x(left, plot, o.low()), y, x(left, plot, o.high()), y, colour));
      }
      s.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s: %s (%s–%s), %s</title></circle>\n",
          x(left, plot, o.reliability()), y, colour, esc(o.outlet()), num(o.reliability()), num(o.low()),
          num(o.high()), esc(o.band())));
    }
    return s.append("</svg>\n").toString();
  }

  private static double x(int left, int plot, double v) {
    return left + plot * Math.max(0, Math.min(100, Double.isNaN(v) ? 0 : v)) / 100.0;
  }

  private static void outlets(StringBuilder b, ReportData data) {
    b.append("<section id=\"outlets\">\n<h2>Outlets</h2>\n");
    List<String> features = profileFeatures(data.corpusMeans());
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
          .append(profileChart(o, features, data.corpusMeans()))
          .append("</div>\n<div>\n<h4>Evidence</h4>\n");
      evidence(b, data.evidence().getOrDefault(o.outlet(), List.of()),
          data.cueHits().getOrDefault(o.outlet(), Map.of()));
      b.append("</div>\n</div>\n</article>\n");
    }
    b.append("</section>\n");
  }

  /**
   * The features the profile chart shows, in table order: rates per 100 sentences and the signals that are no count,
   * leaving out counts that have a rate (their size depends on the article's length) and the per-1,000-token rates
   * (the same information again).
   */
  static List<String> profileFeatures(Map<String, Double> corpusMeans) {
    List<String> out = new ArrayList<>();
    for (String f : corpusMeans.keySet()) {
      if (f.endsWith(ArticleFeatures.PER_1K_TOKENS)
          || corpusMeans.containsKey(f + ArticleFeatures.PER_100_SENTENCES)) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** One bar per feature: the outlet's mean over the corpus mean, on a log scale centred on 1x (clipped at 8x). */
  static String profileChart(OutletRow o, List<String> features, Map<String, Double> corpus) {
    List<String> shown = new ArrayList<>();
    for (String f : features) {
      Double v = o.means().get(f);
      Double c = corpus.get(f);
      if ((v != null && v > 0) || (c != null && c > 0)) {
        shown.add(f);
      }
    }
    if (shown.isEmpty()) {
      return "<p class=\"muted\">no feature values</p>\n";
    }
    int label = 200;
    int half = 70;
    int row = 17;
    int width = label + 2 * half + 130;
    int height = 18 + row * shown.size();
    double mid = label + half;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
            + " aria-label=\"Feature means of %s against the corpus\">\n",
        width, height, width, height, esc(o.outlet())));
    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"11\" text-anchor=\"middle\" font-size=\"11\">1x corpus"
        + "</text><text x=\"%d\" y=\"11\" font-size=\"11\">1/8x</text><text x=\"%d\" y=\"11\" text-anchor=\"end\""
        + " font-size=\"11\">8x</text>\n", mid, label, label + 2 * half));
    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"#5b6475\"/>\n",
        mid, mid, height));
    for (int i = 0; i < shown.size(); i++) {
      String f = shown.get(i);
      double y = 16 + row * i;
      Double v = o.means().get(f);
      Double c = corpus.get(f);
      double outlet = v == null ? 0 : v;
      String text;
      double log;
      if (c == null || c <= 0) {
        log = 3;
        text = String.format(Locale.ROOT, "%.1f, corpus none", outlet);
      } else if (outlet <= 0) {
        log = -3;
        text = String.format(Locale.ROOT, "none, corpus %.1f", c);
      } else {
        double ratio = outlet / c;
        log = Math.max(-3, Math.min(3, Math.log(ratio) / Math.log(2)));
        text = String.format(Locale.ROOT, "%.1fx: %.1f vs %.1f", ratio, outlet, c);
      }
      double w = Math.abs(log) / 3 * half;
      double x0 = log >= 0 ? mid : mid - w;
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s</text>",
          label - 6, y + 11, esc(featureLabel(f))));
      s.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"11\" fill=\"%s\"><title>%s: %s</title></rect>",
          x0, y + 2, Math.max(w, 1), log >= 0 ? "#4a7fc1" : "#d08a3c", esc(f), esc(text)));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\">%s</text>\n",
          label + 2 * half + 6, y + 11, esc(text)));
    }
    return s.append("</svg>\n").toString();
  }

  /** {@code loaded_cues_per_100_sentences} → {@code loaded cues} (the chart's heading says the rates' unit). */
  static String featureLabel(String feature) {
    String f = feature.endsWith(ArticleFeatures.PER_100_SENTENCES)
        ? feature.substring(0, feature.length() - ArticleFeatures.PER_100_SENTENCES.length())
        : feature;
    return shorten(f.replace('_', ' '), 32);
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
      b.append(historyChart(history, new ArrayList<>(nights)));
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

  /** One line per outlet over the nights (x: the nights in order, y: reliability 0 to 100), with a legend. */
  static String historyChart(Map<String, List<ReportData.HistoryPoint>> history, List<LocalDate> nights) {
    int left = 40;
    int plot = 620;
    int top = 12;
    int h = 220;
    int legend = 18 * history.size();
    int width = left + plot + 20;
    int height = top + h + 30 + legend;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
            + " aria-label=\"Reliability over the nights\">\n", width, height, width, height));
    for (int t = 0; t <= 100; t += 25) {
      double y = top + h - h * t / 100.0;
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d9dde5\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", left, y, left + plot, y, left - 6, y + 4, t));
    }
    int n = nights.size();
    for (int i = 0; i < n; i++) {
      if (n <= 8 || i % Math.max(1, n / 6) == 0 || i == n - 1) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
            nightX(left, plot, i, n), top + h + 18, nights.get(i)));
      }
    }
    int k = 0;
    for (Map.Entry<String, List<ReportData.HistoryPoint>> e : history.entrySet()) {
      String colour = PALETTE[k % PALETTE.length];
      StringBuilder points = new StringBuilder();
      for (ReportData.HistoryPoint p : e.getValue()) {
        double x = nightX(left, plot, nights.indexOf(p.night()), n);
        double y = top + h - h * Math.max(0, Math.min(100, p.reliability())) / 100.0;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s"
            + "</title></circle>\n", x, y, colour, esc(e.getKey()), p.night(), num(p.reliability())));
      }
      if (e.getValue().size() > 1) {
        s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
            + " stroke-width=\"2\"/>\n", points.toString().strip(), colour));
      }
      double ly = top + h + 36 + 18 * k;
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%.1f\">%s</text>\n", left, ly - 10, colour, left + 18, ly, esc(e.getKey())));
      k++;
    }
    return s.append("</svg>\n").toString();
  }

  private static double nightX(int left, int plot, int i, int n) {
    return n <= 1 ? left + plot / 2.0 : left + plot * i / (double) (n - 1);
  }

  private static String count(Long v) {
    return v == null ? "" : String.format(Locale.ROOT, "%,d", v);
  }

  private static String band(String band) {
    return "<span class=\"band\" style=\"background:" + bandColour(band) + "\">" + esc(band == null ? "no band" : band)
        + "</span>";
  }

  /** The colour of the shipped profile's bands; another profile's bands are grey. */
  static String bandColour(String band) {
    if (band == null) {
      return "#7f8c8d";
    }
    return switch (band) {
      case "high" -> "#1a7f37";
      case "generally reliable" -> "#4f8f2f";
      case "mixed" -> "#b7791f";
      case "low" -> "#c0392b";
      case ScoringProfile.INSUFFICIENT -> "#7f8c8d";
      default -> "#5b6475";
    };
  }

  private static String anchor(OutletRow o) {
    return "outlet-" + o.rank();
  }

}
