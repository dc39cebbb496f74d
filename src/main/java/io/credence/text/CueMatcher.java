package io.credence.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches lexicon cues over the tokens of each sentence (leftmost, longest, non-overlapping) and finds direct quotes.
 * Pure Java: the Spark stages call it per article.
 */
public final class CueMatcher implements Serializable {

  private final CueTrie trie;

  public CueMatcher(Lexicon lexicon) {
    this.trie = new CueTrie(lexicon.cues());
  }

  /** A matcher over the standard lexicon. */
  public static CueMatcher standard() {
    return new CueMatcher(Lexicon.standard());
  }

  /** Finds every cue in an article given as its text and its sentences (as segmented from that text). */
  public CueAnalysis analyze(String text, List<Sentence> sentences) {
    Map<CueCategory, Integer> counts = CueAnalysis.emptyCounts();
    List<CueHit> hits = new ArrayList<>();
    int tokenCount = 0;
    for (Sentence sentence : sentences) {
      tokenCount += sentence.tokens().size();
      matchSentence(sentence, hits);
    }
    for (QuoteFinder.Span quote : QuoteFinder.find(text)) {
      int idx = sentenceAt(sentences, quote.begin());
      String cueText = text.substring(quote.begin(), Math.min(quote.end(), quote.begin() + 60));
      hits.add(new CueHit(idx, cueText, CueCategory.QUOTE, quote.begin(), quote.end()));
    }
    for (CueHit hit : hits) {
      counts.merge(hit.category(), 1, Integer::sum);
    }
    return new CueAnalysis(sentences.size(), tokenCount, counts, hits);
  }

  private void matchSentence(Sentence sentence, List<CueHit> hits) {
    List<Token> tokens = sentence.tokens();
    String[] forms = new String[tokens.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(i).normalized();
    }
    int i = 0;
    while (i < forms.length) {
      CueTrie.Match match = trie.longestAt(forms, i);
      if (match == null) {
        i++;
        continue;
      }
      Cue cue = match.cue();
      Token first = tokens.get(i);
      Token last = tokens.get(i + match.length() - 1);
      if (cue.counts() && !isProperNounUse(cue, first, i)) {
        hits.add(new CueHit(sentence.index(), cue.phrase(), cue.category(), first.begin(), last.end()));
      }
      i += match.length();
    }
  }

  /** A capitalised one-word hedge mid-sentence is a name or a month ("in May"), not a hedge. */
  private static boolean isProperNounUse(Cue cue, Token token, int position) {
    return cue.category() == CueCategory.HEDGE
        && cue.tokens().size() == 1
        && position > 0
        && Character.isUpperCase(token.text().charAt(0));
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    int found = 0;
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        found = s.index();
      } else {
        break;
      }
    }
    return found;
  }
}
