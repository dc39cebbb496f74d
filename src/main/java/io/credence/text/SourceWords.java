package io.credence.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The context words that decide an attribution's source type and a few grammatical word classes, from {@code
 * source_words.tsv} and {@code function_words.tsv}. Each is a single token in normalised form.
 */
public final class SourceWords implements Serializable {

  /** Source-context words: anonymous, institution, spokesperson, person_title, person_pronoun, negator, ... */
  public static final String FILE = "source_words.tsv";

  /** English function words (stop words) for headline features and for telling names from sentence openers. */
  public static final String FUNCTION_WORDS_FILE = "function_words.tsv";

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
    /** Negators: not, never, no, didn't. */
    NEGATOR
  }

  private static volatile SourceWords standard;

  private final Map<String, WordClass> classes;
  private final Set<String> functionWords;

  SourceWords(Map<String, WordClass> classes, Set<String> functionWords) {
    this.classes = classes;
    this.functionWords = functionWords;
  }

  /** The shipped word lists (loaded once per JVM). */
  public static SourceWords standard() {
    SourceWords s = standard;
    if (s == null) {
      Map<String, WordClass> classes = new HashMap<>();
      for (LexiconFile.Row row : LexiconFile.read(FILE)) {
        WordClass c;
        try {
          c = WordClass.valueOf(row.category().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(row.origin() + ": unknown word class '" + row.category() + "'", e);
        }
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
      s = new SourceWords(Map.copyOf(classes), Set.copyOf(function));
      standard = s;
    }
    return s;
  }

  /** The class of a normalised word, or {@code null}. */
  public WordClass classOf(String normalized) {
    return classes.get(normalized);
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
