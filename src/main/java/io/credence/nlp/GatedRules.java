package io.credence.nlp;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import com.johnsnowlabs.nlp.util.regex.RegexRule;
import com.johnsnowlabs.nlp.util.regex.RuleFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scala.Enumeration;
import scala.collection.JavaConverters;

/**
 * One of Spark NLP's formatter steps (a {@link RuleFactory} of the pragmatic detector) split into one factory per
 * rule, in the step's order, with each rule run only when a character scan shows that it may match the text as it
 * stands. A rule that cannot match leaves the text as it is, so skipping it changes nothing; applying the rules one
 * by one is what the factory does (it folds over its rules). Every rule keeps Spark NLP's own regex and transform.
 * The scans ({@link #GATES}) are keyed by the exact regex text of the rule they were written for; a rule whose regex is
 * not among them always runs. A rule that runs is tried only at its anchors ({@link #ANCHORS}: the places a match can
 * start, a known distance before a character every match holds) with its own compiled regex, and its matches are
 * replaced as its factory would replace them; a rule without an anchor runs through Spark NLP's factory. Proven
 * against the whole factories by {@code GatedRulesTest} on random strings and on the news corpus. Costs a linear scan
 * of a few characters per rule, and a regex attempt per anchor, instead of a regex search from every position of the
 * text (17–126 µs per rule on a 3 KB news article, measured on 2,000 of them).
 */
final class GatedRules {

  /** formatLists' first rule (5.5.3): lower-case letters in brackets, or at the start before a closing bracket. */
  static final String LETTER_LIST = "(\\()[a-z]+\\)|^[a-z]+\\)";

  /** formatLists' second rule (5.5.3): a one- or two-digit number with a dot (optionally after '-'). */
  static final String NUMBER_LIST =
      "\\s\\d{1,2}\\.\\s|^\\d{1,2}\\.\\s|\\s\\d{1,2}\\.\\)|^\\d{1,2}\\.\\)|\\s\\-\\d{1,2}\\.\\s|^\\-\\d{1,2}\\.\\s|"
          + "s\\-\\d{1,2}\\.\\)|^\\-\\d{1,2}(.\\))";

