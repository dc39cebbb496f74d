package io.credence.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The {@code _runs} table: one Parquet file per run attempt, {@code _runs/<run_date>_<attempt_id>.parquet}, written
 * without Spark so that a failure can be recorded whatever state Spark is in. A started attempt leaves a marker in
 * {@code _runs/_active/}; a later run that finds the marker of an attempt that never finished records it as failed.
 */
public final class RunHistory {

  static final String ACTIVE = "_active";

  /** The Parquet schema of a {@code _runs} row; timestamps are UTC instants, {@code run_date} a date. */
  public static final MessageType SCHEMA =
      Types.buildMessage()
          .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("attempt_id")
          .required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("run_date")
          .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("status")
          .required(PrimitiveTypeName.INT64).as(micros()).named("started")
          .optional(PrimitiveTypeName.INT64).as(micros()).named("finished")
          .optional(PrimitiveTypeName.INT64).named("read")
          .optional(PrimitiveTypeName.INT64).named("scored")
          .optional(PrimitiveTypeName.INT64).named("rejected")
          .optional(PrimitiveTypeName.INT64).named("outlets")
          .optional(PrimitiveTypeName.INT32).named("window_days")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("profile_name")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("profile_sha256")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("version")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("input")
          .optionalList()
          .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
          .named("input_paths")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("host")
          .optional(PrimitiveTypeName.INT64).named("pid")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("error")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("recovered_by")
          .named("run");

  private final Path dir;
  private final Configuration conf;

  public RunHistory(Path outputRoot, Configuration conf) {
    this.dir = new Path(outputRoot, RunOutput.RUNS);
    this.conf = conf;
  }

  /** Records a started attempt: its {@code running} row and its active marker. */
  public void start(RunRecord running) {
    write(running);
    try (OutputStream out = fs().create(marker(running.attemptId()), true)) {
      out.write(new ObjectMapper().writeValueAsBytes(running));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the active-run marker in " + dir, e);
    }
  }

  /** Records how an attempt ended, replacing its {@code running} row, and removes its active marker. */
  public void finish(RunRecord ended) {
    write(ended);
    try {
      fs().delete(marker(ended.attemptId()), false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the active-run marker in " + dir, e);
    }
  }

  /** Records an attempt that did nothing (it found the output locked): a row and no marker. */
  public void record(RunRecord ended) {
    write(ended);
  }

  /**
   * Closes the records of attempts that started but never finished (killed, or their machine died): each becomes
   * {@code failed} with an error naming {@code byAttempt}, unless its row already holds a final status. Returns the
   * attempts closed. Call only while holding the output's lock.
   */
  public List<String> closeInterrupted(String byAttempt) {
    List<String> closed = new ArrayList<>();
    try {
      FileSystem fs = fs();
      Path active = new Path(dir, ACTIVE);
      if (!fs.exists(active)) {
        return closed;
      }
      for (FileStatus st : fs.listStatus(active)) {
        String name = st.getPath().getName();
        if (name.startsWith(".") || name.equals(byAttempt)) {
          continue;
        }
        RunRecord running;
        try (InputStream in = fs.open(st.getPath())) {
          running = new ObjectMapper().readValue(in, RunRecord.class);
        }
        RunRecord stored = fs.exists(file(running)) ? read(file(running)) : null;
        if (stored == null || RunRecord.RUNNING.equals(stored.status())) {
          write(
              running
                  .ended(
                      RunRecord.FAILED,
                      null,
                      "interrupted: the attempt ended without finishing (killed, or its machine stopped); "
                          + "nothing of it was committed")
                  .recoveredBy(byAttempt));
          closed.add(running.attemptId());
        }
        fs.delete(st.getPath(), false);
      }
      for (FileStatus st : fs.listStatus(dir)) {
        if (st.getPath().getName().startsWith(".tmp-")) {
          fs.delete(st.getPath(), false);
        }
      }
      return closed;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + dir + " for interrupted runs", e);
    }
  }

