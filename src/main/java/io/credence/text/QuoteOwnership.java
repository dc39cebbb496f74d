package io.credence.text;

import java.util.List;

/**
 * Quotes own their speaker: the cues inside an attributed quote are the speaker's words. A hedging cue inside takes
 * the quote's source; an unnamed-source cue inside ("“Our information further indicates…,” Sullivan said") is the
 * speaker's attribution, typed by the speaker, and never raises {@code anonymous_source} unless the speaker is
 * anonymous; an attribution inside whose own subject could not be resolved takes the speaker too.
 */
final class QuoteOwnership {

  private QuoteOwnership() {}

  /** Re-types, in place, the hits of {@code bySentence} that lie inside a quote with a speaker. */
  static void apply(List<QuoteFinder.Span> quotes, SourceType[] quoteSource, List<List<CueHit>> bySentence) {
    if (quotes.isEmpty()) {
      return;
    }
    for (List<CueHit> hits : bySentence) {
      for (int h = 0; h < hits.size(); h++) {
        CueHit hit = hits.get(h);
        SourceType speaker = speakerOf(quotes, quoteSource, hit);
        if (speaker == null) {
          continue;
        }
        if (hit.category().isHedging()) {
          hits.set(h, hit.withSourceType(speaker));
        } else if (hit.category() == CueCategory.ANONYMOUS_SOURCE && speaker != SourceType.ANONYMOUS
            || hit.category() == CueCategory.ATTRIBUTION && hit.sourceType() == SourceType.UNRESOLVED) {
          hits.set(h, hit.retyped(CueHit.attributionCategory(speaker), speaker));
        }
      }
    }
  }

  /** The source of the attributed quote that contains the hit, or {@code null}. */
  private static SourceType speakerOf(List<QuoteFinder.Span> quotes, SourceType[] quoteSource, CueHit hit) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteFinder.Span q = quotes.get(mid);
      if (q.end() <= hit.begin()) {
        lo = mid + 1;
      } else if (q.begin() >= hit.end()) {
        hi = mid - 1;
      } else {
        return q.begin() <= hit.begin() && hit.end() <= q.end() ? quoteSource[mid] : null;
      }
    }
    return null;
  }
}
