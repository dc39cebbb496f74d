package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.ingest.InputFormat;
import io.credence.io.RunManifest;
import io.credence.testing.ArticleFixtures;
import io.credence.testing.SparkTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user tries first: synth then score, a text directory without a manifest, gzipped JSON Lines. */
class FirstStepsTest extends SparkTest {

  private static List<String> outlets(Path out) {
    return spark.read().parquet(out.resolve("outlet_scores").toString()).select("outlet").orderBy("outlet")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  @Test
  void synthWritesWhatScoreReadsAsItIs(@TempDir Path corpus, @TempDir Path out) {
    SynthOptions synth = new SynthOptions(3, 4, 7L, corpus.toString(), LocalDate.of(2024, 1, 1), 3, 5);
    SynthJob.run(synth);
    assertEquals(InputFormat.JSONL, InputFormat.detect(corpus.toString(), new Configuration()));
    LocalDate runDate = SynthJob.lastPublished(synth);
    assertEquals(LocalDate.of(2024, 1, 3), runDate);
    RunManifest m =
        ScoreJob.run(spark, ScoreOptions.builder().input(corpus.toString()).output(out.toString()).runDate(runDate)
            .build());
    assertEquals(RunManifest.Counts.of(12, 12, 0), m.counts(), "the ground truth file is not read as articles");
    assertEquals(List.of(SynthJob.outletName(0), SynthJob.outletName(1), SynthJob.outletName(2)), outlets(out));
  }

  @Test
  void aTextDirectoryWithoutManifestIsOneOutletNamedByTheDirectoryOrByOutlet(@TempDir Path base) throws Exception {
    Path dir = Files.createDirectories(base.resolve("in").resolve("example.org"));
    try (DirectoryStream<Path> txt = Files.newDirectoryStream(Path.of("data/sample"), "*.txt")) {
      for (Path p : txt) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    LocalDate date = LocalDate.of(2022, 7, 15);
    RunManifest byDirectory =
        ScoreJob.run(spark, ScoreOptions.builder().input(dir.toString()).output(base.resolve("a").toString())
            .runDate(date).build());
    assertEquals(RunManifest.Counts.of(5, 5, 0), byDirectory.counts());
    assertEquals(List.of("example.org"), outlets(base.resolve("a")));

    RunManifest named =
        ScoreJob.run(spark, ScoreOptions.builder().input(dir.toString()).output(base.resolve("b").toString())
            .runDate(date).outlet("The Example Times").build());
    assertEquals(RunManifest.Counts.of(5, 5, 0), named.counts());
    assertEquals(List.of("The Example Times"), outlets(base.resolve("b")));
  }

  @Test
  void aDirectoryOfGzippedJsonLinesIsDetected(@TempDir Path in, @TempDir Path out) throws Exception {
    String text = ArticleFixtures.CAREFUL_TEXT.replace("\"", "\\\"");
    for (int f = 0; f < 2; f++) {
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("part-" + f + ".jsonl.gz")))) {
        gz.write(("{\"id\":\"a" + f + "\",\"outlet\":\"example.org\",\"text\":\"" + text
            + "\",\"published\":\"2022-07-15\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertEquals(InputFormat.JSONL, InputFormat.detect(in.toString(), new Configuration()));
    RunManifest m =
        ScoreJob.run(spark, ScoreOptions.builder().input(in.toString()).output(out.toString())
            .runDate(LocalDate.of(2022, 7, 15)).build());
    assertEquals(RunManifest.Counts.of(2, 2, 0), m.counts());
    List<Row> rows = spark.read().parquet(out.resolve("article_features").toString()).select("id").collectAsList();
    assertEquals(2, rows.size());
  }
}
