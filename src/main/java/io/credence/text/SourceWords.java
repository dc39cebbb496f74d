package io.credence.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The context words that decide an attribution's source type and a few grammatical word classes, from {@code
 * source_words.tsv}, {@code function_words.tsv} and {@code source_gazetteer.tsv} (media, places, organisations, first
 * names). Each is a single token in normalised form.
 */
public final class SourceWords implements Serializable {

  /** Source-context words: anonymous, institution, spokesperson, person_title, person_pronoun, negator, ... */
  public static final String FILE = "source_words.tsv";

  /** English function words (stop words) for headline features and for telling names from sentence openers. */
  public static final String FUNCTION_WORDS_FILE = "function_words.tsv";

  /** Gazetteers of media, places, organisations and first names ({@code source_gazetteer.tsv}). */
  public static final String GAZETTEER_FILE = "source_gazetteer.tsv";

  /** The lists of {@code source_gazetteer.tsv}: each names a kind of capitalised word. */
  public enum Gazetteer {
    /** A news organisation's name or name part (Reuters, Politico, Times), only as a capitalised word. */
    MEDIA_NAME,
    /** A noun for news media (media, newspaper, broadcaster), in any case. */
    MEDIA_WORD,
    /** A country, capital or seat of government standing for its government (Russia, Tehran, the Kremlin). */
    PLACE,
    /** A company known by one word (Apple, Gazprom). */
    ORGANISATION,
    /** A given name (Jake, Nasser, Volodymyr). */
    FIRST_NAME
  }

  /** The word classes {@code source_words.tsv} may use. */
  public enum WordClass {
    /** Unnamed people standing in for a source: officials, sources, experts, insiders. */
    ANONYMOUS,
    /** Organisations, offices and documents: ministry, government, agency, report, statement. */
    INSTITUTION,
    /** People who speak for an institution: spokesman, spokesperson, representative. */
    SPOKESPERSON,
    /** Titles of a person: president, minister, adviser, senator, dr. */
    PERSON_TITLE,
    /** Pronouns that stand for a named person: he, she. */
    PERSON_PRONOUN,
    /** Pronouns that stand for an institution: it. */
    INSTITUTION_PRONOUN,
    /** Plural pronouns that stand for the article's last source: they. */
    PLURAL_PRONOUN,
    /** Negators: not, never, no, didn't. */
    NEGATOR
  }

  private static volatile SourceWords standard;

  private final Map<String, WordClass> classes;
  private final Set<String> functionWords;
  private final Map<Gazetteer, Set<String>> gazetteers;

  SourceWords(Map<String, WordClass> classes, Set<String> functionWords) {
    this(classes, functionWords, Map.of());
  }

  SourceWords(Map<String, WordClass> classes, Set<String> functionWords, Map<Gazetteer, Set<String>> gazetteers) {
    this.classes = classes;
    this.functionWords = functionWords;
    this.gazetteers = gazetteers;
  }

  /** The shipped word lists (loaded once per JVM). */
  public static SourceWords standard() {
    SourceWords s = standard;
    if (s == null) {
      Map<String, WordClass> classes = new HashMap<>();
      for (LexiconFile.Row row : LexiconFile.read(FILE)) {
        WordClass c = row.categoryAs(WordClass.class, "word class");
        String word = Token.normalize(row.phrase());
        if (classes.put(word, c) != null) {
          throw new IllegalArgumentException(row.origin() + ": '" + row.phrase() + "' is listed twice");
        }
      }
      Set<String> function = new HashSet<>();
      for (LexiconFile.Row row : LexiconFile.read(FUNCTION_WORDS_FILE)) {
        if (!function.add(Token.normalize(row.phrase()))) {
          throw new IllegalArgumentException(row.origin() + ": '" + row.phrase() + "' is listed twice");
        }
      }
      Map<Gazetteer, Set<String>> lists = new java.util.EnumMap<>(Gazetteer.class);
      for (LexiconFile.Row row : LexiconFile.read(GAZETTEER_FILE)) {
        Gazetteer g = row.categoryAs(Gazetteer.class, "gazetteer");
        if (!lists.computeIfAbsent(g, k -> new HashSet<>()).add(Token.normalize(row.phrase()))) {
          throw new IllegalArgumentException(row.origin() + ": '" + row.phrase() + "' is listed twice");
        }
      }
      lists.replaceAll((k, v) -> Set.copyOf(v));
      s = new SourceWords(Map.copyOf(classes), Set.copyOf(function), lists);
      standard = s;
    }
    return s;
  }

  /** The class of a normalised word, or {@code null}. */
  public WordClass classOf(String normalized) {
    return classes.get(normalized);
  }

  /** Whether a normalised word is on one of the gazetteers. */
  public boolean isIn(Gazetteer list, String normalized) {
    return gazetteers.getOrDefault(list, Set.of()).contains(normalized);
  }

  /** Whether a normalised word is a function word (the, of, and, ...). */
  public boolean isFunctionWord(String normalized) {
    return functionWords.contains(normalized);
  }

  /** Whether a normalised token negates: a listed negator or a contraction ending in n't. */
  public boolean isNegator(String normalized) {
    return classes.get(normalized) == WordClass.NEGATOR || normalized.endsWith("n't");
  }
}
