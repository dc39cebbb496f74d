package io.credence.text;

import io.credence.text.SourceWords.WordClass;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides who an attribution points to from the tokens around it, within its clause: the subject before the verb
 * ("Jake Sullivan, the adviser, said"), the inverted subject after it ('…," said Sullivan'), or the noun phrase after
 * "according to". A full name or a title with a name is a named person; unnamed people (officials, sources, experts)
 * are anonymous; organisations, offices, documents, spokespeople and "the" + a capitalised name are institutional; a
 * lone capitalised word, "he" or "she", or a title such as "the president" stand for a named person.
 */
final class SourceResolver implements Serializable {

  /** How far from the cue the subject may be, in tokens. */
  static final int WINDOW = 12;

  private final SourceWords words;

  SourceResolver(SourceWords words) {
    this.words = words;
  }

  /** The source type of the attribution spanning tokens {@code [start, end)} of a sentence. */
  SourceType resolve(List<Token> tokens, String[] forms, int start, int end, boolean accordingTo) {
    if (accordingTo) {
      return classify(tokens, forms, forward(tokens, end));
    }
    boolean afterQuote = start > 0 && tokens.get(start - 1).hasQuoteMark();
    if (!afterQuote) {
      List<Integer> zone = backward(tokens, forms, start);
      java.util.Collections.reverse(zone);
      SourceType before = classify(tokens, forms, zone);
      if (before != SourceType.UNRESOLVED) {
        return before;
      }
    }
    return classify(tokens, forms, forward(tokens, end));
  }

  private List<Integer> backward(List<Token> tokens, String[] forms, int start) {
    List<Integer> zone = new ArrayList<>();
    boolean decisive = false;
    boolean appositive = false;
    boolean content = false;
    for (int i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
      Token t = tokens.get(i);
      if (t.hasQuoteMark() || t.endsClause() || (t.endsWithComma() && decisive && !appositive)) {
        break;
      }
      if (!content && Character.isLetterOrDigit(forms[i].charAt(0))) {
        content = true;
        WordClass c = words.classOf(forms[i]);
        appositive = c == WordClass.PERSON_TITLE || c == WordClass.SPOKESPERSON;
      }
      zone.add(0, i);
      decisive |= isDecisive(t, forms[i]);
    }
    return zone;
  }

  private static List<Integer> forward(List<Token> tokens, int end) {
    List<Integer> zone = new ArrayList<>();
    for (int i = end; i < tokens.size() && i < end + WINDOW; i++) {
      Token t = tokens.get(i);
      if (t.endsClause() && t.text().length() == 1 || t.text().equals(",")) {
        break;
      }
      zone.add(i);
      if (t.hasQuoteMark() || t.endsWithComma() || t.endsClause()) {
        break;
      }
    }
    return zone;
  }

  private boolean isDecisive(Token t, String form) {
    WordClass c = words.classOf(form);
    return c == WordClass.ANONYMOUS
        || c == WordClass.INSTITUTION
        || c == WordClass.SPOKESPERSON
        || c == WordClass.PERSON_PRONOUN
        || isName(t, form);
  }

  /**
   * Classifies a zone given nearest token first: the first decisive word wins (a full name, a name, "he"/"she",
   * unnamed people, an organisation). When the word next to the cue is a title or spokesperson ("Jake Sullivan, the
   * adviser, said"), organisations inside that appositive do not decide, so the name before it can.
   */
  SourceType classify(List<Token> tokens, String[] forms, List<Integer> nearestFirst) {
    boolean appositive = false;
    boolean content = false;
    boolean institution = false;
    WordClass role = null;
    for (int k = 0; k < nearestFirst.size(); k++) {
      int i = nearestFirst.get(k);
      Token t = tokens.get(i);
      String f = forms[i];
      if (!Character.isLetterOrDigit(f.charAt(0))) {
        continue;
      }
      WordClass c = words.classOf(f);
      if (!content) {
        content = true;
        appositive = c == WordClass.PERSON_TITLE || c == WordClass.SPOKESPERSON;
      }
      boolean name = isName(t, f);
      boolean afterThe = i > 0 && forms[i - 1].equals("the");
      if (name) {
        boolean the = afterThe || isFollowedByThe(tokens, forms, nearestFirst, k);
        if (!the) {
          return SourceType.NAMED_PERSON;
        }
        if (!appositive) {
          return SourceType.INSTITUTIONAL;
        }
        institution = true;
      } else if (c == WordClass.PERSON_PRONOUN) {
        return SourceType.NAMED_PERSON;
      } else if (c == WordClass.ANONYMOUS) {
        return SourceType.ANONYMOUS;
      } else if (c == WordClass.INSTITUTION || isAcronym(t.text())) {
        if (!appositive) {
          return SourceType.INSTITUTIONAL;
        }
        institution = true;
      } else if (c == WordClass.PERSON_TITLE || c == WordClass.SPOKESPERSON) {
        role = role == null ? c : role;
      } else if (c == WordClass.INSTITUTION_PRONOUN) {
        return SourceType.INSTITUTIONAL;
      }
    }
    if (role == WordClass.PERSON_TITLE) {
      return SourceType.NAMED_PERSON;
    }
    return role == WordClass.SPOKESPERSON || institution ? SourceType.INSTITUTIONAL : SourceType.UNRESOLVED;
  }

  /** Whether the capitalised words from token {@code k} on (scanning away from the cue) are preceded by "the". */
  private static boolean isFollowedByThe(
      List<Token> tokens, String[] forms, List<Integer> nearestFirst, int k) {
    for (int m = k + 1; m < nearestFirst.size(); m++) {
      int j = nearestFirst.get(m);
      if (forms[j].equals("the")) {
        return true;
      }
      if (!Character.isUpperCase(tokens.get(j).text().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** A capitalised word with a lower-case letter that is neither a function word nor a listed context word. */
  private boolean isName(Token t, String form) {
    String s = t.text();
    int first = 0;
    while (first < s.length() && !Character.isLetter(s.charAt(first))) {
      first++;
    }
    if (first >= s.length() || !Character.isUpperCase(s.charAt(first))) {
      return false;
    }
    boolean lower = false;
    for (int i = first + 1; i < s.length() && !lower; i++) {
      lower = Character.isLowerCase(s.charAt(i));
    }
    return lower && !words.isFunctionWord(form) && words.classOf(form) == null;
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
