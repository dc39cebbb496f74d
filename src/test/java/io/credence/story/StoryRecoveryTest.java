package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import io.credence.testing.SparkTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants copied, credited and hedge-dropping rewrites among unrelated articles ({@link PlantedStories}), runs the real
 * job and recovers them: stories as same-story article pairs, copies as {@code copied_share >= 0.5} with {@code
 * copied_from} the original's outlet, credits as {@code copied_credited}, hedge dropping as {@code certainty_shift >
 * 0.25}. Prints precision and recall of each (jobs/README.md quotes them).
 */
class StoryRecoveryTest extends SparkTest {

  @Test
  void plantedRewritesAreRecovered(@TempDir Path in, @TempDir Path out) {
    PlantedStories corpus = PlantedStories.generate(7, 4, 16);
    ScoreJob.run(
        spark,
        ScoreOptions.builder()
            .input(corpus.writeJsonl(in).toString())
            .output(out.toString())
            .runDate(PlantedStories.DAY.plusDays(2))
            .stories(true)
            .build());
    Map<String, Row> rows = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("article_features").toString())
        .select("id", "story_id", "copied_share", "copied_from", "copied_credited", "certainty_shift")
        .collectAsList()) {
      rows.put(r.getString(0), r);
    }
    List<PlantedStories.Planted> planted = corpus.planted;
    assertTrue(rows.size() == planted.size(), "every planted article is scored: " + rows.size());

    int[] pairs = new int[3]; // true positive, predicted, actual
    for (int i = 0; i < planted.size(); i++) {
      for (int j = i + 1; j < planted.size(); j++) {
        boolean actual = planted.get(i).event() == planted.get(j).event();
        boolean predicted =
            rows.get(planted.get(i).id()).getAs("story_id").equals(rows.get(planted.get(j).id()).getAs("story_id"));
        count(pairs, predicted, actual);
      }
    }
    int[] copies = new int[3];
    int[] credits = new int[3];
    int[] drops = new int[3];
    for (PlantedStories.Planted p : planted) {
      Row r = rows.get(p.id());
      Double share = r.getAs("copied_share");
      boolean isCopy = p.kind() == PlantedStories.Kind.COPY || p.kind() == PlantedStories.Kind.CREDITED_COPY;
      boolean foundCopy = share != null && share >= StoryAnalysis.COPIED;
      count(copies, foundCopy && (!isCopy || p.copiedOutlet().equals(r.getAs("copied_from"))), isCopy);
      Boolean credited = r.getAs("copied_credited");
      count(credits, foundCopy && Boolean.TRUE.equals(credited), p.kind() == PlantedStories.Kind.CREDITED_COPY);
      Double shift = r.getAs("certainty_shift");
      count(drops, shift != null && shift > 0.25, p.kind() == PlantedStories.Kind.HEDGE_DROPPING);
    }
    String report =
        String.format(
            "planted stories: %d articles, %d events; story pairs %s; copies %s; credits %s; hedge dropping %s",
            planted.size(), planted.stream().mapToInt(PlantedStories.Planted::event).distinct().count(),
            figures(pairs), figures(copies), figures(credits), figures(drops));
    System.out.println(report);
    // Measured 0.727 / 1.000: two events with rewrites merge through the generator's shared common words (see
    // jobs/README.md).
    assertTrue(precision(pairs) >= 0.7 && recall(pairs) >= 0.9, report);
    assertTrue(precision(copies) >= 0.9 && recall(copies) >= 0.9, report);
    assertTrue(precision(credits) >= 0.9 && recall(credits) >= 0.9, report);
    assertTrue(precision(drops) >= 0.75 && recall(drops) >= 0.75, report);
  }

  private static void count(int[] c, boolean predicted, boolean actual) {
    c[0] += predicted && actual ? 1 : 0;
    c[1] += predicted ? 1 : 0;
    c[2] += actual ? 1 : 0;
  }

  private static double precision(int[] c) {
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  private static double recall(int[] c) {
    return c[2] == 0 ? 0 : (double) c[0] / c[2];
  }

  private static String figures(int[] c) {
    return String.format("precision %.3f recall %.3f (%d found, %d planted)", precision(c), recall(c), c[1], c[2]);
  }
}
