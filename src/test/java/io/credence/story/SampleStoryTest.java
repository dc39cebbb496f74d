package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import io.credence.testing.SparkTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five seeds, one story from five outlets, through the real job. */
class SampleStoryTest extends SparkTest {

  @Test
  void theSeedsAreOneStoryAndTheMirrorsHeadlineDropsItsPeersQualifiers(@TempDir Path out) {
    io.credence.io.RunManifest manifest = ScoreJob.run(
        spark,
        ScoreOptions.builder().input("data/sample").output(out.toString()).runDate(LocalDate.of(2022, 7, 15))
            .stories(true).build());
    System.out.println("stage_millis " + manifest.stageMillis());
    Dataset<Row> features = spark.read().parquet(out.resolve("article_features").toString());
    features
        .select("id", "outlet", "story_id", "story_articles", "story_outlets", "first_in_story", "copied_share",
            "copied_from", "copied_credited", "certainty_shift", "claims_compared", "loaded_excess")
        .orderBy("id")
        .show(false);
    Dataset<Row> stories = spark.read().parquet(out.resolve("stories").toString());
    stories.show(false);
    Dataset<Row> evidence = spark.read().parquet(out.resolve("story_evidence").toString());
    evidence.where("outlet = 'mirror.co.uk'").select("kind", "sentence_index", "sentence", "peer_outlet",
        "peer_sentence").show(100, 120);
    spark.read().parquet(out.resolve("outlet_scores").toString())
        .select("outlet", "originality", "mean_copied_share", "mean_certainty_shift", "mean_loaded_excess",
            "compared_articles")
        .show(false);

    assertEquals(1, stories.count());
    Row story = stories.first();
    assertEquals(5, story.<Integer>getAs("articles"));
    assertEquals("000_7146862e6537c051", story.getAs("story_id"));
    assertTrue(story.<String>getAs("headline").startsWith("While Russian President Vladimir Putin plans"),
        "the earliest article (002) has no title: its first sentence, not its dateline line: " + story.getAs("headline"));

    Row mirror = features.where("outlet = 'mirror.co.uk'").first();
    assertTrue(mirror.<Double>getAs("certainty_shift") > 0, "the Mirror is more certain than its peers");
    assertTrue(
        features.where("outlet != 'mirror.co.uk' and certainty_shift >= " + mirror.<Double>getAs("certainty_shift"))
            .isEmpty(),
        "no other outlet is as certain as the Mirror");
    // The Mirror never says that it is unclear whether Iran has delivered any drones, which the other four state.
    assertTrue(
        evidence
                .where("outlet = 'mirror.co.uk' and kind = 'omitted_uncertainty'"
                    + " and peer_sentence like '%unclear whether Iran has delivered any%'")
                .count()
            > 0,
        "the Mirror omits the story's caveat");
    // The three wire rewrites keep their peers' qualifiers somewhere on each claim: a lede that the article attributes
    // further down, or the second sentence of an attributed quote, drops nothing.
    for (Row r : features.where("outlet like 'unknown-outlet-%'").collectAsList()) {
      assertTrue(r.<Double>getAs("certainty_shift") <= 0, r.getAs("outlet") + ": " + r.getAs("certainty_shift"));
    }
    List<Row> byLoaded = features.orderBy(org.apache.spark.sql.functions.col("loaded_excess").desc()).collectAsList();
    assertEquals("mirror.co.uk", byLoaded.get(0).getAs("outlet"), "the most loaded language beyond the median");
    assertTrue(
        evidence
                .where("outlet = 'mirror.co.uk' and sentence_index is null and kind like 'dropped_%'"
                    + " and peer_sentence like '%preparing to supply%'")
                .count()
            > 0,
        "the Mirror's headline is paired with a peer's \"preparing to supply\"");
  }

  /** Without {@code --stories} (the default) the output has the same shape: empty story tables, null columns. */
  @Test
  void withoutStoriesTheTablesAreEmptyAndTheColumnsNull(@TempDir Path out) {
    io.credence.io.RunManifest manifest = ScoreJob.run(
        spark,
        ScoreOptions.builder().input("data/sample").output(out.toString()).runDate(LocalDate.of(2022, 7, 15)).build());
    assertTrue(!manifest.stageMillis().containsKey("stories"), "no story stage ran: " + manifest.stageMillis());
    assertEquals(0, spark.read().parquet(out.resolve("stories").toString()).count());
    assertEquals(0, spark.read().parquet(out.resolve("story_evidence").toString()).count());
    Dataset<Row> features = spark.read().parquet(out.resolve("article_features").toString());
    assertEquals(5, features.count());
    assertEquals(5, features.where("story_id is null and certainty_shift is null and copied_share is null").count());
    Dataset<Row> outlets = spark.read().parquet(out.resolve("outlet_scores").toString());
    assertEquals(5, outlets.where("originality is null and compared_articles is null").count());
  }
}
