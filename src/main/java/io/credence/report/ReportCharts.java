package io.credence.report;

import static io.credence.report.Html.esc;
import static io.credence.report.Html.num;
import static io.credence.report.Html.shorten;

import io.credence.features.ArticleFeatures;
import io.credence.scoring.ScoringProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inline SVG charts of {@link HtmlReport}: the ranking with intervals, an outlet's feature profile against the
 * corpus, reliability over the nights; and the colours of the bands.
 */
final class ReportCharts {

  /** Outlets drawn in the ranking chart: all up to this many, else the top and bottom half of it. */
  static final int CHART_OUTLETS = 50;

  private static final String[] PALETTE = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"
  };

  private ReportCharts() {}

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
}
