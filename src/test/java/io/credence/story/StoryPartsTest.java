package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.features.ArticleFeatures;
import io.credence.story.StoryComparison.Claim;
import io.credence.story.StoryComparison.Result;
import io.credence.story.StoryComparison.StoryArticle;
import io.credence.testing.SparkTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/**
 * A story larger than {@link StoryParts#PART_ARTICLES} is compared in parts, on several tasks; the oracle is one
 * {@link StoryComparison#compare(List)} of the whole story in plain Java, which every article's measures and evidence
 * must equal.
 */
class StoryPartsTest extends SparkTest {

  private static final String[] CLAIMS = {
    "the %s council approved the %s bridge budget after a long debate",
    "officials in %s expect the %s plant to open next spring",
    "the %s ministry has sent %s engineers to inspect the dam",
    "residents of %s protested against the %s quarry on the main square",
    "the %s court will rule on the %s appeal before the summer recess",
  };
  private static final String[] NAMES = {"Velmar", "Quintor", "Ostrava", "Kalo", "Dunmere", "Sarn", "Toll", "Brisk"};
  private static final String[][] MARKERS = {
    {"it is unclear whether ", "uncertainty"}, {"reportedly ", "hedge"}, {"according to officials, ", "attribution"},
  };

  @Test
  void aLargeStoryComparedInPartsEqualsTheWholeStoryCompared() {
    Random random = new Random(11);
    List<StoryArticle> big = story(random, "big", 1_150, 40);
    List<StoryArticle> small = story(random, "small", 7, 3);
    Map<String, Result> expected = new HashMap<>();
    for (List<StoryArticle> story : List.of(big, small)) {
      for (Result r : StoryComparison.standard().compare(story)) {
        expected.put(r.id(), r);
      }
    }

    List<Row> rows = new ArrayList<>();
    for (List<StoryArticle> story : List.of(big, small)) {
      for (StoryArticle a : story) {
        rows.add(row(story.get(0).id(), a));
      }
    }
    Dataset<Row> window = spark.createDataFrame(rows, schema()).repartition(4);
    Dataset<Row> sized = StoryParts.sized(window);
    Dataset<Row> parts = StoryParts.parts(sized);
    assertEquals(3, parts.where("story_id = 'big-00000'").select("_part").distinct().count(),
        "1,150 articles in parts of about " + StoryParts.PART_ARTICLES);
    assertEquals(3 * StoryComparison.MAX_PEERS, parts.where("story_id = 'big-00000' and _peer").count(),
        "the story's peers in every part");
    Dataset<Row> compared = StoryParts.compared(sized);
    List<Row> actual = compared.collectAsList();
    assertEquals(expected.size(), actual.size(), "one row per article");
    int withEvidence = 0;
    for (Row r : actual) {
      Result e = expected.get(r.getString(0));
      String id = e.id();
      assertEquals(e.copiedShare(), r.getAs(StoryAnalysis.COPIED_SHARE), id);
      assertEquals(e.copiedFrom(), r.getAs(StoryAnalysis.COPIED_FROM), id);
      assertEquals(e.copiedCredited(), r.getAs(StoryAnalysis.COPIED_CREDITED), id);
      assertEquals(e.certaintyShift(), r.getAs(StoryAnalysis.CERTAINTY_SHIFT), id);
      assertEquals(e.matchedClaims(), r.getAs(StoryAnalysis.CLAIMS_COMPARED), id);
      assertEquals(e.loadedExcess(), r.getAs(StoryAnalysis.LOADED_EXCESS), id);
      List<Row> evidence = JavaConverters.seqAsJavaList(r.getSeq(r.fieldIndex(StoryAnalysis.EVIDENCE)));
      assertEquals(e.evidence().size(), evidence.size(), id);
      for (int i = 0; i < evidence.size(); i++) {
        assertEquals(e.evidence().get(i).kind(), evidence.get(i).getString(0), id);
        assertEquals(e.evidence().get(i).peerId(), evidence.get(i).getString(3), id);
        assertEquals(e.evidence().get(i).peerSentence(), evidence.get(i).getString(6), id);
      }
      withEvidence += evidence.isEmpty() ? 0 : 1;
    }
    assertTrue(withEvidence > 100, "the fixture exercises the comparison: " + withEvidence + " articles with evidence");
  }

  /**
   * {@code n} articles of one story by {@code outlets} outlets: sentences drawn from a few claims with changed names,
   * each with or without a certainty marker; dates over a week with ties, some undated; loaded rates, some unknown.
   */
  private static List<StoryArticle> story(Random random, String prefix, int n, int outlets) {
    List<StoryArticle> story = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Claim> claims = new ArrayList<>();
      claims.add(new Claim(null, "Council and " + pick(random, NAMES) + " bridge budget approved", new TreeSet<>()));
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        String text = String.format(pick(random, CLAIMS), pick(random, NAMES), pick(random, NAMES));
        TreeSet<String> cues = new TreeSet<>();
        if (random.nextInt(3) == 0) {
          String[] marker = MARKERS[random.nextInt(MARKERS.length)];
          text = marker[0] + text;
          cues.add(marker[1]);
        }
        claims.add(new Claim(s, Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".", cues));
      }
      LocalDate day = random.nextInt(10) == 0 ? null : LocalDate.of(2024, 3, 10).plusDays(random.nextInt(7));
      Double loaded = random.nextInt(8) == 0 ? null : (double) random.nextInt(12);
      story.add(new StoryArticle(String.format("%s-%05d", prefix, i), "outlet" + random.nextInt(outlets) + ".com",
          day, claims, loaded));
    }
    return story;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static StructType schema() {
    return new StructType()
        .add("id", DataTypes.StringType, false)
        .add("outlet", DataTypes.StringType, false)
        .add("published", DataTypes.DateType, true)
        .add(StoryAnalysis.LOADED_RATE, DataTypes.DoubleType, true)
        .add(ArticleFeatures.STORY_SENTENCES,
            DataTypes.createArrayType(ArticleFeatures.storySentenceStruct(), false), true)
        .add(StoryClustering.STORY_ID, DataTypes.StringType, false);
  }

  private static Row row(String storyId, StoryArticle a) {
    List<Row> sentences = new ArrayList<>();
    for (Claim c : a.claims()) {
      sentences.add(RowFactory.create(c.sentenceIndex(), c.text(),
          JavaConverters.asScalaBuffer(new ArrayList<>(c.cues())).toSeq()));
    }
    return RowFactory.create(a.id(), a.outlet(), a.published() == null ? null : java.sql.Date.valueOf(a.published()),
        a.loadedRate(), JavaConverters.asScalaBuffer(sentences).toSeq(), storyId);
  }
}
