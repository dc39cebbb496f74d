package io.credence.text;

import io.credence.text.SourceWords.Gazetteer;
import io.credence.text.SourceWords.WordClass;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides who an attribution points to from the tokens around it, within its clause: the subject before the verb
 * ("Jake Sullivan, the adviser, said"), the inverted subject after it ('…," said Sullivan'), or the noun phrase after
 * "according to". It decides by evidence rather than by capital letters:
 *
 * <ul>
 *   <li>a run of capitalised words is read as one span ("The Iran-Russia Joint Chamber of Commerce"): a news outlet's
 *       name or a media noun in it makes it {@code media}; an organisation head word (Ministry, Chamber, Inc), "the"
 *       before it, an acronym, a place standing for its government (Russia, the Kremlin) or a company known by one
 *       word (Apple) make it {@code institutional}; a first name from the name list, a title before a name, or two
 *       or more plain capitalised words make it a {@code named_person}; a lone capitalised word is a person's surname
 *       ("said Kofman") unless a gazetteer knows it;
 *   <li>unnamed people (officials, sources, experts) are {@code anonymous}; organisations, offices and documents are
 *       {@code institutional}; media nouns (state media, the newspaper) are {@code media};
 *   <li>"he"/"she" take the type of the last person the article quoted (a named person, or the anonymous official a
 *       sentence before); "they" the article's last source; "it" is institutional;
 *   <li>a title or spokesperson next to the verb opens an appositive ("Jake Sullivan, the national security adviser,
 *       said"): organisations inside it do not decide, so the name before it can.
 * </ul>
 *
 * The article context ({@link Context}) remembers surnames and the last person, so a pronoun or a bare surname later
 * in the article resolves to the person named before.
 */
final class SourceResolver implements Serializable {

  /** How far from the cue the subject may be, in tokens. */
  static final int WINDOW = 12;

  /** How long an appositive between the subject and the verb may be, in tokens. */
  static final int APPOSITIVE_WINDOW = 30;

  /** The words that introduce a document's author ("a report by Reuters", "a study from the university"). */
  private static final Set<String> AUTHORED = Set.of("by", "from");

  /**
   * Documents: they stand for an institution ("the intelligence report said") unless an author follows ("a report by
   * Reuters"), in which case the author decides.
   */
  private static final Set<String> DOCUMENTS =
      Set.of("report", "statement", "study", "survey", "analysis", "investigation", "memo", "letter", "filing", "poll",
          "document", "assessment", "review");

  private final SourceWords words;
  private final NameSpans spans;

  SourceResolver(SourceWords words) {
    this.words = words;
    this.spans = new NameSpans(words);
  }

  /** What an article has said about its sources so far: surnames of named people and the last person and source. */
  static final class Context {
    /** Surnames of the article's named people so far, kept and read by {@link NameSpans}. */
    final Set<String> surnames = new HashSet<>();
    private SourceType lastPerson;
    private int lastPersonSentence;
    private int sentence;
    private SourceType lastSource;

    /** Moves on to the next sentence of the article. */
    void nextSentence() {
      sentence++;
    }

    /**
     * The person "he" or "she" stands for: an unnamed person ("a senior official said… He added") only in the sentence
     * that introduced them or the next; otherwise, as news style names people before it uses a pronoun, a named one.
     */
    SourceType pronoun() {
      return lastPerson == SourceType.ANONYMOUS && sentence - lastPersonSentence <= 1
          ? SourceType.ANONYMOUS
          : SourceType.NAMED_PERSON;
    }

    /** Records a resolved attribution, so pronouns later in the article can refer to it. */
    void record(SourceType type) {
      if (type == SourceType.NAMED_PERSON || type == SourceType.ANONYMOUS) {
        lastPerson = type;
        lastPersonSentence = sentence;
      }
      if (type != null && type != SourceType.UNRESOLVED) {
        lastSource = type;
      }
    }
  }

  /** The source type of the attribution spanning tokens {@code [start, end)} of a sentence. */
  SourceType resolve(List<Token> tokens, String[] forms, int start, int end, boolean accordingTo, Context context) {
    if (accordingTo) {
      return classify(tokens, forms, forward(tokens, end), context);
    }
    boolean afterQuote = start > 0 && tokens.get(start - 1).hasQuoteMark();
    if (!afterQuote && start > 0 && tokens.get(start - 1).endsWithComma()) {
      SourceType subject = beforeAppositive(tokens, forms, start, context);
      if (subject != SourceType.UNRESOLVED) {
        return subject;
      }
    }
    if (!afterQuote) {
      List<Integer> zone = backward(tokens, forms, start);
      Collections.reverse(zone);
      SourceType before = classify(tokens, forms, zone, context);
      if (before != SourceType.UNRESOLVED) {
        return before;
      }
    }
    return classify(tokens, forms, forward(tokens, end), context);
  }

  /**
   * "Michael Kofman, a research program director at the Center for Naval Analyses, told Politico": when a comma
   * closes an appositive just before the verb, the subject is the phrase before the comma that opens it.
   */
  private SourceType beforeAppositive(List<Token> tokens, String[] forms, int start, Context context) {
    for (int i = start - 2; i > 0 && i >= start - APPOSITIVE_WINDOW; i--) {
      Token t = tokens.get(i);
      if (t.hasQuoteMark() || t.endsClause()) {
        break;
      }
      if (t.endsWithComma()) {
        List<Integer> zone = backward(tokens, forms, i + 1);
        Collections.reverse(zone);
        return classify(tokens, forms, zone, context);
      }
    }
    return SourceType.UNRESOLVED;
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
        || words.isIn(Gazetteer.MEDIA_WORD, form)
        || t.isCapitalised() && !words.isFunctionWord(form);
  }

  /**
   * Classifies a zone given nearest token first: the first decisive word or span wins. When the word next to the cue
   * is a title or spokesperson, organisations inside that appositive do not decide, so the name before it can.
   */
  SourceType classify(List<Token> tokens, String[] forms, List<Integer> nearestFirst, Context context) {
    boolean appositive = false;
    boolean content = false;
    SourceType held = null;
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
      if (spans.startsSpan(t, f, c)) {
        int last = spans.spanEnd(tokens, forms, nearestFirst, k);
        SourceType type = spans.spanType(tokens, forms, nearestFirst, k, last, context);
        if (type != null) {
          if (type == SourceType.NAMED_PERSON || !appositive) {
            return type;
          }
          held = firstOf(held, type);
          k = last;
          continue;
        }
      }
      if (c == WordClass.PERSON_PRONOUN) {
        return context.pronoun();
      } else if (c == WordClass.PLURAL_PRONOUN) {
        return context.lastSource == null ? SourceType.UNRESOLVED : context.lastSource;
      } else if (c == WordClass.ANONYMOUS) {
        return SourceType.ANONYMOUS;
      } else if (DOCUMENTS.contains(f)) {
        boolean authored = k + 1 < nearestFirst.size() && AUTHORED.contains(forms[nearestFirst.get(k + 1)]);
        if (!authored && !appositive) {
          return SourceType.INSTITUTIONAL;
        }
        held = firstOf(held, SourceType.INSTITUTIONAL);
      } else if (words.isIn(Gazetteer.MEDIA_WORD, f) || c == WordClass.INSTITUTION) {
        SourceType type = words.isIn(Gazetteer.MEDIA_WORD, f) ? SourceType.MEDIA : SourceType.INSTITUTIONAL;
        if (!appositive) {
          return type;
        }
        held = firstOf(held, type);
      } else if (c == WordClass.PERSON_TITLE || c == WordClass.SPOKESPERSON) {
        role = firstOf(role, c);
      } else if (c == WordClass.INSTITUTION_PRONOUN) {
        return SourceType.INSTITUTIONAL;
      }
    }
    if (role == WordClass.PERSON_TITLE) {
      return SourceType.NAMED_PERSON;
    }
    if (held != null) {
      return held;
    }
    return role == WordClass.SPOKESPERSON ? SourceType.INSTITUTIONAL : SourceType.UNRESOLVED;
  }

  /** The value already held, or {@code candidate} when none is held yet: the first decision in a zone is kept. */
  private static <T> T firstOf(T held, T candidate) {
    return held == null ? candidate : held;
  }
}
