package io.credence.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues found in one article: counts per category, the sentence-level structure counts (who is attributed, whether
 * uncertainty and quotes are attributed), every hit, the article's size in sentences and tokens, and the direct quotes
 * the analysis found in the body ({@link QuoteFinder#find}; none for an article without sentences), so later steps
 * such as {@link WriterCues} need not find them again, and the source each sentence is attributed to ({@code
 * sentenceSources}, by sentence index, null where none): the first attribution of the sentence, else the speaker of an
 * attributed quote it lies in, so every sentence of a quote that runs over several sentences has its speaker.
 */
public record CueAnalysis(
    int sentences,
    int tokens,
    Map<CueCategory, Integer> counts,
    Map<String, Integer> structure,
    List<CueHit> hits,
    List<QuoteFinder.Span> quotes,
    List<SourceType> sentenceSources) {

  /**
   * The attribution family ({@code attribution} or {@code anonymous_source}) sentence {@code index} is attributed
   * with, or null where it has no source.
   */
  public CueCategory attributionOf(int index) {
    SourceType source = sentenceSources.get(index);
    return source == null ? null : CueHit.attributionCategory(source);
  }

  /** The contract's sum of hedge, uncertainty, hearsay and weasel cues. */
  public static final String HEDGING = "hedging_cues";

  /** Attributions (verbs, "according to") whose source is a named person. */
  public static final String NAMED_SOURCES = "named_source_cues";

  /** Attributions whose source is an institution, office, document or spokesperson. */
  public static final String INSTITUTIONAL_SOURCES = "institutional_source_cues";

  /** Attributions whose source is another outlet's reporting ("Reuters reported", "according to state media"). */
  public static final String MEDIA_SOURCES = "media_source_cues";

  /** Sentences that carry an attribution or lie in an attributed quote. */
  public static final String ATTRIBUTED_SENTENCES = "attributed_sentences";

  /** Hedging cues in attributed sentences or attributed quotes: uncertainty a source owns. */
  public static final String ATTRIBUTED_UNCERTAINTY = "attributed_uncertainty";

  /** Hedging cues in sentences without attribution: the writer's own speculation. */
  public static final String UNATTRIBUTED_SPECULATION = "unattributed_speculation";

  /** Direct quotes with a speaker (an attribution in the quote's sentences, or a continued attributed quote). */
  public static final String ATTRIBUTED_QUOTES = "attributed_quotes";

  /** Direct quotes without a speaker. */
  public static final String ORPHAN_QUOTES = "orphan_quotes";

  /** Cues reversed by a negation ("it is not unclear", "did not say"): kept as evidence, not counted. */
  public static final String NEGATED = "negated_cues";

  /** The structure counts, in column order. */
  public static final List<String> STRUCTURE_COLUMNS =
      List.of(
          NAMED_SOURCES,
          INSTITUTIONAL_SOURCES,
          ATTRIBUTED_SENTENCES,
          ATTRIBUTED_UNCERTAINTY,
          UNATTRIBUTED_SPECULATION,
          ATTRIBUTED_QUOTES,
          ORPHAN_QUOTES,
          NEGATED,
          MEDIA_SOURCES);

  /** Every count an analysis yields, in column order: one per category, {@code hedging_cues}, then structure. */
  public static List<String> countColumns() {
    List<String> cols = new ArrayList<>();
    for (CueCategory c : CueCategory.values()) {
      cols.add(c.column());
    }
    cols.add(HEDGING);
    cols.addAll(STRUCTURE_COLUMNS);
    return Collections.unmodifiableList(cols);
  }

  /** The values of {@link #countColumns()}, in the same order. */
  public List<Integer> countValues() {
    List<Integer> values = new ArrayList<>();
    for (CueCategory c : CueCategory.values()) {
      values.add(count(c));
    }
    values.add(hedgingCues());
    for (String s : STRUCTURE_COLUMNS) {
      values.add(structure(s));
    }
    return values;
  }

  /** The count of one category (zero when absent). */
  public int count(CueCategory category) {
    return counts.getOrDefault(category, 0);
  }

  /** One structure count by column name (zero when absent). */
  public int structure(String column) {
    return structure.getOrDefault(column, 0);
  }

  /** Hedges, uncertainty statements, hearsay and weasel cues together: the contract's {@code hedging_cues}. */
  public int hedgingCues() {
    int sum = 0;
    for (CueCategory c : CueCategory.values()) {
      if (c.isHedging()) {
        sum += count(c);
      }
    }
    return sum;
  }

  /** The hits of one category, in text order. */
  public List<CueHit> hits(CueCategory category) {
    return hits.stream().filter(h -> h.category() == category).toList();
  }

  static Map<CueCategory, Integer> emptyCounts() {
    Map<CueCategory, Integer> m = new EnumMap<>(CueCategory.class);
    for (CueCategory c : CueCategory.values()) {
      m.put(c, 0);
    }
    return m;
  }

  static Map<String, Integer> emptyStructure() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String s : STRUCTURE_COLUMNS) {
      m.put(s, 0);
    }
    return m;
  }
}
