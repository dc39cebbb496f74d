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
  /** Per peer: its story caveats, each with the other outlets that carry the same caveat. */
  private final List<List<Caveat>> caveats = new ArrayList<>();

  /** A peer's body sentence stating an uncertainty (the {@code at}-th claim), and the other outlets that state it. */
  private record Caveat(int at, Set<String> stems, Set<String> alsoStatedBy) {}

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
    List<List<Caveat>> stated = new ArrayList<>();
    for (StoryArticle p : peers) {
      List<Caveat> own = new ArrayList<>();
      for (int c = 0; c < p.claims().size(); c++) {
        Claim claim = p.claims().get(c);
        if (claim.sentenceIndex() != null && StoryComparison.Marker.UNCERTAINTY.carriedBy(claim.cues())) {
          own.add(new Caveat(c, StoryText.contentStems(claim.text(), words), new java.util.TreeSet<>()));
        }
      }
      stated.add(own);
    }
    for (int p = 0; p < peers.size(); p++) {
      for (Caveat u : stated.get(p)) {
        for (int q = 0; q < peers.size(); q++) {
          if (!peers.get(q).outlet().equals(peers.get(p).outlet()) && states(stated.get(q), u.stems())) {
            u.alsoStatedBy().add(peers.get(q).outlet());
          }
        }
      }
      caveats.add(stated.get(p));
    }
  }

  /** Whether one of {@code own} shares {@link StoryComparison#MIN_CAVEAT_STEMS} content stems with {@code stems}. */
  private static boolean states(List<Caveat> own, Set<String> stems) {
    for (Caveat c : own) {
      int shared = 0;
      for (String s : c.stems()) {
        shared += stems.contains(s) ? 1 : 0;
      }
      if (shared >= StoryComparison.MIN_CAVEAT_STEMS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The story caveats of the peer articles of other outlets, as {@code a} meets them: per peer article that states a
   * caveat which most of {@code a}'s peer outlets state (the peer's and those with an uncertainty statement sharing
   * {@link StoryComparison#MIN_CAVEAT_STEMS} content stems with it, more than half of the other outlets), the first
   * such caveat that none of {@code a}'s own uncertainty statements ({@code ownCaveats}: the content stems of its body
   * sentences that carry one) shares that many stems with, or null when {@code a} states them all. A caveat that only
   * some peers state is their addition, not the story's, and is not asked of the others.
   */
  Map<String, Match> omittedCaveats(StoryArticle a, List<Set<String>> ownCaveats) {
    List<Caveat> own = ownCaveats.stream().map(s -> new Caveat(-1, s, Set.of())).toList();
    Set<String> peerOutlets = new java.util.HashSet<>();
    for (StoryArticle p : peers) {
      if (isPeer(a, p)) {
        peerOutlets.add(p.outlet());
      }
    }
    Map<String, Match> out = new TreeMap<>();
    for (int p = 0; p < peers.size(); p++) {
      StoryArticle peer = peers.get(p);
      if (!isPeer(a, peer)) {
        continue;
      }
      for (Caveat u : caveats.get(p)) {
        Set<String> stating = new java.util.HashSet<>(u.alsoStatedBy());
        stating.add(peer.outlet());
        stating.remove(a.outlet());
        if (2 * stating.size() <= peerOutlets.size()) {
          continue;
        }
        if (!states(own, u.stems())) {
          out.put(peer.id(), new Match(peer, peer.claims().get(u.at()), u.at(), 0, 0));
          break;
        }
        out.putIfAbsent(peer.id(), null);
      }
    }
    return out;
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
