package io.credence.nlp;

import com.johnsnowlabs.nlp.util.regex.RegexRule;
import com.johnsnowlabs.nlp.util.regex.RuleFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import scala.Enumeration;
import scala.collection.JavaConverters;

/**
 * One of Spark NLP's formatter steps (a {@link RuleFactory} of the pragmatic detector) split into one factory per
 * rule, in the step's order, with each rule run only when a character scan shows that it may match the text as it
 * stands. A rule that cannot match leaves the text as it is, so skipping it changes nothing; applying the rules one
 * by one is what the factory does (it folds over its rules). Every rule keeps Spark NLP's own regex and transform.
 * The scans ({@link #GATES}) are keyed by the exact regex text of the rule they were written for; a rule whose regex is
 * not among them always runs. Proven against the whole factories by {@code GatedRulesTest} on random strings and on
 * the news corpus. Costs a linear scan of a few characters per rule instead of a regex search over the whole text,
 * which Spark NLP's Scala wrapper makes cost about 25 µs per rule on a 3 KB article even when nothing matches.
 */
final class GatedRules {

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
          Map.entry("(?<=\\s[A-Z])\\.(?=\\s)", GatedRules::capitalBetweenSpaces));

  private final List<RuleFactory> rules;
  private final List<Predicate<String>> gates;
  private final String symbol;

  private GatedRules(List<RuleFactory> rules, List<Predicate<String>> gates, String symbol) {
    this.rules = rules;
    this.gates = gates;
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
        RuleFactory rule = rules.get(i);
        wip = symbol == null ? rule.transformWithSymbolicRules(wip) : rule.transformWithSymbol(symbol, wip);
      }
    }
    return wip;
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
    for (RegexRule rule : JavaConverters.seqAsJavaList(all)) {
      rules.add(new RuleFactory(match, transform).addRule(rule));
      gates.add(GATES.getOrDefault(rule.rule(), ALWAYS));
    }
    return new GatedRules(List.copyOf(rules), List.copyOf(gates), symbol);
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
