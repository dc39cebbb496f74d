package io.credence.text;

import io.credence.text.SourceResolver.Context;
import io.credence.text.SourceWords.Gazetteer;
import io.credence.text.SourceWords.WordClass;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The capitalised name spans of {@link SourceResolver}'s zones ("The Iran-Russia Joint Chamber of Commerce", "Jake
 * Sullivan"): where a span starts and ends, and which type of source it names, from the words' shapes and the
 * gazetteers ({@code media}, {@code institutional} or a {@code named_person}; see {@link SourceResolver}).
 */
final class NameSpans implements Serializable {

  /** Lower-case words that may sit inside a capitalised name span ("Chamber of Commerce", "Bank for ..."). */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "al", "on", "the");

  /** Prepositions before a place or name that only locate the source ("officials in Kyiv said"). */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "near", "across", "inside", "outside");

  private final SourceWords words;

  NameSpans(SourceWords words) {
    this.words = words;
  }

  /** A capitalised word that may open a name span: not a function word, pronoun or unnamed-people word. */
  boolean startsSpan(Token t, String f, WordClass c) {
    return t.isCapitalised()
        && !words.isFunctionWord(f)
        && c != WordClass.ANONYMOUS
        && c != WordClass.PERSON_PRONOUN
        && c != WordClass.PLURAL_PRONOUN
        && c != WordClass.INSTITUTION_PRONOUN
        && c != WordClass.NEGATOR;
  }

  /**
   * The position in {@code nearestFirst} of the last token of the capitalised span starting at position {@code k}
   * (scanning away from the cue): capitalised words, and connectors ("of", "the", "&") between capitalised words.
   */
  int spanEnd(List<Token> tokens, String[] forms, List<Integer> nearestFirst, int k) {
    int last = k;
    for (int m = k + 1; m < nearestFirst.size(); m++) {
      int j = nearestFirst.get(m);
      int previous = nearestFirst.get(m - 1);
      if (Math.abs(j - previous) != 1 || tokens.get(Math.min(j, previous)).endsWithComma()) {
        break;
      }
      Token t = tokens.get(j);
      if (t.isCapitalised() && !isFunctionWordOtherThanThe(forms[j])) {
        last = m;
      } else if (!CONNECTORS.contains(forms[j])) {
        break;
      }
    }
    return last;
  }

  /**
   * Whether a word is a function word other than "the" ("However", "But", "In"): capitalised, such a word is so for
   * its position (it opens a sentence or a line), so it does not continue a name span; "The" may ("The Hague"). It
   * looks at the word only, not at where the word stands.
   */
  private boolean isFunctionWordOtherThanThe(String form) {
    return words.isFunctionWord(form) && !form.equals("the");
  }

  /**
   * The type of the capitalised span at positions {@code [k, last]} of {@code nearestFirst}, or {@code null} when it
   * is not a source (a capitalised common word such as a month). Records a person's surname in {@code context}.
   */
  SourceType spanType(
      List<Token> tokens, String[] forms, List<Integer> nearestFirst, int k, int last, Context context) {
    List<Integer> span = new ArrayList<>();
    for (int m = k; m <= last; m++) {
      span.add(nearestFirst.get(m));
    }
    Collections.sort(span);
    while (!span.isEmpty() && CONNECTORS.contains(forms[span.get(span.size() - 1)])) {
      span.remove(span.size() - 1);
    }
    int first = span.get(0);
    int after = span.get(span.size() - 1) + 1;
    if (first > 0 && LOCATIVES.contains(forms[first - 1])
        || after < tokens.size() && span.size() == 1 && isModifiedNoun(tokens.get(span.get(0)), tokens.get(after), forms[after])) {
      return null;
    }
    boolean the = forms[first].equals("the") || first > 0 && forms[first - 1].equals("the");
    List<Integer> names = new ArrayList<>();
    boolean institution = false;
    boolean media = false;
    boolean title = false;
    boolean firstName = false;
    boolean acronyms = true;
    boolean gazetteered = false;
    for (int j : span) {
      String f = forms[j];
      if (CONNECTORS.contains(f)) {
        continue;
      }
      WordClass c = words.classOf(f);
      media |= words.isIn(Gazetteer.MEDIA_NAME, f) || words.isIn(Gazetteer.MEDIA_WORD, f);
      institution |= c == WordClass.INSTITUTION || c == WordClass.SPOKESPERSON;
      title |= c == WordClass.PERSON_TITLE;
      firstName |= words.isIn(Gazetteer.FIRST_NAME, f) && c == null;
      boolean placeOrOrganisation = words.isIn(Gazetteer.PLACE, f) || words.isIn(Gazetteer.ORGANISATION, f);
      gazetteered |= placeOrOrganisation;
      acronyms &= isAcronym(tokens.get(j).text());
      if (c == null && !placeOrOrganisation) {
        names.add(j);
      }
    }
    if (firstName && !institution) {
      context.surnames.add(forms[names.get(names.size() - 1)]);
      return SourceType.NAMED_PERSON;
    }
    if (media) {
      return SourceType.MEDIA;
    }
    if (institution) {
      return SourceType.INSTITUTIONAL;
    }
    boolean person = firstName || title && !names.isEmpty() || names.size() >= 2 && !the && !gazetteered;
    if (person || names.size() == 1 && span.size() == 1 && context.surnames.contains(forms[names.get(0)])) {
      if (!names.isEmpty()) {
        context.surnames.add(forms[names.get(names.size() - 1)]);
      }
      return SourceType.NAMED_PERSON;
    }
    if (title) {
      return null;
    }
    if (the || acronyms || gazetteered) {
      return SourceType.INSTITUTIONAL;
    }
    if (names.size() == 1 && isPlainName(tokens.get(names.get(0)).text())) {
      context.surnames.add(forms[names.get(0)]);
      return SourceType.NAMED_PERSON;
    }
    return names.isEmpty() ? null : SourceType.NAMED_PERSON;
  }

  /**
   * A capitalised word followed, without a comma, by a lower-case content word is a modifier ("Iranian media",
   * "Western officials"): the noun after it decides.
   */
  private boolean isModifiedNoun(Token word, Token next, String nextForm) {
    return !word.endsWithComma()
        && !next.hasQuoteMark()
        && Character.isLowerCase(next.text().charAt(0))
        && !words.isFunctionWord(nextForm)
        && words.classOf(nextForm) != WordClass.NEGATOR
        && (words.classOf(nextForm) != null || words.isIn(Gazetteer.MEDIA_WORD, nextForm));
  }

  /** A capitalised word with a lower-case letter: the shape of a surname. */
  private static boolean isPlainName(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** An all-capitals abbreviation of two letters or more (NATO, FBI, U.S): an organisation or a country. */
  private static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
