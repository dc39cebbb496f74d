package io.credence.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess from function-word ratios: the share of an article's words that are among the commonest
 * function words of each supported language. News prose in a language has 25–45 % of its words in that language's
 * list and only a few percent in the others'. The lists are short, hand-curated from the most frequent words of each
 * language (articles, pronouns, prepositions, conjunctions, auxiliaries). Only the first {@link #MAX_WORDS} words are
 * read, so the cost is bounded on any input.
 *
 * <p>A short text is judged with the tolerance its length needs: one English sentence of 15 words may hold only two
 * or three listed words ("Many policy analysts consider literacy rates a crucial measure of a region's human
 * capital."), which is below {@link #MIN_SHARE} by chance, not because it is another language. So the guess is
 * {@link #UNKNOWN} only when the best language's hits are also improbably few for text in a supported language:
 * more than {@link #TOLERANCE_SDS} binomial standard deviations below {@link #EXPECTED_SHARE} of the words. Otherwise
 * a text below {@link #MIN_SHARE} is {@link #UNDETERMINED}: too few words to name its language, and one listed word
 * ("El capitán Veneno" in an English sentence) must not name it either. Long text is held to {@link #MIN_SHARE};
 * text mostly in another script is {@link #UNKNOWN} from {@link #MIN_WORDS} words on.
 */
public final class LanguageGuess {

  /**
   * Returned when the text has too few words to judge ({@link #MIN_WORDS}), or too few to tell a short sentence with
   * few function words from another language (see the class comment); such text is never rejected.
   */
  public static final String UNDETERMINED = "und";

  /**
   * Returned when most words are in a script other than Latin (every supported language is written in Latin), or when
   * no supported language reaches {@link #MIN_SHARE} and its hits are improbably few for the text's length.
   */
  public static final String UNKNOWN = "unknown";

  /** Allows every language in {@code --languages}. */
  public static final String ANY = "any";

  /** Words read from the start of the text. */
  public static final int MAX_WORDS = 2000;

  /** Fewer words than this and the guess is {@link #UNDETERMINED}. */
  public static final int MIN_WORDS = 12;

  /** The best language's share of function words must reach this, or the guess is {@link #UNKNOWN}. */
  public static final double MIN_SHARE = 0.10;

  /**
   * The lowest share of listed function words expected in prose of a supported language (news runs at 25–45 %; see the
   * class comment).
   */
  public static final double EXPECTED_SHARE = 0.25;

  /**
   * How many binomial standard deviations below {@link #EXPECTED_SHARE} the hits must fall before a text that misses
   * {@link #MIN_SHARE} is called {@link #UNKNOWN}: about one English text in a thousand falls further by chance.
   */
  public static final double TOLERANCE_SDS = 3;

  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    FUNCTION_WORDS.put("en", words("the of and to in is that for it was on with as he by at from his are be this have has"
        + " had not but or an they which were been their said would will we who its there after also than more about"
        + " when she her you i a can may into these such some other"));
    FUNCTION_WORDS.put("de", words("der die das und ist nicht ein eine einen mit sich auf für von den dem des zu im auch"
        + " es wird wurde sind dass bei nach aus sie er wir ich noch wie oder aber hat haben über"));
    FUNCTION_WORDS.put("fr", words("le la les et des est un une du que qui dans pour pas sur au avec il elle ce cette sont"
        + " ont par plus ne se nous vous mais été aux leur de"));
    FUNCTION_WORDS.put("es", words("de la el los las y del que en por con para una es se lo como más pero sus ya fue ha este"
        + " esta son también entre cuando muy sin sobre al"));
    FUNCTION_WORDS.put("it", words("il lo la gli le e di che è per non una un del della dei delle sono con si da al nel"
        + " anche come più ma ha questo questa essere"));
    FUNCTION_WORDS.put("pt", words("de o os as e do da dos das que em não um uma para com por mais se no na foi ao é são"
        + " também seu sua mas como ele ela"));
    FUNCTION_WORDS.put("nl", words("de het een en van is dat niet op te zijn met voor er aan ook als maar bij door wordt"
        + " om nog deze wat hij ze heeft naar werd"));
  }

  /** The languages in table order. */
  private static final String[] LANGUAGES = FUNCTION_WORDS.keySet().toArray(new String[0]);

  /** Each function word with the languages (bits in {@link #LANGUAGES} order) whose list holds it. */
  private static final Map<String, Integer> WORD_LANGUAGES = wordLanguages();

  /** The longest function word; longer words are counted but never looked up (lower-casing never shortens). */
  private static final int LONGEST_WORD =
      WORD_LANGUAGES.keySet().stream().mapToInt(String::length).max().orElse(0);

  /**
   * The function words of ASCII letters, in an open-addressing table by the hash of their text, so that an ASCII
   * word of the text is looked up without a lower-cased copy of it (the commonest case by far).
   */
  private static final String[] ASCII_WORDS;

  private static final int[] ASCII_LANGUAGES;

  static {
    int size = Integer.highestOneBit(Math.max(16, WORD_LANGUAGES.size() * 4));
    ASCII_WORDS = new String[size];
    ASCII_LANGUAGES = new int[size];
    WORD_LANGUAGES.forEach(
        (w, languages) -> {
          if (w.chars().allMatch(c -> c < 0x80)) {
            int slot = slot(w.hashCode());
            while (ASCII_WORDS[slot] != null) {
              slot = (slot + 1) & (size - 1);
            }
            ASCII_WORDS[slot] = w;
            ASCII_LANGUAGES[slot] = languages;
          }
        });
  }

  private LanguageGuess() {}

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (ASCII_WORDS.length - 1);
  }

  /**
   * The languages (bits in {@link #LANGUAGES} order) whose function words hold the run of letters {@code text[start,
   * end)} lower-cased, or 0. A word of ASCII letters is found in {@link #ASCII_WORDS}; any other is lower-cased and
   * looked up in {@link #WORD_LANGUAGES}.
   */
  static int languagesOf(String text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return languagesOf(text.substring(start, end));
      }
      hash = 31 * hash + (c | 0x20); // an ASCII letter, lower-cased
    }
    int length = end - start;
    for (int slot = slot(hash); ASCII_WORDS[slot] != null; slot = (slot + 1) & (ASCII_WORDS.length - 1)) {
      String w = ASCII_WORDS[slot];
      if (w.length() == length && w.hashCode() == hash && sameLowerCase(text, start, w)) {
        return ASCII_LANGUAGES[slot];
      }
    }
    return 0;
  }

  /** The languages whose function words hold {@code word} lower-cased (bits in {@link #LANGUAGES} order), or 0. */
  static int languagesOf(String word) {
    Integer languages = WORD_LANGUAGES.get(word.toLowerCase(Locale.ROOT));
    return languages == null ? 0 : languages;
  }

  private static boolean sameLowerCase(String text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ((text.charAt(start + k) | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isLetter(char)}, answering ASCII without the Unicode tables. */
  static boolean isLetter(char c) {
    return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static Map<String, Integer> wordLanguages() {
    Map<String, Integer> map = new java.util.HashMap<>();
    int bit = 0;
    for (Set<String> words : FUNCTION_WORDS.values()) {
      for (String w : words) {
        map.merge(w, 1 << bit, (a, b) -> a | b);
      }
      bit++;
    }
    return map;
  }

  /** The languages this guess can tell apart, as ISO 639-1 codes. */
  public static Set<String> supported() {
    return FUNCTION_WORDS.keySet();
  }

  /** The ISO 639-1 code of the likeliest supported language, {@link #UNKNOWN} or {@link #UNDETERMINED}. */
  public static String guess(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    int[] hits = new int[LANGUAGES.length];
    int[] firstHit = new int[LANGUAGES.length];
    int words = 0;
    int otherScript = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < MAX_WORDS) {
      while (i < n && !isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isLetter(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      words++;
      char first = text.charAt(start);
      if (first >= 0x80 && Character.UnicodeScript.of(first) != Character.UnicodeScript.LATIN) {
        otherScript++;
      }
      if (i - start > LONGEST_WORD) {
        continue;
      }
      int languages = languagesOf(text, start, i);
      if (languages != 0) {
        for (int l = 0; l < LANGUAGES.length; l++) {
          if ((languages & (1 << l)) != 0 && hits[l]++ == 0) {
            firstHit[l] = words;
          }
        }
      }
    }
    if (words < MIN_WORDS) {
      return UNDETERMINED;
    }
    if (2 * otherScript > words) {
      return UNKNOWN;
    }
    int best = -1;
    for (int l = 0; l < LANGUAGES.length; l++) {
      // Ties go to the language hit first in the text (then to the earlier language in the table).
      if (hits[l] > 0 && (best < 0 || hits[l] > hits[best] || hits[l] == hits[best] && firstHit[l] < firstHit[best])) {
        best = l;
      }
    }
    int bestHits = best >= 0 ? hits[best] : 0;
    if (bestHits >= MIN_SHARE * words) {
      return LANGUAGES[best];
    }
    double floor = EXPECTED_SHARE * words - TOLERANCE_SDS * Math.sqrt(words * EXPECTED_SHARE * (1 - EXPECTED_SHARE));
    if (bestHits < floor) {
      return UNKNOWN;
    }
    return UNDETERMINED;
  }

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }
}
