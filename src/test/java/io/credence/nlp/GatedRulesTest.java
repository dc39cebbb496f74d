package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import com.johnsnowlabs.nlp.util.regex.RuleFactory;
import io.credence.testing.CommittedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link GatedRules} gives exactly what Spark NLP's whole factory gives, for the three steps it stands in for, on
 * random strings drawn from the characters the rules and their gates test (symbols, quotes, brackets, Unicode
 * look-alikes included) and on every line of the committed news text; every rule of those steps has a gate, and each
 * gate skips its rule on some strings and lets it run on others.
 */
class GatedRulesTest {

  private static final PragmaticContentFormatter$ FORMATTER = PragmaticContentFormatter$.MODULE$;
  private static final String ABBREVIATOR = PragmaticSymbols$.MODULE$.ABBREVIATOR();

  private static final RandomStrings STRINGS = new RandomStrings(14,
      ".", ".", ".", "'", "'", "\"", "\"", "[", "]", "(", ")", "'s", "Co", "KG", "p", "P", "m", "M", "a", "A", "Z", "x",
      "1", "_", " ", " ", "\n", "\t", "\u00a0", "\u2028", ",", "?", "!", "|", "-", ":", "\u212a", "\u00e9", "\u017f",
      "\u2019", "\u201c", "$", "U.S", "a.m", "P.M", " A. ", ".'s ", "Co. KG", "\"a b\"", "(c)", "[d]", " 'e' ",
      PragmaticSymbols$.MODULE$.PROTECTION_MARKER_OPEN(), PragmaticSymbols$.MODULE$.PROTECTION_MARKER_CLOSE(),
      PragmaticSymbols$.MODULE$.BREAK_INDICATOR(), ABBREVIATOR);

  private static void agree(String name, GatedRules gated, UnaryOperator<String> whole, int rules, int seed)
      throws IOException {
    assertEquals(rules, gated.gated(), name + ": every rule of the step has a gate (its regex is as in 5.5.3)");
    STRINGS.assertAgree(name, whole, gated::apply, seed);
    for (String line : CommittedText.newsLines()) {
      assertEquals(whole.apply(line), gated.apply(line), () -> name + " differs on news line '" + line + "'");
    }
  }

  @Test
  void specialAbbreviationsAgreeWithSparkNlp() throws IOException {
    RuleFactory f = FORMATTER.specialAbbrFactory();
    agree("special abbreviations", GatedRules.symbolic(f), f::transformWithSymbolicRules, 3, 11);
  }

  @Test
  void standardAbbreviationsAgreeWithSparkNlp() throws IOException {
    RuleFactory f = FORMATTER.stdAbbrFactory();
    agree("standard abbreviations", GatedRules.withSymbol(f, ABBREVIATOR), t -> f.transformWithSymbol(ABBREVIATOR, t),
        4, 12);
  }

  @Test
  void betweenPunctuationsAgreeWithSparkNlp() throws IOException {
    RuleFactory f = FORMATTER.formatBetweenPunctuationsFactory();
    agree("between punctuations", GatedRules.symbolic(f), f::transformWithSymbolicRules, 4, 13);
  }

  @Test
  void listsAgreeWithSparkNlp() throws IOException {
    RuleFactory f = FORMATTER.formatListsFactory();
    agree("lists", GatedRules.symbolic(f), f::transformWithSymbolicRules, 2, 16);
    // Numbered and lettered lists the parts above seldom build.
    RandomStrings lists = new RandomStrings(14, "1", "12", "123", ".", ". ", " ", "\n", "-", "s", ")", "(", "a", "bc",
        "Z", "$", "\\", "x");
    lists.assertAgree("lists", f::transformWithSymbolicRules, GatedRules.symbolic(f)::apply, 17);
  }

  /**
   * A kept match holding a '$' or a backslash: Spark NLP hands the replacement to appendReplacement, which keeps the
   * '$' here but drops the backslash, so its own rule decides these texts.
   */
  @Test
  void matchesWithReplacementMetacharactersAgreeWithSparkNlp() {
    RuleFactory lists = FORMATTER.formatListsFactory();
    RuleFactory between = FORMATTER.formatBetweenPunctuationsFactory();
    for (String text : List.of(" 'ab'$ x", " 'ab'\\ x", "-1$) x", "-1\\) x")) {
      assertEquals(lists.transformWithSymbolicRules(text), GatedRules.symbolic(lists).apply(text), text);
      assertEquals(between.transformWithSymbolicRules(text), GatedRules.symbolic(between).apply(text), text);
    }
    assertTrue(!between.transformWithSymbolicRules(" 'ab'\\ x").contains("\\"), "Spark NLP drops the backslash");
  }

  @Test
  void everyRuleOfTheStepsRunsAtItsAnchors() {
    assertEquals(3, GatedRules.symbolic(FORMATTER.specialAbbrFactory()).anchoredRules());
    assertEquals(4, GatedRules.withSymbol(FORMATTER.stdAbbrFactory(), ABBREVIATOR).anchoredRules());
    assertEquals(4, GatedRules.symbolic(FORMATTER.formatBetweenPunctuationsFactory()).anchoredRules());
    assertEquals(2, GatedRules.symbolic(FORMATTER.formatListsFactory()).anchoredRules());
  }

  @Test
  void eachGateSkipsItsRuleOnSomeStringsAndPassesOthers() {
    Random rnd = new Random(14);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      strings.add(STRINGS.next(rnd));
    }
    GatedRules.GATES.forEach(
        (regex, gate) -> {
          long open = strings.stream().filter(gate).count();
          assertTrue(open > 0 && open < strings.size(), regex + " is open on " + open + " of " + strings.size());
        });
  }
}
