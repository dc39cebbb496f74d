package io.credence.story;

import io.credence.story.ClaimIndex.Match;
import io.credence.text.CueCategory;
import io.credence.text.SourceWords;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares each article of one story with the other outlets' articles of that story, in plain Java: which of its
 * sentences stand near-verbatim in an earlier article of another outlet ({@code copied_share}, and whether it credits
 * that outlet), which certainty markers its peers carry on the same claims and it drops, minus those it adds ({@code
 * certainty_shift}, headline included), and its loaded language beyond the story's median ({@code loaded_excess}).
 * Every shift comes with the pair of sentences that shows it.
 *
 * <p>Cost: sentences meet through inverted indexes of their shingles and stems ({@link ClaimIndex}), and a story
 * with more than {@link #MAX_PEERS} articles is compared with its {@value #MAX_PEERS} earliest ones only, so a story
 * costs O(articles · {@value #MAX_PEERS}) sentence comparisons at most.
 */
public final class StoryComparison implements Serializable {

  /** Words per shingle when looking for copied sentences. */
  public static final int COPY_SHINGLE_WORDS = 3;

  /** A sentence needs this many shingles outside quotes (six words) to count towards {@code copied_share}. */
  public static final int MIN_COPY_SHINGLES = 4;

  /** Share of a sentence's shingles (outside quotes) found in one peer sentence for it to count as copied. */
  public static final double COPY_CONTAINMENT = 0.6;

  /** Content stems two sentences must share to be read as the same claim. */
  public static final int MIN_SHARED_STEMS = 3;

  /**
   * Content stems two uncertainty statements must share to be read as the same caveat ("it's unclear whether Iran has
   * delivered any of these UAVs to Russia" and "the U.S. did not know whether Iran had already transferred the drones
   * to Russia" share Iran and Russia, among others): a caveat is a short clause, reworded more freely than a claim.
   */
  public static final int MIN_CAVEAT_STEMS = 2;

  /**
   * Least similarity of two sentences read as the same claim: the weight of their shared stems over the geometric mean
   * of their weights (a cosine of binary weighted stem sets, so a short sentence inside a long one is not the same
   * claim); a stem weighs {@code ln(1 + claims / claims with it)} over the story, so the words every version repeats
   * (the story's names) count less than those that pick out one claim.
   */
  public static final double MIN_CLAIM_OVERLAP = 0.5;

  /**
   * Body sentences that make a peer's lede: a headline states the story's main claim, which the peers' headlines and
   * ledes carry (the inverted pyramid), so a headline is compared with those whatever their wording.
   */
  public static final int LEDE_SENTENCES = 2;

  /** Content stems a headline must share with a peer's headline or lede to be compared with it. */
  public static final int MIN_HEADLINE_STEMS = 2;

  /** Largest number of a story's articles (earliest first) that the others are compared with. */
  public static final int MAX_PEERS = 20;

  /** The evidence kind of a story caveat the article omits (see {@link #MIN_CAVEAT_STEMS}). */
  public static final String OMITTED_UNCERTAINTY = "omitted_uncertainty";

  /** The certainty markers compared on matched claims, each a set of cue families. */
  public enum Marker {
    UNCERTAINTY(CueCategory.UNCERTAINTY),
    HEDGE(CueCategory.HEDGE, CueCategory.HEARSAY),
    ATTRIBUTION(CueCategory.ATTRIBUTION, CueCategory.ANONYMOUS_SOURCE);

    private final Set<String> labels;

    Marker(CueCategory... categories) {
      this.labels = Set.copyOf(Arrays.stream(categories).map(CueCategory::label).toList());
    }

    /** Whether a sentence with these cue family labels carries this marker. */
    public boolean carriedBy(Set<String> cues) {
      for (String c : cues) {
        if (labels.contains(c)) {
          return true;
        }
      }
      return false;
    }

    /** The lower-case name used in evidence kinds ({@code dropped_hedge}). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One sentence, or the headline ({@code sentenceIndex} null), with the labels of its counted cue families. */
  public record Claim(Integer sentenceIndex, String text, Set<String> cues) implements Serializable {}

  /** One article of a story; {@code loadedRate} is its loaded words per 1,000 tokens (null when unknown). */
  public record StoryArticle(String id, String outlet, LocalDate published, List<Claim> claims, Double loadedRate)
      implements Serializable {}

  /**
   * One departure of an article from a peer: {@code kind} is {@code copied}, {@code dropped_<marker>} or {@code
   * added_<marker>}; the article's sentence and the peer's, with the sentences' similarity (shingle containment for a
   * copy, stem overlap for a claim).
   */
  public record Shift(
      String kind,
      Integer sentenceIndex,
      String sentence,
      String peerId,
      String peerOutlet,
      Integer peerSentenceIndex,
      String peerSentence,
      double similarity)
      implements Serializable {}

  /**
   * What the comparison says about one article; every measure is null when the story has no other outlet (and {@code
   * copiedShare} also when no sentence is long enough outside quotes, {@code certaintyShift} when no claim matches).
   */
  public record Result(
      String id,
      Double copiedShare,
      String copiedFrom,
      Boolean copiedCredited,
      Double certaintyShift,
      Integer matchedClaims,
      Double loadedExcess,
      boolean firstInStory,
      List<Shift> evidence)
      implements Serializable {}

  private final SourceWords words;

  public StoryComparison(SourceWords words) {
    this.words = words;
  }

  /** The standard comparison, with the shipped function-word list. */
  public static StoryComparison standard() {
    return new StoryComparison(SourceWords.standard());
  }

  /** One result per article of {@code story}, in the order given. */
  public List<Result> compare(List<StoryArticle> story) {
    LocalDate first = null;
    for (StoryArticle a : story) {
      if (a.published() != null && (first == null || a.published().isBefore(first))) {
        first = a.published();
      }
    }
    Set<String> outlets = new java.util.HashSet<>();
    story.forEach(a -> outlets.add(a.outlet()));
    return compare(story, peers(story), median(story), first, outlets.size() >= 2);
  }

  /**
   * One result per article of {@code members}, in the order given: some of a story's articles, compared with the
   * story's {@link #peers}, given the story's median loaded rate (null when none is known), its first published date
   * and whether it has two outlets or more ({@code severalOutlets}; with one, every measure is null). The same results
   * as {@link #compare(List)} over the whole story, which lets a large story be compared in parts.
   */
  public List<Result> compare(
      List<StoryArticle> members,
      List<StoryArticle> peers,
      Double medianLoaded,
      LocalDate first,
      boolean severalOutlets) {
    ClaimIndex index = new ClaimIndex(peers, words);
    List<Result> results = new ArrayList<>(members.size());
    for (StoryArticle a : members) {
      boolean firstInStory = a.published() == null || a.published().equals(first);
      if (!severalOutlets) {
        results.add(new Result(a.id(), null, null, null, null, null, null, firstInStory, List.of()));
        continue;
      }
      results.add(compare(a, index, medianLoaded, firstInStory));
    }
    return results;
  }

  /** The articles of {@code story} the others are compared with: its {@value #MAX_PEERS} earliest, by date then id. */
  public static List<StoryArticle> peers(List<StoryArticle> story) {
    List<StoryArticle> peers = new ArrayList<>(story);
    peers.sort(PEER_ORDER);
    return peers.size() > MAX_PEERS ? new ArrayList<>(peers.subList(0, MAX_PEERS)) : peers;
  }

  /** Earliest first, undated last, then by id. */
  static final Comparator<StoryArticle> PEER_ORDER =
      Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoryArticle::id);

  private Result compare(StoryArticle a, ClaimIndex index, Double medianLoaded, boolean firstInStory) {
    List<Shift> evidence = new ArrayList<>();
    // Copies: body sentences long enough outside quotes, found near-verbatim in a not-later article of another outlet.
    int eligible = 0;
    int copied = 0;
    Map<String, Integer> copiedByOutlet = new TreeMap<>();
    for (Claim c : a.claims()) {
      if (c.sentenceIndex() == null) {
        continue;
      }
      Set<String> shingles = copyShingles(c.text());
      if (shingles.size() < MIN_COPY_SHINGLES) {
        continue;
      }
      eligible++;
      Match best = index.bestCopy(a, shingles);
      if (best != null && best.score() >= COPY_CONTAINMENT) {
        copied++;
        copiedByOutlet.merge(best.article().outlet(), 1, Integer::sum);
        evidence.add(shift("copied", c, best));
      }
    }
    String copiedFrom = null;
    for (Map.Entry<String, Integer> e : copiedByOutlet.entrySet()) {
      if (copiedFrom == null || e.getValue() > copiedByOutlet.get(copiedFrom)) {
        copiedFrom = e.getKey();
      }
    }
    Boolean credited = null;
    if (copiedFrom != null) {
      List<String> all = new ArrayList<>();
      for (Claim c : a.claims()) {
        all.addAll(StoryText.words(c.text()));
      }
      credited = StoryText.names(all, StoryText.creditKey(copiedFrom));
    }

    // Certainty: each claim (headline included) against the peers' sentences that are the same claim. A body
    // sentence's markers are read over the claim, not the sentence: the article carries a marker on a peer sentence
    // when any of its body sentences that are the same claim as that peer sentence carries it, and the peer carries it
    // when any of its sentences that are the same claim as this one does (a lede states in the writer's voice what
    // the article attributes two sentences on, as the inverted pyramid has it). A headline stands alone, as readers
    // see it: its own markers against those of each peer's best-matching headline or lede sentence.
    List<Claim> claims = new ArrayList<>();
    List<List<Match>> sameClaims = new ArrayList<>();
    Map<String, Map<Marker, Claim>> carriedOn = new HashMap<>();
    List<Set<String>> stemsOf = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      stemsOf.add(StoryText.contentStems(c.text(), words));
    }
    for (int j = 0; j < a.claims().size(); j++) {
      Claim c = a.claims().get(j);
      Set<String> stems = stemsOf.get(j);
      if (stems.size() < MIN_SHARED_STEMS) {
        continue;
      }
      List<Match> same = index.sameClaims(a, stems, c.sentenceIndex() == null);
      if (same.isEmpty()) {
        continue;
      }
      claims.add(c);
      sameClaims.add(same);
      if (c.sentenceIndex() != null) {
        for (Match x : same) {
          Map<Marker, Claim> carried = carriedOn.computeIfAbsent(key(x), k -> new EnumMap<>(Marker.class));
          for (Marker m : Marker.values()) {
            if (m.carriedBy(c.cues())) {
              carried.putIfAbsent(m, c);
            }
          }
        }
      }
    }
    double shift = 0;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      boolean headline = c.sentenceIndex() == null;
      List<Match> same = sameClaims.get(i);
      List<Match> best = ClaimIndex.bestPerPeer(same);
      Map<String, List<Match>> sameByPeer = new HashMap<>();
      if (!headline) {
        for (Match y : same) {
          sameByPeer.computeIfAbsent(y.article().id(), k -> new ArrayList<>()).add(y);
        }
      }
      for (Marker m : Marker.values()) {
        Shift dropped = null;
        Shift added = null;
        int term = 0;
        for (Match x : best) {
          Match peerCarrier = m.carriedBy(x.claim().cues()) ? x : null;
          if (peerCarrier == null && !headline) {
            peerCarrier = sameByPeer.get(x.article().id()).stream()
                .filter(y -> m.carriedBy(y.claim().cues()))
                .min(ClaimIndex.BEST_FIRST).orElse(null);
          }
          Claim ownCarrier = m.carriedBy(c.cues()) ? c
              : headline ? null : carriedOn.getOrDefault(key(x), Map.of()).get(m);
          if (peerCarrier != null && ownCarrier == null) {
            term++;
            dropped = dropped != null ? dropped : shift("dropped_" + m.label(), c, peerCarrier);
          } else if (peerCarrier == null && ownCarrier != null) {
            term--;
            added = added != null ? added : shift("added_" + m.label(), ownCarrier, x);
          }
        }
        shift += (double) term / best.size();
        if (dropped != null) {
          evidence.add(dropped);
        }
        if (added != null) {
          evidence.add(added);
        }
      }
    }
    // Story caveats: an uncertainty statement that most of the article's peer outlets make and the article never
    // makes in any words is one more claim compared, on which the article drops the uncertainty marker (each peer that
    // states such a caveat counts +1 if the article states none of them, 0 if it does), however it words the claim
    // itself (the Mirror's headline "Iran sends killer drones" against its peers' "unclear whether Iran has delivered
    // any"). Only when some claim matched: an article that tells none of the story's claims is not asked its caveats.
    int matched = claims.size();
    if (!claims.isEmpty()) {
      List<Set<String>> ownCaveats = new ArrayList<>();
      for (int k = 0; k < a.claims().size(); k++) {
        if (ClaimIndex.isUncertaintyStatement(a.claims().get(k))) {
          ownCaveats.add(stemsOf.get(k));
        }
      }
      ClaimIndex.Caveats caveats = index.caveats(a, ownCaveats);
      if (caveats.peers() > 0) {
        matched++;
        shift += (double) caveats.omitted().size() / caveats.peers();
      }
      if (!caveats.omitted().isEmpty()) {
        evidence.add(omission(a, stemsOf, caveats.omitted().get(0)));
      }
    }
    Double excess = a.loadedRate() == null || medianLoaded == null ? null : a.loadedRate() - medianLoaded;
    return new Result(
        a.id(),
        eligible == 0 ? null : (double) copied / eligible,
        copiedFrom,
        credited,
        matched == 0 ? null : shift / matched,
        matched,
        excess,
        firstInStory,
        evidence);
  }

  /**
   * The evidence of an omitted caveat: the peer's uncertainty statement, paired with the article's sentence (or
   * headline) that shares most content stems with it (the earliest of equals), where the caveat would stand; the
   * similarity is the share of the caveat's stems that sentence has.
   */
  private Shift omission(StoryArticle a, List<Set<String>> stemsOf, Match caveat) {
    Set<String> stems = StoryText.contentStems(caveat.claim().text(), words);
    Claim closest = null;
    int most = -1;
    for (int k = 0; k < a.claims().size(); k++) {
      int shared = StoryText.shared(stemsOf.get(k), stems);
      if (shared > most) {
        most = shared;
        closest = a.claims().get(k);
      }
    }
    double similarity = stems.isEmpty() ? 0 : (double) most / stems.size();
    return shift(OMITTED_UNCERTAINTY, closest, new Match(caveat.article(), caveat.claim(), caveat.at(), similarity,
        most));
  }

  private static String key(Match m) {
    return m.article().id() + "#" + m.at();
  }

  private static Shift shift(String kind, Claim c, Match m) {
    return new Shift(
        kind, c.sentenceIndex(), c.text(), m.article().id(), m.article().outlet(), m.claim().sentenceIndex(),
        m.claim().text(), m.score());
  }

  /** The shingles of a sentence's words outside quotes, as compared for copies. */
  static Set<String> copyShingles(String text) {
    return StoryText.shingles(StoryText.words(StoryText.outsideQuotes(text)), COPY_SHINGLE_WORDS);
  }

  /** The median of the story's known loaded rates, or null. */
  static Double median(List<StoryArticle> story) {
    double[] rates = story.stream().map(StoryArticle::loadedRate).filter(r -> r != null)
        .mapToDouble(Double::doubleValue).sorted().toArray();
    if (rates.length == 0) {
      return null;
    }
    int m = rates.length / 2;
    return rates.length % 2 == 1 ? rates[m] : (rates[m - 1] + rates[m]) / 2;
  }
}
