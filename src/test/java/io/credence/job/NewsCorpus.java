package io.credence.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The news corpus of {@code jobs/bench.sh --corpus news}: JSON Lines articles of 2.6–3.4 KB assembled from real
 * sentences committed in the repository (every sentence of the seed articles in {@code data/sample} and the wire-style
 * sentences of {@code data/bench/news-sentences.txt}), abbreviations, numbers, quotes and brackets as written. Each
 * sentence is perturbed so that no sentence or paragraph repeats, as in real news: its digits are redrawn (keeping the
 * shape of "3.5%", "Jan. 12" or "6:45 p.m."), some words are swapped for other words of the bank, and one plain
 * lower-case word is replaced by a made-up word unique to that sentence in the whole corpus (a counter spelt in
 * syllables), which stands for the rare names and words every real article carries. Words next to punctuation are
 * never touched, so each sentence keeps the abbreviation and number contexts the sentence detector reacts to. The
 * same arguments give byte-identical output. Usage: {@code NewsCorpus REPO_DIR OUTPUT_DIR ARTICLES [SEED]}; the
 * articles are spread over 100 outlets. A dev tool like {@link DevEvaluation}: test scope, run from
 * {@code target/test-classes} behind the job jar, no Guava.
 */
public final class NewsCorpus {

  /** Outlets the articles are spread over (the benchmark's sizes are multiples of it). */
  static final int OUTLETS = 100;

