package io.credence.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues of how an article is written, beside the lexicon families of {@link CueMatcher}: the writer's own voice outside
 * direct quotes (first and second person, questions, exclamations, intensifiers), specificity (numbers, calendar
 * dates), second-hand reporting (citing other media) and transparency lines (contributed reporting, corrections,
 * editor's notes). Plain code on plain strings; the segmenter's sentences give the tokens and their offsets.
 *
 * <p>Why these: fabricated and hyperpartisan news is written in a more personal, emotive and less specific register
 * than professional reporting (Horne and Adali 2017, "This Just In"; Rashkin et al. 2017, "Truth of Varying Shades":
 * first and second person pronouns, superlatives and intensifying adverbs are markers of less trustworthy text), and
 * careful outlets publish transparency signals (the Trust Project's indicators: corrections, "contributed reporting").
 * The word lists below are curated for this project from those descriptions.
 */
public final class WriterCues {

  /** First-person pronouns written by the writer (outside direct quotes). */
  public static final String FIRST_PERSON = "first_person_cues";

  /** Second-person address outside direct quotes ("you", "your"). */
  public static final String SECOND_PERSON = "second_person_cues";

  /** Question marks outside direct quotes: questions the writer asks. */
  public static final String QUESTIONS = "writer_questions";

  /** Exclamation marks outside direct quotes. */
  public static final String EXCLAMATIONS = "writer_exclamations";

  /** Intensifying adverbs and emotive amplifiers outside direct quotes ("extremely", "utterly", "shocking"). */
  public static final String INTENSIFIERS = "intensifier_cues";

  /** Tokens with a digit: figures, amounts, years, counts. */
  public static final String NUMBERS = "number_tokens";

  /** Calendar dates ("March 3", "Jan. 12") and weekdays. */
  public static final String DATES = "date_mentions";

  /** Citations of other media: "told Fox News", "first reported by", "according to a report in". */
  public static final String MEDIA = "media_citations";

  /** Transparency lines: "contributed reporting", "additional reporting by", "Correction:", "Editor's note". */
  public static final String TRANSPARENCY = "transparency_lines";

  /** The counts, in column order. */
  public static final List<String> COLUMNS =
      List.of(FIRST_PERSON, SECOND_PERSON, QUESTIONS, EXCLAMATIONS, INTENSIFIERS, NUMBERS, DATES, MEDIA, TRANSPARENCY);

  /** One hit: the sentence it is in, the matched text, its column and its span in the article text. */
  public record Hit(int sentenceIndex, String cue, String column, int begin, int end) {

    /** The evidence category: the column without its {@code _cues}/{@code _tokens}/... suffix. */
    public String category() {
      String category = CATEGORIES.get(column);
      return category != null ? category : categoryOf(column);
    }
  }

  private static final Pattern COLUMN_SUFFIX = Pattern.compile("_(cues|tokens|mentions|citations|lines)$");

  /** The evidence category of each of {@link #COLUMNS}, computed once rather than per hit. */
  private static final Map<String, String> CATEGORIES = categories();

  private static Map<String, String> categories() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String c : COLUMNS) {
      m.put(c, categoryOf(c));
    }
    return Map.copyOf(m);
  }

  private static String categoryOf(String column) {
    return COLUMN_SUFFIX.matcher(column).replaceAll("");
  }

  /** The counts of one article (in {@link #COLUMNS} order) and every hit. */
  public record Result(Map<String, Integer> counts, List<Hit> hits) {

    /** The counts as values in {@link #COLUMNS} order. */
    public List<Integer> values() {
      List<Integer> v = new ArrayList<>();
      for (String c : COLUMNS) {
        v.add(counts.getOrDefault(c, 0));
      }
      return v;
    }

    public int count(String column) {
      return counts.getOrDefault(column, 0);
    }
  }

  private static final Set<String> FIRST =
      Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "i'm", "i've", "i'd", "i'll",
          "we're", "we've", "we'd", "we'll");

  private static final Set<String> SECOND =
      Set.of("you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "ya");

  /**
   * Amplifiers (Quirk et al. 1985's boosters and maximizers that news copy rarely needs) and emotive evaluations;
   * curated here, not taken from a list.
   */
  private static final Set<String> INTENSE =
      Set.of("very", "really", "extremely", "incredibly", "totally", "absolutely", "completely", "utterly", "truly",
          "literally", "insanely", "hugely", "massively", "terribly", "awfully", "enormously", "outrageous",
          "shocking", "horrific", "horrifying", "disgusting", "insane", "ridiculous", "absurd", "stunning",
          "incredible", "unbelievable", "amazing", "massive", "huge", "disgraceful", "pathetic", "despicable");

  private static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final int FIRST_WORD = 1;
  private static final int SECOND_WORD = 2;
  private static final int INTENSE_WORD = 4;
  private static final int WEEKDAY = 8;
  private static final int MONTH = 16;

  /** Which of the word lists above each of their words is in (bits), so that a token is looked up once. */
  private static final Map<String, Integer> WORD_CLASSES = wordClasses();

  private static Map<String, Integer> wordClasses() {
    Map<String, Integer> m = new java.util.HashMap<>();
    List<Set<String>> lists = List.of(FIRST, SECOND, INTENSE, WEEKDAYS, MONTHS);
    List<Integer> bits = List.of(FIRST_WORD, SECOND_WORD, INTENSE_WORD, WEEKDAY, MONTH);
    for (int i = 0; i < lists.size(); i++) {
      for (String w : lists.get(i)) {
        m.merge(w, bits.get(i), (a, b) -> a | b);
      }
    }
    return Map.copyOf(m);
  }

  private static int classOf(String word) {
    Integer c = WORD_CLASSES.get(word);
    return c == null ? 0 : c;
  }

  /** The second words of {@link #OUTLETS}' "[A-Z][a-z]+ Times" alternative (no one a prefix of another). */
  private static final List<String> OUTLET_NAME_ENDS =
      List.of("Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle");

  /** News organisations that other outlets cite; case-sensitive proper names. */
  private static final String OUTLETS =
      "(?:[Tt]he )?(?:Associated Press|AP|Reuters|AFP|Bloomberg(?: News)?|CNN|MSNBC|CNBC|Fox News|Fox Business|NBC(?: News)?"
          + "|ABC(?: News)?|CBS(?: News)?|NPR|PBS|BBC|Politico|Axios|The Hill|Hill|Daily Caller|Breitbart(?: News)?"
          + "|BuzzFeed(?: News)?|HuffPost|Huffington Post|Daily Beast|Daily Mail|Guardian|Vox|Slate|Newsweek|Time"
          + "|New York Times|Times|Washington Post|Post|Wall Street Journal|Journal|USA Today|Los Angeles Times"
          + "|Financial Times|Economist|Atlantic|New Yorker|Intercept|ProPublica|Washington Examiner|Washington Times"
          + "|National Review|Mother Jones|Daily Wire|Federalist|Townhall|Newsmax|Vice(?: News)?|Yahoo News"
          + "|local media|state media|[A-Z][a-z]+ (?:" + String.join("|", OUTLET_NAME_ENDS) + "))";

  private static final Pattern MEDIA_CITATION =
      Pattern.compile(
          "\\b(?:(?:[Aa]ccording to|[Ii]n) an? (?:report|story|article|interview|investigation) (?:by|in|from|with) "
              + OUTLETS + "|(?:first |originally )?reported by " + OUTLETS
              + "|(?:told|[Ii]n an interview with|[Ss]peaking to|[Ss]peaking with) " + OUTLETS + "\\b"
              + "|" + OUTLETS + " (?:first |previously |also |has |had )?(?:reported|reports|obtained|learned|revealed)"
              + "|[Aa]ccording to " + OUTLETS + "\\b)");

  private static final Pattern TRANSPARENCY_LINE =
      Pattern.compile(
          "(?i)\\b(?:contributed (?:to )?(?:this )?report(?:ing)?|additional reporting by|reporting by [A-Z]"
              + "|editing by|editor's note|editor\u2019s note|correction:|clarification:"
              + "|(?:this|an earlier version of this) (?:story|article|report) (?:has been|was) (?:updated|corrected|"
              + "misstated|amended))");

  /**
   * A search for one of the two phrase patterns that tries the pattern only where a match can start: at a run of
   * ASCII letters (not preceded by a letter, digit or underscore) that is one of {@code openings} (compared
   * lower-cased), or, with {@code outletNames}, a capitalised word followed by one of {@link #OUTLET_NAME_ENDS}.
   * Every alternative of each pattern opens with such a run followed by a non-letter (a space, a colon, an apostrophe
   * or a word boundary), so a match can start only where the whole run of letters there is an opening. Keep the
   * openings in step with the patterns: {@code WriterCuesSearchTest} compares {@link #spans} with {@link
   * Matcher#find()} on news text, on every development article and on strings built from the patterns' own words.
   * Trying both patterns at every position of the text was a fifth of the analysis.
   */
  static final class PhraseSearch {

    private final Pattern pattern;
    private final boolean outletNames;
    /** The openings, lower-cased, by length: a run of letters is looked up among those of its own length only. */
    private final String[][] openingsByLength;

    /**
     * For some common openings (lower-cased), the characters that may open the word after them: a match opening
     * there needs one space and then one of these, so most "the" and "in" of a text are passed over without the
     * pattern.
     */
    private final Map<String, String> followers;

    PhraseSearch(Pattern pattern, Set<String> openings, boolean outletNames, Map<String, String> followers) {
      this.pattern = pattern;
      this.outletNames = outletNames;
      this.followers = Map.copyOf(followers);
      int longest = 0;
      for (String w : openings) {
        longest = Math.max(longest, w.length());
      }
      List<List<String>> byLength = new ArrayList<>();
      for (int k = 0; k <= longest; k++) {
        byLength.add(new ArrayList<>());
      }
      for (String w : openings) {
        byLength.get(w.length()).add(w.toLowerCase(Locale.ROOT));
      }
      this.openingsByLength = new String[longest + 1][];
      for (int k = 0; k <= longest; k++) {
        openingsByLength[k] = byLength.get(k).toArray(new String[0]);
      }
    }

    Pattern pattern() {
      return pattern;
    }

    /**
     * The spans {@code pattern.matcher(body).find()} finds, one after the other. Only the first letter of a run of
     * letters can open a match (the others follow a letter), so the search goes from run to run.
     */
    List<int[]> spans(String body) {
      List<int[]> spans = new ArrayList<>();
      Matcher m = null;
      int n = body.length();
      int i = 0;
      while (i < n) {
        if (!isAsciiLetter(body.charAt(i))) {
          i++;
          continue;
        }
        int end = lettersFrom(body, i);
        if (mayOpen(body, i, end)) {
          if (m == null) {
            m = pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
          }
          m.region(i, n);
          if (m.lookingAt()) {
            spans.add(new int[] {i, m.end()});
            i = m.end(); // matches are never empty; find() goes on from the end of a match
            continue;
          }
        }
        i = end;
      }
      return spans;
    }

    /** Whether a match may start at the run of ASCII letters {@code body[i, end)}. */
    private boolean mayOpen(String body, int i, int end) {
      if (i > 0) {
        char before = body.charAt(i - 1);
        if (isAsciiLetter(before) || (before >= '0' && before <= '9') || before == '_') {
          return false; // no word boundary here (after a match that ends inside a word)
        }
      }
      int length = end - i;
      if (length < openingsByLength.length) {
        char first = Character.toLowerCase(body.charAt(i));
        for (String w : openingsByLength[length]) {
          if (w.charAt(0) == first && body.regionMatches(true, i, w, 0, length)) {
            String next = followers.get(w);
            if (next == null
                || end + 1 < body.length() && body.charAt(end) == ' ' && next.indexOf(body.charAt(end + 1)) >= 0) {
              return true;
            }
            break;
          }
        }
      }
      if (!outletNames || !Character.isUpperCase(body.charAt(i)) || end >= body.length() || body.charAt(end) != ' ') {
        return false;
      }
      int nameEnd = lettersFrom(body, end + 1);
      for (String e : OUTLET_NAME_ENDS) {
        if (e.length() == nameEnd - end - 1 && body.startsWith(e, end + 1)) {
          return true;
        }
      }
      return false;
    }

    private static int lettersFrom(String body, int i) {
      int end = i;
      while (end < body.length() && isAsciiLetter(body.charAt(end))) {
        end++;
      }
      return end;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  /** {@link #MEDIA_CITATION}: the openings of its alternatives and of every name in {@link #OUTLETS}. */
  static final PhraseSearch MEDIA_SEARCH =
      new PhraseSearch(
          MEDIA_CITATION,
          Set.of("according", "in", "first", "originally", "reported", "told", "speaking", "the", "associated", "ap",
              "reuters", "afp", "bloomberg", "cnn", "msnbc", "cnbc", "fox", "nbc", "abc", "cbs", "npr", "pbs", "bbc",
              "politico", "axios", "hill", "daily", "breitbart", "buzzfeed", "huffpost", "huffington", "guardian",
              "vox", "slate", "newsweek", "time", "new", "times", "washington", "post", "wall", "journal", "usa",
              "los", "financial", "economist", "atlantic", "intercept", "propublica", "national", "mother",
              "federalist", "townhall", "newsmax", "vice", "yahoo", "local", "state"),
          true,
          // "the" opens only "[Tt]he " before an outlet's name (capitalised, or "local media", "state media"); "in"
          // opens only "[Ii]n a report ...", "[Ii]n an interview with" (the outlet-name test covers "In Times").
          Map.of("the", "ABCDEFGHIJKLMNOPQRSTUVWXYZls", "in", "a"));

  /** {@link #TRANSPARENCY_LINE}: the openings of its alternatives. */
  static final PhraseSearch TRANSPARENCY_SEARCH =
      new PhraseSearch(
          TRANSPARENCY_LINE,
          Set.of("contributed", "additional", "reporting", "editing", "editor", "correction", "clarification", "this",
              "an"),
          false,
          // "this story|article|report ...", "an earlier version ..." (the pattern ignores ASCII case).
          Map.of("this", "sSaArR", "an", "eE"));

  private WriterCues() {}

  /**
   * Analyses {@code body} (the article text with boilerplate blanked; every offset indexes it) segmented into {@code
   * sentences}. Direct quotes are found with {@link QuoteFinder}; voice cues inside them belong to the speaker and are
   * not counted.
   */
  public static Result analyse(String body, List<Sentence> sentences) {
    return analyse(body, sentences, QuoteFinder.find(body));
  }

  /**
   * {@link #analyse(String, List)} with the direct quotes of {@code body} already found ({@link QuoteFinder#find} on
   * the same body, as {@link CueAnalysis#quotes()} holds them), so an article's quotes are found once.
   */
  public static Result analyse(String body, List<Sentence> sentences, List<QuoteFinder.Span> quotes) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      counts.put(c, 0);
    }
    List<Hit> hits = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int t = 0; t < tokens.size(); t++) {
        Token token = tokens.get(t);
        String word = token.normalized();
        int wordClass = classOf(word);
        boolean quoted = inside(quotes, token.begin());
        if (hasDigit(token.text())) {
          add(counts, hits, new Hit(s.index(), token.text(), NUMBERS, token.begin(), token.end()));
        }
        if (isDate(tokens, t, word, wordClass)) {
          add(counts, hits, new Hit(s.index(), token.text(), DATES, token.begin(), token.end()));
        }
        if (quoted) {
          continue;
        }
        String column = voiceColumn(token, word, wordClass);
        if (column != null) {
          add(counts, hits, new Hit(s.index(), token.text(), column, token.begin(), token.end()));
        }
      }
      marks(body, s, quotes, counts, hits);
    }
    phrases(MEDIA_SEARCH, MEDIA, body, sentences, counts, hits);
    phrases(TRANSPARENCY_SEARCH, TRANSPARENCY, body, sentences, counts, hits);
    return new Result(counts, hits);
  }

  private static String voiceColumn(Token token, String word, int wordClass) {
    if ((wordClass & (FIRST_WORD | SECOND_WORD | INTENSE_WORD)) == 0) {
      return null;
    }
    if ((wordClass & FIRST_WORD) != 0) {
      // "US" and "U.S." are the country; "I" must be the capital pronoun (not a list item or roman numeral "i").
      String letters = asciiLetters(token.text());
      boolean country = word.equals("us") && letters.equals("US");
      boolean pronounI = !word.startsWith("i") || letters.startsWith("I");
      return country || !pronounI ? null : FIRST_PERSON;
    }
    if ((wordClass & SECOND_WORD) != 0) {
      return SECOND_PERSON;
    }
    if ((wordClass & INTENSE_WORD) != 0) {
      return INTENSIFIERS;
    }
    return null;
  }

  /** The ASCII letters of {@code s}, in order (what {@code s.replaceAll("[^A-Za-z]", "")} keeps). */
  private static String asciiLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code s} without one final comma or full stop. Unlike {@code replaceAll("[,.]$", "")} it leaves a mark before a
   * final line terminator, which the callers cannot tell apart: either way the result is neither digits nor ".".
   */
  private static String withoutFinalMark(String s) {
    int n = s.length();
    return n > 0 && (s.charAt(n - 1) == ',' || s.charAt(n - 1) == '.') ? s.substring(0, n - 1) : s;
  }

  /** A month name followed by a day number, or a weekday name (capitalised, as a date is written). */
  private static boolean isDate(List<Token> tokens, int t, String word, int wordClass) {
    String raw = tokens.get(t).text();
    if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) {
      return false;
    }
    if ((wordClass & WEEKDAY) != 0) {
      return true;
    }
    boolean month = word.endsWith(".")
        ? (classOf(word.substring(0, word.length() - 1)) & MONTH) != 0
        : (wordClass & MONTH) != 0;
    if (!month || t + 1 >= tokens.size()) {
      return false;
    }
    String next = withoutFinalMark(tokens.get(t + 1).text());
    if (next.equals(".") && t + 2 < tokens.size()) {
      next = withoutFinalMark(tokens.get(t + 2).text());
    }
    return next.length() <= 2 && !next.isEmpty() && next.chars().allMatch(Character::isDigit);
  }

  /** Question and exclamation marks of the sentence that are outside quotes (a run like "?!" counts once each). */
  private static void marks(
      String body, Sentence s, List<QuoteFinder.Span> quotes, Map<String, Integer> counts, List<Hit> hits) {
    int end = Math.min(s.end(), body.length());
    for (int i = Math.max(0, s.begin()); i < end; i++) {
      char c = body.charAt(i);
      if ((c == '?' || c == '!') && (i == s.begin() || body.charAt(i - 1) != c) && !inside(quotes, i)) {
        add(counts, hits, new Hit(s.index(), String.valueOf(c), c == '?' ? QUESTIONS : EXCLAMATIONS, i, i + 1));
      }
    }
  }

  private static void phrases(PhraseSearch search, String column, String body, List<Sentence> sentences,
      Map<String, Integer> counts, List<Hit> hits) {
    for (int[] span : search.spans(body)) {
      int sentence = sentenceAt(sentences, span[0]);
      if (sentence >= 0) {
        add(counts, hits, new Hit(sentence, body.substring(span[0], span[1]), column, span[0], span[1]));
      }
    }
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  /** Whether {@code text} has a decimal digit; a plain loop, so no stream is built for every token. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<QuoteFinder.Span> quotes, int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteFinder.Span q = quotes.get(mid);
      if (offset < q.begin()) {
        hi = mid - 1;
      } else if (offset >= q.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Integer> counts, List<Hit> hits, Hit hit) {
    counts.merge(hit.column(), 1, Integer::sum);
    hits.add(hit);
  }
}
