package io.credence.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Matches lexicon cues over the tokens of each sentence (leftmost, longest, non-overlapping), finds direct quotes and
 * their speakers, decides each attribution's source type, drops negated cues from the counts, and splits hedging into
 * attributed uncertainty and unattributed speculation. Pure Java, linear in the article's length: the Spark stages
 * call it per article.
 */
public final class CueMatcher implements Serializable {

  /** Tokens before a cue searched for a negator ("did not say", "it is not unclear"). */
  static final int NEGATION_WINDOW = 3;

  /** Longest gap, in characters, between an attributed quote and the next one that continues it. */
  static final int CONTINUATION_GAP = 300;

  private static final List<String> ACCORDING_TO = List.of("according", "to");

  private final CueTrie trie;
  private final SourceWords words;
  private final SourceResolver resolver;

  public CueMatcher(Lexicon lexicon, SourceWords words) {
    this.trie = new CueTrie(lexicon.cues());
    this.words = words;
    this.resolver = new SourceResolver(words);
  }

  /** A matcher over the standard lexicon. */
  public static CueMatcher standard() {
    return new CueMatcher(Lexicon.standard(), SourceWords.standard());
  }

  /** Finds every cue in an article given as its text and its sentences (as segmented from that text). */
  public CueAnalysis analyze(String text, List<Sentence> sentences) {
    return analyze(Boilerplate.Stripped.none(text), sentences);
  }

  /**
   * Finds every cue in an article whose boilerplate was stripped; {@code sentences} are segmented from {@code
   * article.body()}, which has the same length and offsets as the original text.
   */
  public CueAnalysis analyze(Boilerplate.Stripped article, List<Sentence> sentences) {
    List<CueHit> hits = new ArrayList<>();
    for (Boilerplate.Span line : article.lines()) {
      hits.add(new CueHit(-1, line.rule(), CueCategory.BOILERPLATE, line.begin(), line.end()));
    }
    int tokenCount = 0;
    List<List<CueHit>> bySentence = new ArrayList<>(sentences.size());
    SourceResolver.Context context = new SourceResolver.Context();
    for (Sentence sentence : sentences) {
      tokenCount += sentence.tokens().size();
      bySentence.add(matchSentence(sentence, context));
      context.nextSentence();
    }
    String body = article.body();
    List<QuoteFinder.Span> quotes = sentences.isEmpty() ? List.of() : QuoteFinder.find(body);
    SourceType[] quoteSource = attributeQuotes(body, quotes, sentences, bySentence);
    QuoteOwnership.apply(quotes, quoteSource, bySentence);
    SourceType[] sentenceSource = new SourceType[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (CueHit h : bySentence.get(s)) {
        if (h.category().isAttribution() && !h.negated() && sentenceSource[s] == null) {
          sentenceSource[s] = h.sourceType();
        }
      }
    }
    for (int q = 0; q < quotes.size(); q++) {
      QuoteFinder.Span quote = quotes.get(q);
      if (quoteSource[q] != null) {
        for (int s = sentenceAt(sentences, quote.begin()); s <= sentenceAt(sentences, quote.end() - 1); s++) {
          if (sentenceSource[s] == null) {
            sentenceSource[s] = quoteSource[q];
          }
        }
      }
    }
    Map<CueCategory, Integer> counts = CueAnalysis.emptyCounts();
    Map<String, Integer> structure = CueAnalysis.emptyStructure();
    for (int s = 0; s < sentences.size(); s++) {
      if (sentenceSource[s] != null) {
        structure.merge(CueAnalysis.ATTRIBUTED_SENTENCES, 1, Integer::sum);
      }
      for (CueHit h : bySentence.get(s)) {
        if (h.category().isHedging()) {
          h = h.sourceType() != null ? h : h.withSourceType(sentenceSource[s]);
          if (!h.negated()) {
            structure.merge(
                h.sourceType() != null ? CueAnalysis.ATTRIBUTED_UNCERTAINTY : CueAnalysis.UNATTRIBUTED_SPECULATION,
                1,
                Integer::sum);
          }
        }
        hits.add(h);
      }
    }
    for (int q = 0; q < quotes.size(); q++) {
      QuoteFinder.Span quote = quotes.get(q);
      String cueText = body.substring(quote.begin(), Math.min(quote.end(), quote.begin() + 60));
      hits.add(
          new CueHit(
              sentenceAt(sentences, quote.begin()), cueText, CueCategory.QUOTE, quoteSource[q], false,
              quote.begin(), quote.end()));
      structure.merge(quoteSource[q] != null ? CueAnalysis.ATTRIBUTED_QUOTES : CueAnalysis.ORPHAN_QUOTES, 1, Integer::sum);
    }
    for (CueHit hit : hits) {
      if (hit.negated()) {
        structure.merge(CueAnalysis.NEGATED, 1, Integer::sum);
        continue;
      }
      counts.merge(hit.category(), 1, Integer::sum);
      if (hit.category().isAttribution() && hit.sourceType() == SourceType.NAMED_PERSON) {
        structure.merge(CueAnalysis.NAMED_SOURCES, 1, Integer::sum);
      } else if (hit.category().isAttribution() && hit.sourceType() == SourceType.INSTITUTIONAL) {
        structure.merge(CueAnalysis.INSTITUTIONAL_SOURCES, 1, Integer::sum);
      } else if (hit.category().isAttribution() && hit.sourceType() == SourceType.MEDIA) {
        structure.merge(CueAnalysis.MEDIA_SOURCES, 1, Integer::sum);
      }
    }
    return new CueAnalysis(
        sentences.size(), tokenCount, counts, structure, hits, quotes,
        Collections.unmodifiableList(Arrays.asList(sentenceSource)));
  }

