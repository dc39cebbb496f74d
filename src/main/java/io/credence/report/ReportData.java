package io.credence.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.credence.ingest.ArticleSchemas;
import io.credence.io.CommittedOutput;
import io.credence.io.FeatureStore;
import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import io.credence.io.RunRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Everything the report shows about one committed night, read from the output's Parquet tables and run records
 * alone: the ranked outlets, the corpus means of their features, the strongest evidence per outlet and category, the
 * rejected records and the run history. Only bounded results reach the driver: the outlets, the chosen sentences, a
 * few rejected examples per reason, and the history of the {@value #HISTORY_OUTLETS} largest outlets over the last
 * {@value #HISTORY_NIGHTS} nights.
 */
public record ReportData(
    String output,
    LocalDate night,
    RunManifest manifest,
    List<LocalDate> nights,
    List<OutletRow> outlets,
    Map<String, Double> corpusMeans,
    Map<String, List<EvidenceSentence>> evidence,
    Map<String, Map<String, Long>> cueHits,
    List<RejectedExample> rejectedExamples,
    Map<String, List<HistoryPoint>> history,
    List<RunRecord> attempts) {

  /** Sentences shown per outlet and cue category unless the report is asked for another number. */
  public static final int EVIDENCE_DEFAULT = 3;

  /** Rejected records shown per reason. */
  static final int REJECTED_EXAMPLES = 3;

  /** Outlets (the most articles tonight) whose reliability the history chart draws. */
  static final int HISTORY_OUTLETS = 10;

  /** Nights the history chart covers, ending at the report's night. */
  static final int HISTORY_NIGHTS = 90;

  /**
   * One evidence sentence of an outlet for one cue category: the cues of that category in it, how many cues of any
   * category it holds (its strength), and the article it is from.
   */
  public record EvidenceSentence(
      String category,
      String sentence,
      List<String> cues,
      long cuesInSentence,
      String sourceType,
      String articleId,
      String title,
      String published) {}

  /** A rejected record: its reason, the file it came from, its id and the start of its raw text. */
  public record RejectedExample(String reason, String source, String id, String raw) {}

  /** An outlet's score on one night. */
  public record HistoryPoint(LocalDate night, double reliability) {}

  /** Reads the report of {@code night} (null: the latest committed night), {@code perCategory} sentences each. */
  public static ReportData read(CommittedOutput output, LocalDate requested, int perCategory) {
    LocalDate night = output.night(requested);
    RunManifest manifest = output.manifest(night);
    Dataset<Row> scores = output.night(RunOutput.OUTLET_SCORES, night);
    List<OutletRow> outlets = scores == null ? List.of() : OutletRow.ranked(scores);
    LocalDate windowStart = night.minusDays(manifest.windowDays() - 1L);
    Map<String, List<EvidenceSentence>> evidence = new LinkedHashMap<>();
    Map<String, Map<String, Long>> hits = new LinkedHashMap<>();
    strongestEvidence(output, night, windowStart, perCategory, evidence, hits);
    return new ReportData(
        output.root().toString(),
        night,
        manifest,
        output.nights(),
        outlets,
        corpusMeans(outlets),
        evidence,
        hits,
        rejectedExamples(output, night),
        history(output, night, outlets),
        output.attempts());
  }

  /** Each feature's mean over the corpus's articles: the outlets' means weighted by their articles. */
  static Map<String, Double> corpusMeans(List<OutletRow> outlets) {
    Map<String, Double> sums = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (OutletRow o : outlets) {
      for (Map.Entry<String, Double> m : o.means().entrySet()) {
        sums.merge(m.getKey(), 0.0, Double::sum);
        weights.merge(m.getKey(), 0.0, Double::sum);
        if (m.getValue() != null && !m.getValue().isNaN()) {
          sums.merge(m.getKey(), m.getValue() * o.articles(), Double::sum);
          weights.merge(m.getKey(), (double) o.articles(), Double::sum);
        }
      }
    }
    Map<String, Double> means = new LinkedHashMap<>();
    for (String f : sums.keySet()) {
      means.put(f, weights.get(f) > 0 ? sums.get(f) / weights.get(f) : null);
    }
    return means;
  }

  /**
   * The {@code perCategory} strongest sentences of each outlet and cue category in the night's window: a sentence
   * with more cues (of any category) ranks higher, then the shorter one, then by article id, so the choice is
   * deterministic. Negated cues (which the scores do not count) are left out. Fills {@code evidence} (by outlet) and
   * {@code hits} (cue hits per outlet and category, most first).
   */
  private static void strongestEvidence(
      CommittedOutput output,
      LocalDate night,
      LocalDate windowStart,
      int perCategory,
      Map<String, List<EvidenceSentence>> evidence,
      Map<String, Map<String, Long>> hits) {
    Dataset<Row> cues = output.window(RunOutput.CUE_EVIDENCE, night, windowStart);
    if (cues == null) {
      return;
    }
    if (Arrays.asList(cues.columns()).contains("negated")) {
      cues = cues.where(col("negated").isNull().or(col("negated").equalTo(false)));
    }
    Column sourceType =
        Arrays.asList(cues.columns()).contains("source_type")
            ? col("source_type")
            : lit(null).cast("string");
    Dataset<Row> perSentence =
        cues.groupBy(col("outlet").as("_o"), col("id").as("_i"), col("sentence").as("_s"))
            .agg(count(lit(1)).as("cues_in_sentence"));
    Dataset<Row> grouped =
        cues.groupBy(col("outlet"), col("category"), col("id"), col("sentence"))
            .agg(collect_set(col("cue")).as("cues"), collect_set(sourceType).as("source_types"),
                count(lit(1)).as("category_cues"));
    Dataset<Row> byCategory =
        grouped
            .join(
                perSentence,
                grouped.col("outlet").equalTo(col("_o"))
                    .and(grouped.col("id").equalTo(col("_i")))
                    .and(grouped.col("sentence").equalTo(col("_s"))))
            .drop("_o", "_i", "_s");
    Dataset<Row> ranked =
        byCategory
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(col("outlet"), col("category"))
                            .orderBy(col("cues_in_sentence").desc(), length(col("sentence")), col("id"),
                                col("sentence"))))
            .withColumn("_category_hits", sum(col("category_cues")).over(Window.partitionBy(col("outlet"),
                col("category"))))
            .where(col("_rank").leq(perCategory));
    Dataset<Row> articles = output.window(RunOutput.ARTICLE_FEATURES, night, windowStart);
    Dataset<Row> titled =
        articles == null
            ? ranked.withColumn("title", lit(null).cast("string")).withColumn("published", lit(null).cast("date"))
            : ranked.join(
                articles.select(col("id").as("_article_id"), col("title"), col("published")),
                ranked.col("id").equalTo(col("_article_id")),
                "left");
    List<Row> rows =
        titled
            .select(col("outlet"), col("category"), col("sentence"), col("cues"), col("cues_in_sentence"),
                col("source_types"), col("id"), col("title"), col("published").cast("string"), col("_rank"),
                col("_category_hits"))
            .collectAsList();
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    Map<String, List<Row>> byOutlet = new TreeMap<>();
    for (Row r : rows) {
      counts.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(10));
      byOutlet.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, Map<String, Long>> e : counts.entrySet()) {
      Map<String, Long> sorted = new LinkedHashMap<>();
      e.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(c -> sorted.put(c.getKey(), c.getValue()));
      hits.put(e.getKey(), sorted);
    }
    for (Map.Entry<String, List<Row>> e : byOutlet.entrySet()) {
      List<String> categoryOrder = new ArrayList<>(hits.get(e.getKey()).keySet());
      List<EvidenceSentence> sentences =
          e.getValue().stream()
              .sorted(Comparator.<Row>comparingInt(r -> categoryOrder.indexOf(r.getString(1)))
                  .thenComparingInt(r -> r.getInt(9)))
              .map(ReportData::sentence)
              .collect(Collectors.toList());
      evidence.put(e.getKey(), sentences);
    }
  }

  private static EvidenceSentence sentence(Row r) {
    List<String> cues = new ArrayList<>(r.getList(3));
    cues.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    Set<String> types = Set.copyOf(r.getList(5));
    return new EvidenceSentence(
        r.getString(1),
        r.getString(2),
        cues,
        r.getLong(4),
        types.isEmpty() ? null : types.stream().sorted().collect(Collectors.joining(", ")),
        r.getString(6),
        r.isNullAt(7) ? null : r.getString(7),
        r.isNullAt(8) ? null : r.getString(8));
  }

  private static List<RejectedExample> rejectedExamples(CommittedOutput output, LocalDate night) {
    Dataset<Row> rejected = output.night(RunOutput.REJECTED, night);
    List<RejectedExample> examples = new ArrayList<>();
    if (rejected == null) {
      return examples;
    }
    List<String> columns = Arrays.asList(rejected.columns());
    Column source =
        columns.contains(ArticleSchemas.SOURCE) ? col(ArticleSchemas.SOURCE) : lit(null).cast("string");
    Column id = columns.contains("id") ? col("id") : lit(null).cast("string");
    Column raw =
        columns.contains(ArticleSchemas.RAW) ? col(ArticleSchemas.RAW).substr(1, 300) : lit(null).cast("string");
    for (Row r :
        rejected
            .select(col("reason"), source.as(ArticleSchemas.SOURCE), id.as("id"), raw.as(ArticleSchemas.RAW))
            .withColumn(
                "_rank",
                row_number().over(Window.partitionBy(col("reason"))
                    .orderBy(col(ArticleSchemas.SOURCE), col("id"), col(ArticleSchemas.RAW))))
            .where(col("_rank").leq(REJECTED_EXAMPLES))
            .orderBy(col("reason"), col("_rank"))
            .collectAsList()) {
      examples.add(new RejectedExample(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
    }
    return examples;
  }

  private static Map<String, List<HistoryPoint>> history(
      CommittedOutput output, LocalDate night, List<OutletRow> outlets) {
    Map<String, List<HistoryPoint>> history = new LinkedHashMap<>();
    List<String> largest =
        outlets.stream()
            .sorted(Comparator.comparingLong(OutletRow::articles).reversed().thenComparing(OutletRow::rank))
            .limit(HISTORY_OUTLETS)
            .map(OutletRow::outlet)
            .toList();
    Dataset<Row> all = output.outletScoresUpTo(night);
    if (all == null || largest.isEmpty()) {
      return history;
    }
    for (String o : largest) {
      history.put(o, new ArrayList<>());
    }
    for (Row r :
        all.where(col("outlet").isin(largest.toArray())
                .and(col(FeatureStore.RUN_DATE).geq(java.sql.Date.valueOf(night.minusDays(HISTORY_NIGHTS - 1L)))))
            .select(col("outlet"), col(FeatureStore.RUN_DATE).cast("string"), col("reliability"))
            .orderBy(col(FeatureStore.RUN_DATE))
            .collectAsList()) {
      history.get(r.getString(0)).add(
          new HistoryPoint(LocalDate.parse(r.getString(1)), r.getDouble(2)));
    }
    return history;
  }
}
