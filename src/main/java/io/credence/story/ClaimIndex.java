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
  /** Per peer and claim: its content stems, computed once. */
  private final List<List<Set<String>>> claimStems = new ArrayList<>();
  /** Per peer: its uncertainty statements, each with the outlets that state the same caveat. */
  private final List<List<Caveat>> caveats = new ArrayList<>();

  /**
   * A peer's body sentence stating an uncertainty (the {@code at}-th claim), its content stems, and every outlet of
   * the peers that states the same caveat (its own included).
   */
  private record Caveat(int at, Set<String> stems, Set<String> statedBy) {}

  /**
   * The story caveats {@code a} meets: how many peer articles state one, and, for each of those whose caveats {@code
   * a} does not state, the first such caveat (in article id order).
   */
  record Caveats(int peers, List<Match> omitted) {}

  ClaimIndex(List<StoryArticle> peers, SourceWords words) {
    this.words = words;
    this.peers = peers;
    for (int p = 0; p < peers.size(); p++) {
      List<Claim> claims = peers.get(p).claims();
      List<Set<String>> stems = new ArrayList<>(claims.size());
      claimStems.add(stems);
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
        stems.add(StoryText.contentStems(claim.text(), words));
        for (String s : stems.get(c)) {
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
    List<List<Set<String>>> uncertain = new ArrayList<>();
    for (int p = 0; p < peers.size(); p++) {
      List<Double> weights = new ArrayList<>();
      List<Caveat> own = new ArrayList<>();
      List<Claim> ownClaims = peers.get(p).claims();
      for (int c = 0; c < ownClaims.size(); c++) {
        Set<String> stems = claimStems.get(p).get(c);
        weights.add(weightOf(stems));
        if (isUncertaintyStatement(ownClaims.get(c))) {
          own.add(new Caveat(c, stems, new java.util.HashSet<>()));
        }
      }
      claimWeights.add(weights);
      caveats.add(own);
      uncertain.add(own.stream().map(Caveat::stems).toList());
    }
    for (int p = 0; p < peers.size(); p++) {
      for (Caveat u : caveats.get(p)) {
        u.statedBy().add(peers.get(p).outlet());
        for (int q = 0; q < peers.size(); q++) {
          if (states(uncertain.get(q), u.stems())) {
            u.statedBy().add(peers.get(q).outlet());
          }
        }
      }
    }
  }

  /** A body sentence that states an uncertainty: what a caveat is made of. */
  static boolean isUncertaintyStatement(Claim c) {
    return c.sentenceIndex() != null && StoryComparison.Marker.UNCERTAINTY.carriedBy(c.cues());
  }

  /**
   * Whether one of {@code statements} shares {@link StoryComparison#MIN_CAVEAT_STEMS} content stems with {@code
   * stems}.
   */
  private static boolean states(List<Set<String>> statements, Set<String> stems) {
    for (Set<String> statement : statements) {
      if (StoryText.shared(statement, stems) >= StoryComparison.MIN_CAVEAT_STEMS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The story caveats of the peer articles of other outlets, as {@code a} meets them. A story caveat is a peer's
   * uncertainty statement that most of {@code a}'s other outlets state (their uncertainty statements share {@link
   * StoryComparison#MIN_CAVEAT_STEMS} content stems with it); one that only some peers state is their addition, not
   * the story's, and is not asked of the others. {@code a} omits a peer's caveat when none of its own uncertainty
   * statements ({@code ownCaveats}: their content stems) shares that many stems with it.
   */
  Caveats caveats(StoryArticle a, List<Set<String>> ownCaveats) {
    Set<String> peerOutlets = new java.util.HashSet<>();
    for (StoryArticle p : peers) {
      if (isPeer(a, p)) {
        peerOutlets.add(p.outlet());
      }
    }
    int stating = 0;
    List<Match> omitted = new ArrayList<>();
    for (int p = 0; p < peers.size(); p++) {
      StoryArticle peer = peers.get(p);
      if (!isPeer(a, peer)) {
        continue;
      }
      boolean states = false;
      for (Caveat u : caveats.get(p)) {
        int outlets = u.statedBy().size() - (u.statedBy().contains(a.outlet()) ? 1 : 0);
        if (2 * outlets <= peerOutlets.size()) {
          continue;
        }
        states = true;
        if (!states(ownCaveats, u.stems())) {
          omitted.add(new Match(peer, peer.claims().get(u.at()), u.at(), 0, 0));
          break;
        }
      }
      stating += states ? 1 : 0;
    }
    omitted.sort(java.util.Comparator.comparing(m -> m.article().id()));
    return new Caveats(stating, omitted);
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
