package io.credence.job;

import io.credence.nlp.ArticleSegmenter;
import io.credence.testing.SparkTestSession;
import io.credence.text.Boilerplate;
import io.credence.text.Cue;
import io.credence.text.CueAnalysis;
import io.credence.text.CueCategory;
import io.credence.text.CueHit;
import io.credence.text.CueMatcher;
import io.credence.text.Lexicon;
import io.credence.text.Sentence;
import io.credence.text.SourceWords;
import io.credence.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Lexicon curation on the WikiWeasel dev sentences (never in the repository; {@code jobs/curate-lexicon.sh} runs this
 * and skips when {@code ../shared/dev} is absent). The file is split in two halves by {@link DevEvaluation#half}, a
 * fixed hash of the sentence: cues are chosen on the {@code curation} half and the {@code held-out} half is only
 * reported, plus the one check the curation rule allows: a cue whose removal raises held-out F1 while lowering
 * curation F1 is flagged ("helps curation, hurts held-out": it goes).
 *
 * <p>Each sentence is analysed as the score job does with {@code --min-tokens 1}: boilerplate stripped, segmented
 * with Spark NLP's detector and tokenizer ({@link ArticleSegmenter}), matched by {@link CueMatcher}; predicted
 * uncertain when {@code hedging_cues > 0}. The job's validator may reject a few sentences the tool still scores, so
 * the figure in src/main/resources/credence/profiles/README.md ("Dev evaluation") is the job's
 * ({@code jobs/eval-dev.sh}).
 *
 * <p>Usage: {@code HedgeCuration DEV_CSV [--cues] [--errors N] [--candidates N] [--context FORM] [--try FILE]}:
 * {@code --cues} prints every hedging cue's hits and its removal effect on both halves; {@code --errors N} prints N
 * false positives and false negatives of the curation half (to the console only); {@code --candidates N} mines the
 * curation half's false negatives for 1–3-token phrases; {@code --context FORM} prints the 25 commonest words before
 * and after the one-token normalised form FORM on the curation half, with their uncertain / certain sentence counts;
 * {@code --try FILE} adds each lexicon line of FILE on its own and prints its effect.
 */
public final class HedgeCuration {

  private record Item(String text, boolean label, boolean curation, Boilerplate.Stripped stripped, List<Sentence> sentences) {}

  private HedgeCuration() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args[0]);
    Map<String, String> opts = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
      opts.put(args[i], valued ? args[++i] : "");
    }
    SparkSession spark = SparkTestSession.get();
    ArticleSegmenter segmenter = ArticleSegmenter.create(spark);
    Boilerplate boilerplate = Boilerplate.standard();
    List<String[]> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<Item> items = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      String text = rows.get(i)[0];
      Boilerplate.Stripped stripped = boilerplate.strip(text);
      items.add(
          new Item(text, rows.get(i)[1].trim().equals("1"), DevEvaluation.half(text).equals(DevEvaluation.CURATION),
              stripped, segmenter.segment(stripped.body())));
    }
    long curation = items.stream().filter(Item::curation).count();
    System.out.printf(Locale.ROOT, "sentences %d: curation half %d, held-out half %d%n", items.size(), curation,
        items.size() - curation);

    List<Cue> standard = Lexicon.standard().cues();
    CueMatcher matcher = matcherOf(standard);
    List<Set<String>> hits = hedgingHits(matcher, items);
    DetectionCounts[] base = score(items, hits, Set.of());
    System.out.println("curation half: " + base[0]);
    System.out.println("held-out half: " + base[1]);

    if (opts.containsKey("--cues")) {
      cueTable(items, hits, base, standard);
    }
    if (opts.containsKey("--errors")) {
      errors(items, hits, Integer.parseInt(opts.get("--errors")));
    }
    if (opts.containsKey("--candidates")) {
      candidates(items, hits, Integer.parseInt(opts.get("--candidates")));
    }
    if (opts.containsKey("--context")) {
      context(items, opts.get("--context"));
    }
    if (opts.containsKey("--try")) {
      tryCandidates(items, standard, base, Path.of(opts.get("--try")));
    }
  }

  private static CueMatcher matcherOf(List<Cue> cues) {
    return new CueMatcher(Lexicon.of(cues), SourceWords.standard());
  }

  /** The phrases of the counted (non-negated) hedging hits of each sentence. */
  private static List<Set<String>> hedgingHits(CueMatcher matcher, List<Item> items) {
    List<Set<String>> out = new ArrayList<>(items.size());
    for (Item item : items) {
      Set<String> phrases = new HashSet<>();
      if (!item.sentences().isEmpty()) {
        CueAnalysis a = matcher.analyze(item.stripped(), item.sentences());
        for (CueHit h : a.hits()) {
          if (h.category().isHedging() && !h.negated()) {
            phrases.add(h.cue());
          }
        }
      }
      out.add(phrases);
    }
    return out;
  }

  /** Scores of both halves ([curation, held-out]) with the phrases in {@code without} ignored. */
  private static DetectionCounts[] score(List<Item> items, List<Set<String>> hits, Set<String> without) {
    DetectionCounts[] c = {DetectionCounts.NONE, DetectionCounts.NONE};
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      boolean predicted = false;
      for (String p : hits.get(i)) {
        predicted |= !without.contains(p);
      }
      int h = item.curation() ? 0 : 1;
      c[h] = c[h].plus(predicted, item.label());
    }
    return c;
  }

  private static void cueTable(List<Item> items, List<Set<String>> hits, DetectionCounts[] base, List<Cue> cues) {
    System.out.println("== hedging cues: hits on the curation half (+ uncertain / - certain), F1 change if removed");
    System.out.println("cue\tcategory\tcur+\tcur-\tdF1 cur\tdF1 held\tverdict");
    for (Cue cue : cues) {
      if (cue.category() == null || !cue.category().isHedging()) {
        continue;
      }
      int pos = 0;
      int neg = 0;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).curation() && hits.get(i).contains(cue.phrase())) {
          pos += items.get(i).label() ? 1 : 0;
          neg += items.get(i).label() ? 0 : 1;
        }
      }
      DetectionCounts[] without = score(items, hits, Set.of(cue.phrase()));
      double dCur = base[0].f1() - without[0].f1();
      double dHeld = base[1].f1() - without[1].f1();
      String verdict = dCur > 0 && dHeld < 0 ? "helps curation, hurts held-out: remove" : dCur < 0 ? "hurts curation" : "";
      System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%+.4f\t%+.4f\t%s%n", cue.phrase(), cue.category().label(), pos,
          neg, dCur, dHeld, verdict);
    }
  }

  private static void errors(List<Item> items, List<Set<String>> hits, int n) {
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!item.curation()) {
        continue;
      }
      boolean predicted = !hits.get(i).isEmpty();
      if (predicted && !item.label() && fp++ < n) {
        System.out.println("FP " + hits.get(i) + "\t" + item.text().strip());
      } else if (!predicted && item.label() && fn++ < n) {
        System.out.println("FN\t" + item.text().strip());
      }
    }
  }

  /** 1–3-token phrases of the curation half's unpredicted sentences: uncertain minus certain sentences gained. */
  private static void candidates(List<Item> items, List<Set<String>> hits, int n) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!item.curation() || !hits.get(i).isEmpty()) {
        continue;
      }
      Set<String> grams = new HashSet<>();
      for (Sentence s : item.sentences()) {
        List<Token> t = s.tokens();
        for (int b = 0; b < t.size(); b++) {
          StringBuilder g = new StringBuilder();
          for (int len = 1; len <= 3 && b + len <= t.size(); len++) {
            g.append(len > 1 ? " " : "").append(t.get(b + len - 1).normalized());
            grams.add(g.toString());
          }
        }
      }
      for (String g : grams) {
        counts.computeIfAbsent(g, k -> new int[2])[item.label() ? 0 : 1]++;
      }
    }
    System.out.println("== candidate phrases on the curation half's unpredicted sentences: gain = uncertain - certain");
    counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= 4)
        .sorted((a, b) -> Integer.compare(b.getValue()[0] - 2 * b.getValue()[1], a.getValue()[0] - 2 * a.getValue()[1]))
        .limit(n)
        .forEach(e -> System.out.printf(Locale.ROOT, "%s\t+%d\t-%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  /** The words before and after a one-token form on the curation half, with uncertain / certain sentence counts. */
  private static void context(List<Item> items, String form) {
    Map<String, int[]> before = new HashMap<>();
    Map<String, int[]> after = new HashMap<>();
    for (Item item : items) {
      if (!item.curation()) {
        continue;
      }
      for (Sentence s : item.sentences()) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
          if (t.get(i).normalized().equals(form)) {
            String b = i == 0 ? "^" : t.get(i - 1).normalized();
            String a = i + 1 == t.size() ? "$" : t.get(i + 1).normalized();
            before.computeIfAbsent(b, k -> new int[2])[item.label() ? 0 : 1]++;
            after.computeIfAbsent(a, k -> new int[2])[item.label() ? 0 : 1]++;
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, int[]>> side : Map.of("before", before, "after", after).entrySet()) {
      System.out.println("== " + side.getKey() + " '" + form + "' on the curation half: uncertain / certain");
      side.getValue().entrySet().stream()
          .sorted((x, y) -> Integer.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
          .limit(25)
          .forEach(e -> System.out.printf(Locale.ROOT, "%s\t+%d\t-%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
  }

  /** Adds each lexicon line of {@code file} (cue, category) alone and prints the change in F1 on both halves. */
  private static void tryCandidates(List<Item> items, List<Cue> standard, DetectionCounts[] base, Path file) throws IOException {
    System.out.println("== candidates, each added alone: F1 change on curation / held-out");
    Map<String, Cue> known = new LinkedHashMap<>();
    for (Cue c : standard) {
      known.put(String.join(" ", c.tokens()), c);
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Cue cue = new Cue(f[0], Lexicon.tokensOf(f[0]), CueCategory.fromLabel(f.length > 1 ? f[1] : "hedge"), 1.0, "try");
      List<Cue> cues = new ArrayList<>(standard);
      Cue replaced = known.get(String.join(" ", cue.tokens()));
      if (replaced != null) {
        cues.remove(replaced);
      }
      cues.add(cue);
      DetectionCounts[] s = score(items, hedgingHits(matcherOf(cues), items), Set.of());
      System.out.printf(Locale.ROOT, "%s\t%s\tcur %+.4f (tp %+d fp %+d)\theld %+.4f (tp %+d fp %+d)%n", f[0],
          cue.category().label(), s[0].f1() - base[0].f1(), s[0].tp() - base[0].tp(), s[0].fp() - base[0].fp(),
          s[1].f1() - base[1].f1(), s[1].tp() - base[1].tp(), s[1].fp() - base[1].fp());
    }
  }
}