  /** The lexicon hits over a bare token sequence such as a headline (no quotes, no sentence structure). */
  public List<CueHit> matchTokens(List<Token> tokens) {
    return matchSentence(new Sentence(0, "", 0, 0, tokens), new SourceResolver.Context());
  }

  private List<CueHit> matchSentence(Sentence sentence, SourceResolver.Context context) {
    List<Token> tokens = sentence.tokens();
    String[] forms = new String[tokens.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(i).normalized();
    }
    List<CueHit> hits = new ArrayList<>();
    int i = 0;
    while (i < forms.length) {
      CueTrie.Match match = trie.longestAt(forms, i);
      if (match == null) {
        i++;
        continue;
      }
      Cue cue = match.cue();
      int end = i + match.length();
      if (cue.counts() && !isProperNounUse(cue, tokens, forms, i)) {
        CueCategory category = cue.category();
        SourceType type = null;
        if (category == CueCategory.ANONYMOUS_SOURCE) {
          type = SourceType.ANONYMOUS;
        } else if (category == CueCategory.ATTRIBUTION) {
          type = resolver.resolve(tokens, forms, i, end, cue.tokens().equals(ACCORDING_TO), context);
          category = CueHit.attributionCategory(type);
        }
        boolean negated = category.isNegatable() && isNegated(tokens, forms, i);
        if (category == CueCategory.ATTRIBUTION && followsAnonymity(hits, tokens, i)) {
          type = SourceType.ANONYMOUS;
          category = CueHit.attributionCategory(type);
        }
        if (!negated) {
          context.record(type);
        }
        hits.add(
            new CueHit(
                sentence.index(), cue.phrase(), category, type, negated, tokens.get(i).begin(),
                tokens.get(end - 1).end()));
      }
      i = end;
    }
    return hits;
  }

  /**
   * A report verb right after an unnamed-source phrase ("a spokesman who declined to be named said", "one official,
   * who spoke on condition of anonymity, said"): the verb's subject is that unnamed person.
   */
  private static boolean followsAnonymity(List<CueHit> hits, List<Token> tokens, int start) {
    if (hits.isEmpty()) {
      return false;
    }
    CueHit previous = hits.get(hits.size() - 1);
    if (previous.category() != CueCategory.ANONYMOUS_SOURCE || previous.negated()) {
      return false;
    }
    for (int i = start - 1; i >= 0 && tokens.get(i).begin() >= previous.end(); i--) {
      if (!tokens.get(i).text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** A negator within {@link #NEGATION_WINDOW} tokens before the cue, in the same clause. */
  private boolean isNegated(List<Token> tokens, String[] forms, int start) {
    for (int i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW; i--) {
      Token t = tokens.get(i);
      if (t.endsClause() || t.endsWithComma() || t.hasQuoteMark() && i < start - 1) {
        return false;
      }
      if (words.isNegator(forms[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised one-word cue mid-sentence is a name or a month ("in May", "Most Valuable Player"), and so is "May"
   * or "may" followed by a number ("May 5, 2022").
   */
  private static boolean isProperNounUse(Cue cue, List<Token> tokens, String[] forms, int position) {
    CueCategory c = cue.category();
    if (cue.tokens().size() != 1 || c != CueCategory.HEDGE && c != CueCategory.MODAL && c != CueCategory.WEASEL) {
      return false;
    }
    Token token = tokens.get(position);
    boolean capitalised = Character.isUpperCase(token.text().charAt(0));
    boolean numberNext = position + 1 < forms.length && CueTrie.isNumber(forms[position + 1]);
    return capitalised && position > 0 || forms[position].equals("may") && numberNext;
  }

  /** The source type of each quote's speaker, or {@code null} for an orphan quote. */
  private static SourceType[] attributeQuotes(
      String body, List<QuoteFinder.Span> quotes, List<Sentence> sentences, List<List<CueHit>> bySentence) {
    SourceType[] out = new SourceType[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      QuoteFinder.Span quote = quotes.get(q);
      int first = sentenceAt(sentences, quote.begin());
      int last = sentenceAt(sentences, Math.max(quote.begin(), quote.end() - 1));
      for (int s = first; s <= last && s < bySentence.size() && out[q] == null; s++) {
        for (CueHit h : bySentence.get(s)) {
          boolean outside = h.end() <= quote.begin() || h.begin() >= quote.end();
          if (h.category().isAttribution() && !h.negated() && outside && !inside(quotes, q - 1, h)
              && !inside(quotes, q + 1, h)) {
            out[q] = h.sourceType();
            break;
          }
        }
      }
      if (out[q] == null && q > 0 && out[q - 1] != null) {
        QuoteFinder.Span previous = quotes.get(q - 1);
        String gap = body.substring(previous.end(), quote.begin());
        if (gap.length() <= CONTINUATION_GAP && gap.indexOf('\n') < 0) {
          out[q] = out[q - 1];
        }
      }
    }
    return out;
  }

  private static boolean inside(List<QuoteFinder.Span> quotes, int q, CueHit h) {
    if (q < 0 || q >= quotes.size()) {
      return false;
    }
    QuoteFinder.Span s = quotes.get(q);
    return h.begin() >= s.begin() && h.end() <= s.end();
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
