package io.credence.story;

import static io.credence.story.StoryComparison.LEDE_SENTENCES;
import static io.credence.story.StoryComparison.MIN_CLAIM_OVERLAP;
import static io.credence.story.StoryComparison.MIN_HEADLINE_STEMS;
import static io.credence.story.StoryComparison.MIN_SHARED_STEMS;

import io.credence.story.StoryComparison.Claim;
import io.credence.story.StoryComparison.StoryArticle;
import io.credence.text.SourceWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Inverted indexes over the peers' sentences: copy shingles of body sentences, content stems of all claims. Built by
 * {@link StoryComparison} once per story, over the story's earliest {@link StoryComparison#MAX_PEERS} articles.
 */
final class ClaimIndex {

  /** A peer sentence (the {@code at}-th claim of its article) and how well it matches. */
  record Match(StoryArticle article, Claim claim, int at, double score, int shared) {}

  private final SourceWords words;
  private final List<StoryArticle> peers;
  private final Map<String, List<int[]>> byShingle = new HashMap<>();
  private final Map<String, List<int[]>> byStem = new HashMap<>();
  private final List<List<Double>> claimWeights = new ArrayList<>();
  /** Per peer and claim: its headline or one of its first {@link StoryComparison#LEDE_SENTENCES} body sentences. */
  private final List<boolean[]> lede = new ArrayList<>();
  private final Map<String, Double> weight = new HashMap<>();
  private final double rarest;

  ClaimIndex(List<StoryArticle> peers, SourceWords words) {
    this.words = words;
    this.peers = peers;
    for (int p = 0; p < peers.size(); p++) {
      List<Claim> claims = peers.get(p).claims();
      boolean[] ledes = new boolean[claims.size()];
      lede.add(ledes);
      int body = 0;
      for (int c = 0; c < claims.size(); c++) {
        Claim claim = claims.get(c);
        ledes[c] = claim.sentenceIndex() == null || body < LEDE_SENTENCES;
        body += claim.sentenceIndex() != null ? 1 : 0;
        int[] ref = {p, c};
        if (claim.sentenceIndex() != null) {
          for (String s : StoryComparison.copyShingles(claim.text())) {
            byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(ref);
          }
        }
        for (String s : StoryText.contentStems(claim.text(), words)) {
          byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(ref);
        }
      }
    }
    int claims = 0;
    for (StoryArticle p : peers) {
      claims += p.claims().size();
    }
    for (Map.Entry<String, List<int[]>> e : byStem.entrySet()) {
      weight.put(e.getKey(), Math.log(1.0 + (double) claims / e.getValue().size()));
    }
    rarest = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
    for (StoryArticle p : peers) {
      List<Double> weights = new ArrayList<>();
      for (Claim claim : p.claims()) {
        weights.add(weightOf(StoryText.contentStems(claim.text(), words)));
      }
      claimWeights.add(weights);
    }
  }

  /** The weight of a set of stems; a stem no peer sentence has weighs as the rarest. */
  private double weightOf(Set<String> stems) {
    double w = 0;
    for (String s : stems) {
      Double known = weight.get(s);
      w += known != null ? known : rarest;
    }
    return w;
  }

  private boolean isPeer(StoryArticle a, StoryArticle p) {
    return !p.outlet().equals(a.outlet());
  }

  /** The peer sentence of another outlet, published no later than {@code a}, holding most of {@code shingles}. */
  Match bestCopy(StoryArticle a, Set<String> shingles) {
    Map<Long, Integer> shared = new HashMap<>();
    for (String s : shingles) {
      for (int[] ref : byShingle.getOrDefault(s, List.of())) {
        StoryArticle p = peers.get(ref[0]);
        if (isPeer(a, p) && notLater(p, a)) {
          shared.merge(key(ref), 1, Integer::sum);
        }
      }
    }
    Match best = null;
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int c = (int) (long) e.getKey();
      Match m = new Match(peers.get(p), peers.get(p).claims().get(c), c, (double) e.getValue() / shingles.size(),
          e.getValue());
      if (best == null || BEST_FIRST.compare(m, best) < 0) {
        best = m;
      }
    }
    return best;
  }

  /** Best first: highest score, then most shared stems, then smallest article id, then earliest sentence. */
  static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble((Match m) -> -m.score).thenComparingInt(m -> -m.shared)
          .thenComparing(m -> m.article.id()).thenComparingInt(m -> m.at);

  /** The best of {@code matches} for each peer article, best first. */
  static List<Match> bestPerPeer(List<Match> matches) {
    Map<String, Match> bestByPeer = new TreeMap<>();
    for (Match m : matches) {
      Match known = bestByPeer.get(m.article().id());
      if (known == null || BEST_FIRST.compare(m, known) < 0) {
        bestByPeer.put(m.article().id(), m);
      }
    }
    List<Match> out = new ArrayList<>(bestByPeer.values());
    out.sort(BEST_FIRST);
    return out;
  }

  /**
   * Every sentence of the peer articles of other outlets that is the same claim as {@code stems}. A headline meets
   * the peers' headlines and ledes (sharing {@link StoryComparison#MIN_HEADLINE_STEMS} stems is enough); a body
   * sentence meets body sentences only (a headline's brevity is no evidence that a sentence adds qualifiers) and
   * needs {@link StoryComparison#MIN_SHARED_STEMS} shared stems and a similarity of {@link
   * StoryComparison#MIN_CLAIM_OVERLAP}. In no particular order.
   */
  List<Match> sameClaims(StoryArticle a, Set<String> stems, boolean headline) {
    Map<Long, Integer> shared = new HashMap<>();
    Map<Long, Double> sharedWeight = new HashMap<>();
    for (String s : stems) {
      for (int[] ref : byStem.getOrDefault(s, List.of())) {
        if (isPeer(a, peers.get(ref[0])) && (headline ? lede.get(ref[0])[ref[1]] : isBody(ref))) {
          shared.merge(key(ref), 1, Integer::sum);
          sharedWeight.merge(key(ref), weight.get(s), Double::sum);
        }
      }
    }
    double own = weightOf(stems);
    List<Match> out = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int c = (int) (long) e.getKey();
      int n = e.getValue();
      double overlap = sharedWeight.get(e.getKey()) / Math.sqrt(own * claimWeights.get(p).get(c));
      if (headline ? n < MIN_HEADLINE_STEMS : n < MIN_SHARED_STEMS || overlap < MIN_CLAIM_OVERLAP) {
        continue;
      }
      out.add(new Match(peers.get(p), peers.get(p).claims().get(c), c, overlap, n));
    }
    return out;
  }

  private boolean isBody(int[] ref) {
    return peers.get(ref[0]).claims().get(ref[1]).sentenceIndex() != null;
  }

  private static long key(int[] ref) {
    return ((long) ref[0] << 32) | (ref[1] & 0xffffffffL);
  }

  private static boolean notLater(StoryArticle p, StoryArticle a) {
    return p.published() == null || a.published() == null || !p.published().isAfter(a.published());
  }
}