  /**
   * For each rule regex of the between-punctuation and abbreviation steps (5.5.3), a test that is true whenever the
   * regex has a match in the text: every match needs the characters it tests for.
   */
  static final Map<String, Predicate<String>> GATES =
      Map.ofEntries(
          // betweenPunctuations-singleQuot: a ' at the start or after white space opens every match.
          Map.entry("(?<=\\s|^)'[\\w\\s?!\\.,|'\\w]+'(?:\\W)", GatedRules::quoteAfterSpace),
          // betweenPunctuations-doubleQuot, -squareBrack, -parens: an opening and a later closing character.
          Map.entry("\"[\\w\\s?!\\.,]+\"", s -> pair(s, '"', '"')),
          Map.entry("\\[[\\w\\s?!\\.,]+\\]", s -> pair(s, '[', ']')),
          Map.entry("\\([\\w\\s?!\\.,]+\\)", s -> pair(s, '(', ')')),
          // protectAbbreviations-multiplePeriod: an ASCII letter, a dot and an ASCII letter.
          Map.entry("\\b[a-zA-Z](?:\\.[a-zA-Z])+(?:\\.(?!\\s[A-Z]))*", s -> dotBetween(s, "abcdefghijklmnopqrstuvwxyz"
              + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
          // protectAbbreviations-pm and -am (case-insensitive in US-ASCII only: no UNICODE_CASE flag).
          Map.entry("(?i)p\\.m\\.*", s -> dotBetween(s, "pP", "mM")),
          Map.entry("(?i)a\\.m\\.*", s -> dotBetween(s, "aA", "mM")),
          // formatAbbreviations-possessive: .'s
          Map.entry("\\.(?='s\\s)|\\.(?='s\\$)|\\.(?='s\\z)", s -> s.contains(".'s")),
          // formatAbbreviations-kommandit: Co. before white space and KG.
          Map.entry("(?<=Co)\\.(?=\\sKG)", s -> s.contains("Co.")),
          // formatAbbreviations-lowercaseAbb: the text opens with a capital, a dot and white space.
          Map.entry("(?<=^[A-Z])\\.(?=\\s)", s -> s.length() > 2 && isUpper(s.charAt(0)) && s.charAt(1) == '.'
              && PragmaticShortcuts.isSpace(s.charAt(2))),
          // formatAbbreviations-uppercaseAbb: white space, a capital, a dot and white space.
          Map.entry("(?<=\\s[A-Z])\\.(?=\\s)", GatedRules::capitalBetweenSpaces),
          // formatLists, lower-case letters in brackets, and numbers with a dot: the detector's own list checks.
          Map.entry(LETTER_LIST, PragmaticShortcuts::letterListFires),
          Map.entry(NUMBER_LIST, PragmaticShortcuts::numberListFires));

  /**
   * Where a match of a rule can start: {@code kMin} to {@code kMax} characters before an occurrence of {@code
   * trigger}, or (with {@code atStart}) at the start of the text. Every match of the rule's regex contains the
   * trigger at such a distance from its start, or starts the text.
   */
  record Anchor(char trigger, int kMin, int kMax, boolean atStart) {

    /** The first position at or after {@code from} where a match may start, or -1. */
    int next(String text, int from) {
      if (atStart && from == 0) {
        return 0;
      }
      int p = text.indexOf(trigger, from + kMin);
      return p < 0 ? -1 : Math.max(from, p - kMax);
    }
  }

  /**
   * For each rule regex (5.5.3) whose matches can be found from its anchors alone, the anchor. Such a rule is tried
   * only at its anchors ({@link Matcher#lookingAt()} over a region with transparent bounds, so look-behinds, word
   * boundaries and {@code ^} see the whole text) instead of by a regex search from every position of the text.
   */
  static final Map<String, Anchor> ANCHORS =
      Map.ofEntries(
          // The dot after the first letter: "U.S.", "p.m.", "a.m.".
          Map.entry("\\b[a-zA-Z](?:\\.[a-zA-Z])+(?:\\.(?!\\s[A-Z]))*", new Anchor('.', 1, 1, false)),
          Map.entry("(?i)p\\.m\\.*", new Anchor('.', 1, 1, false)),
          Map.entry("(?i)a\\.m\\.*", new Anchor('.', 1, 1, false)),
          // The dot itself.
          Map.entry("\\.(?='s\\s)|\\.(?='s\\$)|\\.(?='s\\z)", new Anchor('.', 0, 0, false)),
          Map.entry("(?<=Co)\\.(?=\\sKG)", new Anchor('.', 0, 0, false)),
          Map.entry("(?<=^[A-Z])\\.(?=\\s)", new Anchor('.', 0, 0, false)),
          Map.entry("(?<=\\s[A-Z])\\.(?=\\s)", new Anchor('.', 0, 0, false)),
          // The opening quote or bracket.
          Map.entry("(?<=\\s|^)'[\\w\\s?!\\.,|'\\w]+'(?:\\W)", new Anchor('\'', 0, 0, false)),
          Map.entry("\"[\\w\\s?!\\.,]+\"", new Anchor('"', 0, 0, false)),
          Map.entry("\\[[\\w\\s?!\\.,]+\\]", new Anchor('[', 0, 0, false)),
          Map.entry("\\([\\w\\s?!\\.,]+\\)", new Anchor('(', 0, 0, false)),
          // "(a)" anywhere, or "a)" opening the text.
          Map.entry(LETTER_LIST, new Anchor('(', 0, 0, true)),
          // The dot two to four characters on (" 1.", " 12.", " -1.", "s-12."), or the text's start ("-1x)").
          Map.entry(NUMBER_LIST, new Anchor('.', 2, 4, true)));

  private final List<RuleFactory> rules;
  private final List<Predicate<String>> gates;
  /** Per rule, its regex and anchor when it is run at its anchors ({@link #ANCHORS}), else null. */
  private final List<Anchored> anchored;
  private final String symbol;

  /** A rule run at its anchors: Spark NLP's own compiled regex, where a match may start, and what replaces it. */
  private record Anchored(Pattern regex, Anchor anchor, String before, String after, boolean keepsMatch) {}

  private GatedRules(List<RuleFactory> rules, List<Predicate<String>> gates, List<Anchored> anchored, String symbol) {
    this.rules = rules;
    this.gates = gates;
    this.anchored = anchored;
    this.symbol = symbol;
  }

  /** {@code factory}'s rules, each in a factory of its own with the same strategies, run by its symbolic rules. */
  static GatedRules symbolic(RuleFactory factory) {
    return split(factory, null);
  }

  /** {@code factory}'s rules, each in a factory of its own with the same strategies, replacing with {@code symbol}. */
  static GatedRules withSymbol(RuleFactory factory, String symbol) {
    return split(factory, symbol);
  }

  /** What the whole factory gives for {@code text}. */
  String apply(String text) {
    String wip = text;
    for (int i = 0; i < rules.size(); i++) {
      if (gates.get(i).test(wip)) {
        String out = anchored.get(i) == null ? null : atAnchors(anchored.get(i), wip);
        wip = out != null ? out : sparkNlp(i, wip);
      }
    }
    return wip;
  }

  private String sparkNlp(int i, String text) {
    RuleFactory rule = rules.get(i);
    return symbol == null ? rule.transformWithSymbolicRules(text) : rule.transformWithSymbol(symbol, text);
  }

  /**
   * What the rule's factory gives for {@code text}, found at the rule's anchors: each match, from left to right and
   * not overlapping (as {@code Matcher.find} finds them), replaced as the factory's strategy replaces it. Null when a
   * match the replacement keeps holds a {@code $} or {@code \}: Spark NLP hands the replacement to {@code
   * Matcher.appendReplacement}, which reads those as group references and escapes, so Spark NLP's own step decides.
   */
  private static String atAnchors(Anchored rule, String text) {
    int n = text.length();
    Matcher m = null;
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    for (int s = rule.anchor().next(text, 0); s >= 0 && s < n; s = rule.anchor().next(text, from)) {
      if (m == null) {
        m = rule.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(s, n);
      if (!m.lookingAt()) {
        from = s + 1;
        continue;
      }
      int end = m.end();
      if (rule.keepsMatch()) {
        for (int k = s; k < end; k++) {
          if (text.charAt(k) == '$' || text.charAt(k) == '\\') {
            return null;
          }
        }
      }
      if (out == null) {
        out = new StringBuilder(n + 16);
      }
      out.append(text, copied, s).append(rule.before());
      if (rule.keepsMatch()) {
        out.append(text, s, end).append(rule.after());
      }
      copied = end;
      from = end > s ? end : end + 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** How many of the rules have a gate (the others always run). */
  int gated() {
    int n = 0;
    for (Predicate<String> g : gates) {
      n += g == ALWAYS ? 0 : 1;
    }
    return n;
  }

  private static final Predicate<String> ALWAYS = s -> true;

  private static GatedRules split(RuleFactory factory, String symbol) {
    Enumeration.Value match = (Enumeration.Value) field(factory, "matchStrategy");
    Enumeration.Value transform = (Enumeration.Value) field(factory, "transformStrategy");
    @SuppressWarnings("unchecked")
    scala.collection.Seq<RegexRule> all = (scala.collection.Seq<RegexRule>) field(factory, "rules");
    List<RuleFactory> rules = new ArrayList<>();
    List<Predicate<String>> gates = new ArrayList<>();
    List<Anchored> anchored = new ArrayList<>();
    for (RegexRule rule : JavaConverters.seqAsJavaList(all)) {
      rules.add(new RuleFactory(match, transform).addRule(rule));
      gates.add(GATES.getOrDefault(rule.rule(), ALWAYS));
      anchored.add(anchored(rule, match, transform, symbol));
    }
    return new GatedRules(List.copyOf(rules), List.copyOf(gates), java.util.Collections.unmodifiableList(anchored),
        symbol);
  }

  /**
   * The rule run at its anchors, when it has one and its factory finds every match ({@code MATCH_ALL}) and replaces
   * each in one of the ways written out here (as {@code RuleFactory} 5.5.3 does); else null (Spark NLP runs it).
   */
  private static Anchored anchored(
      RegexRule rule, Enumeration.Value match, Enumeration.Value transform, String symbol) {
    Anchor anchor = ANCHORS.get(rule.rule());
    if (anchor == null || !match.toString().equals("MATCH_ALL")) {
      return null;
    }
    Pattern regex = rule.regex().pattern();
    String open = PragmaticSymbols$.MODULE$.PROTECTION_MARKER_OPEN();
    String close = PragmaticSymbols$.MODULE$.PROTECTION_MARKER_CLOSE();
    String strategy = transform.toString();
    if (symbol != null && strategy.equals("REPLACE_ALL_WITH_SYMBOL")) {
      return new Anchored(regex, anchor, symbol, "", false);
    }
    if (symbol == null && strategy.equals("PROTECT_FROM_BREAK")) {
      return new Anchored(regex, anchor, open, close, true);
    }
    if (symbol == null && strategy.equals("BREAK_AND_PROTECT_FROM_BREAK")) {
      return new Anchored(regex, anchor, PragmaticSymbols$.MODULE$.BREAK_INDICATOR() + open, close, true);
    }
    return null;
  }

  /** How many of the rules are run at their anchors (the others by Spark NLP's factory). */
  int anchoredRules() {
    int n = 0;
    for (Anchored a : anchored) {
      n += a == null ? 0 : 1;
    }
    return n;
  }

  private static Object field(RuleFactory factory, String name) {
    try {
      Field f = RuleFactory.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(factory);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "Spark NLP's RuleFactory has no readable field '" + name + "': the detector has changed since "
              + SparkNlpVersion.PROVEN + "; re-prove the shortcuts (SegmentationEquivalenceTest)",
          e);
    }
  }

  private static boolean quoteAfterSpace(String s) {
    for (int p = s.indexOf('\''); p >= 0; p = s.indexOf('\'', p + 1)) {
      if (p == 0 || PragmaticShortcuts.isSpace(s.charAt(p - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean pair(String s, char open, char close) {
    int first = s.indexOf(open);
    return first >= 0 && s.indexOf(close, first + 1) > first;
  }

  /** Whether some {@code .} has a character of {@code before} just before it and one of {@code after} just after. */
  private static boolean dotBetween(String s, String before, String after) {
    for (int p = s.indexOf('.', 1); p >= 0 && p + 1 < s.length(); p = s.indexOf('.', p + 1)) {
      if (before.indexOf(s.charAt(p - 1)) >= 0 && after.indexOf(s.charAt(p + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalBetweenSpaces(String s) {
    for (int p = s.indexOf('.', 2); p >= 0 && p + 1 < s.length(); p = s.indexOf('.', p + 1)) {
      if (isUpper(s.charAt(p - 1)) && PragmaticShortcuts.isSpace(s.charAt(p - 2))
          && PragmaticShortcuts.isSpace(s.charAt(p + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