  /** Every recorded attempt, ordered by run date and start time (for tests and tools; notebooks read the Parquet). */
  public List<RunRecord> readAll() {
    List<RunRecord> records = new ArrayList<>();
    try {
      FileSystem fs = fs();
      if (!fs.exists(dir)) {
        return records;
      }
      for (FileStatus st : fs.listStatus(dir)) {
        String name = st.getPath().getName();
        if (st.isFile() && name.endsWith(".parquet") && !name.startsWith(".")) {
          records.add(read(st.getPath()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
    records.sort(Comparator.comparing(RunRecord::runDate).thenComparing(RunRecord::started));
    return records;
  }

  /** The row file of {@code record}'s attempt. */
  public Path file(RunRecord record) {
    return file(record.runDate(), record.attemptId());
  }

  /** The row file of the attempt {@code attemptId} of the night {@code runDate}. */
  public Path file(String runDate, String attemptId) {
    return new Path(dir, runDate + "_" + attemptId + ".parquet");
  }

  private Path marker(String attemptId) {
    return new Path(new Path(dir, ACTIVE), attemptId);
  }

  private void write(RunRecord r) {
    Path target = file(r);
    Path tmp = new Path(dir, ".tmp-" + target.getName());
    try {
      FileSystem fs = fs();
      fs.mkdirs(dir);
      SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
      Group g = rows.newGroup();
      g.append("attempt_id", r.attemptId());
      g.append("run_date", (int) LocalDate.parse(r.runDate()).toEpochDay());
      g.append("status", r.status());
      g.append("started", toMicros(r.started()));
      putLong(g, "finished", r.finished() == null ? null : toMicros(r.finished()));
      putLong(g, "read", r.read());
      putLong(g, "scored", r.scored());
      putLong(g, "rejected", r.rejected());
      putLong(g, "outlets", r.outlets());
      if (r.windowDays() != null) {
        g.append("window_days", r.windowDays().intValue());
      }
      putString(g, "profile_name", r.profileName());
      putString(g, "profile_sha256", r.profileSha256());
      putString(g, "version", r.version());
      putString(g, "input", r.input());
      if (r.inputPaths() != null) {
        Group list = g.addGroup("input_paths");
        for (String p : r.inputPaths()) {
          list.addGroup("list").append("element", p);
        }
      }
      putString(g, "host", r.host());
      putLong(g, "pid", r.pid());
      putString(g, "error", r.error());
      putString(g, "recovered_by", r.recoveredBy());
      try (ParquetWriter<Group> writer =
          ExampleParquetWriter.builder(tmp)
              .withConf(conf)
              .withType(SCHEMA)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
              .build()) {
        writer.write(g);
      }
      if (fs.exists(target) && !fs.delete(target, false)) {
        throw new IOException("Cannot replace " + target);
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("Cannot move " + tmp + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write run record " + target, e);
    }
  }

  /** Reads one row file. */
  public RunRecord read(Path file) {
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
      Group g = reader.read();
      List<String> paths = null;
      if (has(g, "input_paths")) {
        Group list = g.getGroup("input_paths", 0);
        paths = new ArrayList<>();
        for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
          paths.add(list.getGroup("list", i).getString("element", 0));
        }
      }
      return new RunRecord(
          g.getString("attempt_id", 0),
          LocalDate.ofEpochDay(g.getInteger("run_date", 0)).toString(),
          g.getString("status", 0),
          fromMicros(g.getLong("started", 0)),
          has(g, "finished") ? fromMicros(g.getLong("finished", 0)) : null,
          has(g, "read") ? g.getLong("read", 0) : null,
          has(g, "scored") ? g.getLong("scored", 0) : null,
          has(g, "rejected") ? g.getLong("rejected", 0) : null,
          has(g, "outlets") ? g.getLong("outlets", 0) : null,
          has(g, "window_days") ? g.getInteger("window_days", 0) : null,
          string(g, "profile_name"),
          string(g, "profile_sha256"),
          string(g, "version"),
          string(g, "input"),
          paths,
          string(g, "host"),
          has(g, "pid") ? g.getLong("pid", 0) : null,
          string(g, "error"),
          string(g, "recovered_by"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read run record " + file, e);
    }
  }

  /** Whether the row has a value for {@code field}; a field the file's schema lacks (an older release's row) has none. */
  private static boolean has(Group g, String field) {
    return g.getType().containsField(field) && g.getFieldRepetitionCount(field) > 0;
  }

  private static String string(Group g, String field) {
    return has(g, field) ? g.getString(field, 0) : null;
  }

  private static void putString(Group g, String field, String value) {
    if (value != null) {
      g.append(field, value);
    }
  }

  private static void putLong(Group g, String field, Long value) {
    if (value != null) {
      g.append(field, value.longValue());
    }
  }

  private static long toMicros(String instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(instant));
  }

  private static String fromMicros(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
  }

  private static LogicalTypeAnnotation micros() {
    return LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS);
  }

  private FileSystem fs() throws IOException {
    return dir.getFileSystem(conf);
  }
}
