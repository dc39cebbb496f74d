package io.credence.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess from function-word ratios: the share of an article's words that are among the commonest
 * function words of each supported language. News prose in a language has 25–45 % of its words in that language's
 * list and only a few percent in the others'. The lists are short, hand-curated from the most frequent words of each
 * language (articles, pronouns, prepositions, conjunctions, auxiliaries). Only the first {@link #MAX_WORDS} words are
 * read, so the cost is bounded on any input.
 */
public final class LanguageGuess {

  /** Returned when the text has too few words to judge ({@link #MIN_WORDS}); such text is never rejected. */
  public static final String UNDETERMINED = "und";

  /** Returned when no supported language reaches {@link #MIN_SHARE} (another language, or another script). */
  public static final String UNKNOWN = "unknown";

  /** Allows every language in {@code --languages}. */
  public static final String ANY = "any";

  /** Words read from the start of the text. */
  public static final int MAX_WORDS = 2000;

  /** Fewer words than this and the guess is {@link #UNDETERMINED}. */
  public static final int MIN_WORDS = 12;

  /** The best language's share of function words must reach this, or the guess is {@link #UNKNOWN}. */
  public static final double MIN_SHARE = 0.10;

  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    FUNCTION_WORDS.put("en", words("the of and to in is that for it was on with as he by at from his are be this have has"
        + " had not but or an they which were been their said would will we who its there after also than more about"
        + " when she her you i"));
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

  private LanguageGuess() {}

  /** The languages this guess can tell apart, as ISO 639-1 codes. */
  public static Set<String> supported() {
    return FUNCTION_WORDS.keySet();
  }

  /** The ISO 639-1 code of the likeliest supported language, {@link #UNKNOWN} or {@link #UNDETERMINED}. */
  public static String guess(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    Map<String, Integer> hits = new LinkedHashMap<>();
    int words = 0;
    int i = 0;
    int n = text.length();
    StringBuilder word = new StringBuilder();
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      word.setLength(0);
      while (i < n && Character.isLetter(text.charAt(i)) && word.length() < 40) {
        word.append(text.charAt(i));
        i++;
      }
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (word.length() == 0) {
        break;
      }
      words++;
      String w = word.toString().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return UNDETERMINED;
    }
    String best = UNKNOWN;
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return bestHits >= MIN_SHARE * words ? best : UNKNOWN;
  }

  /** Whether a guess passes {@code allowed} (language codes, or {@link #ANY}); undetermined text always passes. */
  public static boolean allowed(String guess, List<String> allowed) {
    return UNDETERMINED.equals(guess) || allowed.contains(ANY) || allowed.contains(guess);
  }

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }
}
