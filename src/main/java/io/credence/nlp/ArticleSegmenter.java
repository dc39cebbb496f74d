package io.credence.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.credence.text.Sentence;
import io.credence.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Segments article text into sentences and tokens with Spark NLP's rule-based SentenceDetector (default settings) and
 * Tokenizer. The annotators are built and fitted once on the driver, shipped to executors in the closure, and their
 * logic is called directly per article, so no annotation columns are ever materialised. Exact shortcuts keep the
 * output identical to the default detector while skipping most of its cost: a plain document (see
 * {@link PragmaticShortcuts#plainBreaks}) gets its breaks without the detector; any other goes through the detector's
 * own rules with its costly steps replaced by proven scans ({@link FastPragmaticMethod}), with the dictionary step
 * skipped where no dictionary abbreviation can fire. On a Spark NLP version other than the one these were proven on
 * ({@link SparkNlpVersion}) they are off and Spark NLP's detector and Tokenizer do all the work. Tokens come from Spark
 * NLP's Tokenizer,
 * memoised per candidate ({@link CandidateTokenizer}). One deliberate difference from the default detector: it ends
 * a sentence after a title such as "Gen." or "Sen." before a name, and {@link #joinTitles} joins such pieces back.
 * Text that goes to a detector goes in pieces of bounded sentence count, cut at paragraph breaks where possible,
 * because the detector's time grows with the square of the sentences it is given (see {@link TextChunks}).
 */
public final class ArticleSegmenter implements Serializable {

  /** Which way a document's sentences were found; counted by {@link #routes()}. */
  public enum Route {
    /** No protecting rule can touch a terminator: breaks found in one Java pass. */
    PLAIN,
    /** The detector's rules without the dictionary step (no dictionary abbreviation rule can fire). */
    DETECTOR_NO_DICTIONARY,
    /** The default detector's rules (Spark NLP's own detector when the shortcuts are off). */
    DETECTOR
  }

  /**
   * Titles written before a name that Spark NLP's dictionary does not protect ("Gen. Mark Milley", "Sen. Warren"),
   * curated from AP style's abbreviated titles.
   */
  static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "Gen", "Sen", "Gov", "Rep", "Reps", "Sens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
          "Rev", "Fr", "Supt", "Det", "Atty", "Hon", "Pres");

  private final SentenceDetector sentenceDetector;
  private final FastPragmaticMethod fastDetector;
  private final FastPragmaticMethod fastNoDictionary;
  private final CandidateTokenizer tokenizer;
  private final boolean shortcuts;
  private final long[] routes = new long[Route.values().length];

  private ArticleSegmenter(SentenceDetector sentenceDetector, TokenizerModel tokenizer, boolean shortcuts) {
    this.sentenceDetector = sentenceDetector;
    this.fastDetector = new FastPragmaticMethod(sentenceDetector.getUseAbbreviations(), sentenceDetector.getDetectLists());
    this.fastNoDictionary = new FastPragmaticMethod(false, sentenceDetector.getDetectLists());
    this.tokenizer = new CandidateTokenizer(tokenizer, shortcuts);
    this.shortcuts = shortcuts;
  }

  /** Builds the annotators on the driver; the Tokenizer is fitted on an empty frame (it learns nothing from data). */
  public static ArticleSegmenter create(SparkSession spark) {
    return create(spark, SparkNlpVersion.shortcutsProven());
  }

  /** {@link #create(SparkSession)} with the proven shortcuts on or off. */
  static ArticleSegmenter create(SparkSession spark, boolean shortcuts) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");

    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");

    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");

    StructType schema = new StructType().add("text", DataTypes.StringType);
    Dataset<Row> empty = spark.createDataFrame(List.<Row>of(RowFactory.create("")), schema).limit(0);
    TokenizerModel tokenizer = tokens.fit(sentences.transform(document.transform(empty)));
    return new ArticleSegmenter(sentences, tokenizer, shortcuts);
  }

  /** Spark NLP's sentence detector this segmenter wraps, as {@link #create} built it. */
  SentenceDetector detector() {
    return sentenceDetector;
  }

  /** Spark NLP's fitted Tokenizer this segmenter wraps, as {@link #create} built it. */
  TokenizerModel tokenizerModel() {
    return tokenizer.model();
  }

  /** The sentences of {@code text} with their tokens; offsets index into {@code text}, ends exclusive. */
  public List<Sentence> segment(String text) {
    return segment(text, TextChunks.MAX_CHARS, TextChunks.MAX_MARKS);
  }

  /** {@link #segment(String)} with other limits on the pieces given to the detector. */
  List<Sentence> segment(String text, int maxChars, int maxMarks) {
    int[] breaks = shortcuts ? PragmaticShortcuts.plainBreaks(text) : null;
    List<Sentence> out = new ArrayList<>();
    if (breaks != null) {
      routes[Route.PLAIN.ordinal()]++;
      int from = 0;
      for (int i = 0; i <= breaks.length; i++) {
        int to = i < breaks.length ? breaks[i] : text.length();
        addTrimmed(text, from, to, out);
        from = to;
      }
      return joinTitles(text, out);
    }
    boolean dictionary = !shortcuts || PragmaticShortcuts.dictionaryAbbreviationMayFire(text);
    routes[(dictionary ? Route.DETECTOR : Route.DETECTOR_NO_DICTIONARY).ordinal()]++;
    FastPragmaticMethod fast = dictionary ? fastDetector : fastNoDictionary;
    List<Integer> starts = TextChunks.starts(text, maxChars, maxMarks);
    for (int c = 0; c < starts.size(); c++) {
      int offset = starts.get(c);
      String piece =
          starts.size() == 1 ? text : text.substring(offset, c + 1 < starts.size() ? starts.get(c + 1) : text.length());
      for (com.johnsnowlabs.nlp.annotators.common.Sentence s :
          shortcuts ? fast.extractBounds(piece) : List.of(sentenceDetector.tag(piece))) {
        if (!s.content().isBlank()) {
          addSentence(text, s.content(), s.start() + offset, s.end() + offset + 1, out);
        }
      }
    }
    return joinTitles(text, out);
  }

  /** Joins a sentence ending in a title ("Gen.") with the next one when that starts with a capital letter. */
  static List<Sentence> joinTitles(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Character.isUpperCase(s.text().charAt(0)) && titleAtEnd(last.text())) {
        List<Token> tokens = new ArrayList<>(last.tokens());
        tokens.addAll(s.tokens());
        String joined = text.substring(last.begin(), s.end());
        out.set(out.size() - 1, new Sentence(last.index(), joined, last.begin(), s.end(), tokens));
      } else {
        out.add(new Sentence(out.size(), s.text(), s.begin(), s.end(), s.tokens()));
      }
    }
    return out;
  }

  /**
   * Whether {@code sentence} ends in a title and its period, the title at the start or after white space; like the
   * regex {@code (?:^|\s)(?:Gen|Sen|...)\.$}, whose {@code $} also matches before a final line terminator.
   */
  static boolean titleAtEnd(String sentence) {
    int end = sentence.length();
    if (sentence.endsWith("\r\n")) {
      end -= 2;
    } else if (end > 0 && PragmaticShortcuts.isLineTerminator(sentence.charAt(end - 1))) {
      end--;
    }
    if (end < 2 || sentence.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && isAsciiLetter(sentence.charAt(start - 1))) {
      start--;
    }
    return (start == 0 || PragmaticShortcuts.isSpace(sentence.charAt(start - 1)))
        && TITLES.contains(sentence.substring(start, end - 1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Documents segmented so far by this copy, per {@link Route}. */
  public Map<Route, Long> routes() {
    Map<Route, Long> counts = new EnumMap<>(Route.class);
    for (Route r : Route.values()) {
      counts.put(r, routes[r.ordinal()]);
    }
    return counts;
  }

  private void addTrimmed(String text, int from, int to, List<Sentence> out) {
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    if (to > from) {
      String content = text.substring(from, to);
      if (!content.isBlank()) {
        addSentence(text, content, from, to, out);
      }
    }
  }

  private void addSentence(String text, String content, int begin, int end, List<Sentence> out) {
    List<Token> tokens = new ArrayList<>();
    tokenizer.tokenize(content, begin, tokens);
    out.add(new Sentence(out.size(), content, begin, end, tokens));
  }
}