  /** Articles per JSON Lines file. */
  static final int ARTICLES_PER_FILE = 50_000;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[“\"(A-Z])");
  private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]{4,}");
  private static final String CONSONANTS = "bdfgklmnprstvz";
  private static final String VOWELS = "aeiou";

  private final List<String> sentences;
  private final List<String> words;
  private long unique;

  NewsCorpus(List<String> sentences) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("the news corpus needs at least one sentence");
    }
    this.sentences = sentences;
    Set<String> vocabulary = new LinkedHashSet<>();
    for (String s : sentences) {
      for (String w : s.split(" ")) {
        if (PLAIN_WORD.matcher(w).matches()) {
          vocabulary.add(w);
        }
      }
    }
    this.words = new ArrayList<>(vocabulary);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException(
          "usage: NewsCorpus REPO_DIR OUTPUT_DIR ARTICLES [SEED], got " + List.of(args));
    }
    long articles = Long.parseLong(args[2]);
    long seed = args.length == 4 ? Long.parseLong(args[3]) : 42L;
    if (articles <= 0 || articles % OUTLETS != 0) {
      throw new IllegalArgumentException("ARTICLES must be a positive multiple of " + OUTLETS + ", got " + articles);
    }
    NewsCorpus corpus = new NewsCorpus(sentences(Path.of(args[0])));
    corpus.write(Path.of(args[1]), articles, seed);
    System.err.printf("news corpus: %d articles from %d sentences in %s%n", articles, corpus.sentences.size(), args[1]);
  }

  /** The sentence bank: every sentence of {@code data/sample/*.txt}, then the lines of the benchmark sentence file. */
  static List<String> sentences(Path repo) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(repo.resolve("data/sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String paragraph : Files.readString(f).split("\\n\\s*\\n")) {
          for (String s : SENTENCE_END.split(paragraph.replace('\n', ' ').strip())) {
            if (!s.isBlank()) {
              out.add(s.strip());
            }
          }
        }
      }
    }
    for (String line : Files.readAllLines(repo.resolve("data/bench/news-sentences.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** The texts of {@code n} news articles built from the sentences committed under {@code repo} (for tests). */
  public static List<String> texts(Path repo, int n, long seed) throws IOException {
    NewsCorpus corpus = new NewsCorpus(sentences(repo));
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(corpus.article(random));
    }
    return out;
  }

  /** Writes {@code articles} articles and {@code _outlets.csv} (one outlet a line; the leading underscore keeps it out of the input) under {@code dir}. */
  void write(Path dir, long articles, long seed) {
    try {
      Files.createDirectories(dir);
      JsonFactory json = new JsonFactory();
      long perOutlet = articles / OUTLETS;
      long written = 0;
      Writer out = null;
      try (BufferedWriter outlets = Files.newBufferedWriter(dir.resolve(SynthJob.TRUTH_FILE), StandardCharsets.UTF_8)) {
        outlets.write("outlet\n");
        for (int o = 0; o < OUTLETS; o++) {
          String outlet = String.format(Locale.ROOT, "news-outlet-%04d", o);
          outlets.write(outlet + "\n");
          SplittableRandom random = new SplittableRandom(seed * 1_000_003L + o);
          for (long a = 0; a < perOutlet; a++) {
            if (written % ARTICLES_PER_FILE == 0) {
              if (out != null) {
                out.close();
              }
              String name = String.format(Locale.ROOT, "articles-%05d.jsonl", written / ARTICLES_PER_FILE);
              out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
            }
            writeArticle(json, out, outlet, a, random);
            written++;
          }
        }
      } finally {
        if (out != null) {
          out.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the news corpus to '" + dir + "'", e);
    }
  }

  private void writeArticle(JsonFactory json, Writer out, String outlet, long a, SplittableRandom r)
      throws IOException {
    JsonGenerator g = json.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("id", outlet + "-" + a);
    g.writeStringField("outlet", outlet);
    g.writeStringField("url", "https://" + outlet + ".example/news/" + a);
    g.writeStringField("title", title(r));
    g.writeStringField("text", article(r));
    g.writeStringField("published", "2024-01-01");
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  /** One article's text: paragraphs of one to four perturbed sentences until 2,600–3,400 characters. */
  String article(SplittableRandom r) {
    int target = 2600 + r.nextInt(801);
    StringBuilder text = new StringBuilder(target + 400);
    while (text.length() < target) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          text.append(' ');
        }
        text.append(perturb(sentences.get(r.nextInt(sentences.size())), r));
      }
    }
    return text.toString();
  }

  private String title(SplittableRandom r) {
    String[] w = perturb(sentences.get(r.nextInt(sentences.size())), r).split(" ");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 8))).replaceAll("[.,;:]+$", "");
  }

  /** The sentence with redrawn digits, a few swapped words and one word unique in the corpus. */
  String perturb(String sentence, SplittableRandom r) {
    String[] w = sentence.split(" ", -1);
    List<Integer> plain = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      if (PLAIN_WORD.matcher(w[i]).matches()) {
        plain.add(i);
      } else {
        w[i] = redrawDigits(w[i], r);
      }
    }
    for (int i : plain) {
      if (r.nextInt(8) == 0) {
        w[i] = words.get(r.nextInt(words.size()));
      }
    }
    String made = madeUpWord(unique++);
    if (plain.isEmpty()) {
      return String.join(" ", w) + (w.length > 0 ? " " : "") + made;
    }
    w[plain.get(r.nextInt(plain.size()))] = made;
    return String.join(" ", w);
  }

  private static String redrawDigits(String word, SplittableRandom r) {
    char[] c = word.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        boolean leading = i == 0 || c[i - 1] < '0' || c[i - 1] > '9';
        c[i] = (char) ((leading && c[i] != '0' ? '1' + r.nextInt(9) : '0' + r.nextInt(10)));
      }
    }
    return new String(c);
  }

  /** A lower-case word of at least three syllables spelling {@code k}; distinct for distinct {@code k}. */
  static String madeUpWord(long k) {
    int base = CONSONANTS.length() * VOWELS.length();
    StringBuilder b = new StringBuilder();
    long v = k;
    for (int i = 0; i < 3 || v > 0; i++) {
      int s = (int) (v % base);
      v /= base;
      b.append(CONSONANTS.charAt(s / VOWELS.length())).append(VOWELS.charAt(s % VOWELS.length()));
    }
    return b.toString();
  }
}
