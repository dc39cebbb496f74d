package io.credence.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output directory's lock, {@code <output>/_lock}: a JSON file naming the holder (owner, host, pid, start time,
 * run date, attempt). It is created atomically (a hard link on local disks, an exclusive create elsewhere), so of two
 * runs on one output only one proceeds. A lock is stale, and is taken over, when its holder ran on this host and its
 * process is gone, or when it is older than the stale timeout.
 */
public final class RunLock implements AutoCloseable {

  /** The lock file's name under the output directory. */
  public static final String FILE = "_lock";

  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

  /** What the lock file holds. */
  @SnakeCaseJson
  public record Holder(
      String owner,
      String host,
      long pid,
      String started,
      String runDate,
      String attemptId) {

    /** The current process as a holder. */
    public static Holder current(String runDate, String attemptId) {
      return new Holder(
          System.getProperty("user.name") + "@" + hostName(),
          hostName(),
          ProcessHandle.current().pid(),
          Instant.now().toString(),
          runDate,
          attemptId);
    }

    String describe() {
      return String.format(
          "the run for %s (attempt %s) started %s by %s, pid %d", runDate, attemptId, started, owner, pid);
    }
  }

  private final FileSystem fs;
  private final Path file;
  private final Holder holder;

  private RunLock(FileSystem fs, Path file, Holder holder) {
    this.fs = fs;
    this.file = file;
    this.holder = holder;
  }

  /**
   * Takes the lock of {@code outputRoot} for {@code holder}, taking over a stale one; throws {@link
   * RunLockedException} naming the holder when another live run has it.
   */
  public static RunLock acquire(Path outputRoot, Configuration conf, Holder holder, Duration staleAfter) {
    Path file = new Path(outputRoot, FILE);
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(outputRoot);
      byte[] content = new ObjectMapper().writeValueAsBytes(holder);
      for (int attempt = 0; attempt < 3; attempt++) {
        if (createExclusive(fs, file, content)) {
          return new RunLock(fs, file, holder);
        }
        FileStatus st;
        Holder other;
        try {
          st = fs.getFileStatus(file);
          other = readHolder(fs, file);
        } catch (java.io.FileNotFoundException gone) {
          continue;
        }
        String why = staleReason(other, st, staleAfter);
        if (why == null) {
          why = endedReason(outputRoot, conf, other);
        }
        if (why == null) {
          String who = other == null ? "an unknown run (unreadable lock file)" : other.describe();
          throw new RunLockedException(
              String.format(
                  "Output %s is locked by %s. Lock file: %s. It is taken over once its process is gone (same host) "
                      + "or after %d minutes; delete it by hand only if no credence run is active.",
                  outputRoot, who, file, staleAfter.toMinutes()));
        }
        LOG.warn("Taking over the stale lock {} ({})", file, why);
        fs.delete(file, false);
      }
      throw new RunLockedException("Output " + outputRoot + " lock " + file + " keeps changing hands; try again");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot take the lock " + file, e);
    }
  }

  /** Why {@code other}'s lock is stale, or null when it is live. */
  static String staleReason(Holder other, FileStatus st, Duration staleAfter) {
    Instant since =
        other != null && other.started() != null
            ? Instant.parse(other.started())
            : Instant.ofEpochMilli(st.getModificationTime());
    Duration age = Duration.between(since, Instant.now());
    if (age.compareTo(staleAfter) > 0) {
      return "held for " + age.toMinutes() + " minutes, longer than the stale timeout of " + staleAfter.toMinutes();
    }
    if (other != null
        && hostName().equals(other.host())
        && ProcessHandle.of(other.pid()).map(p -> !p.isAlive()).orElse(true)) {
      return "its process " + other.pid() + " on this host is gone";
    }
    return null;
  }

  /**
   * Why {@code other}'s lock is left over although its process may live on: its attempt already has a final row in
   * {@code _runs} (it ended, but could not remove its lock); null otherwise.
   */
  static String endedReason(Path outputRoot, Configuration conf, Holder other) {
    if (other == null || other.runDate() == null || other.attemptId() == null) {
      return null;
    }
    try {
      RunHistory history = new RunHistory(outputRoot, conf);
      Path row = history.file(other.runDate(), other.attemptId());
      if (!row.getFileSystem(conf).exists(row)) {
        return null;
      }
      String status = history.read(row).status();
      return RunRecord.RUNNING.equals(status) ? null : "its attempt " + other.attemptId() + " already ended (" + status + ")";
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean createExclusive(FileSystem fs, Path file, byte[] content) throws IOException {
    if (fs instanceof LocalFileSystem local) {
      java.nio.file.Path target = local.pathToFile(file).toPath();
      java.nio.file.Path tmp = target.resolveSibling("." + FILE + "-" + ProcessHandle.current().pid() + ".tmp");
      Files.write(tmp, content);
      try {
        Files.createLink(target, tmp);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    OutputStream out;
    try {
      out = fs.create(file, false);
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
    try (out) {
      out.write(content);
      return true;
    } catch (IOException | RuntimeException e) {
      // A lock file that was created but not written would read as an unknown live holder until the stale timeout.
      try {
        fs.delete(file, false);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static Holder readHolder(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return new ObjectMapper().readValue(in, Holder.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  /** The holder of this lock. */
  public Holder holder() {
    return holder;
  }

  /**
   * Releases the lock if it is still this run's. A lock that cannot be removed is logged, not thrown: the run's
   * outcome is already recorded, and the next run takes the lock over because its attempt has a final row in
   * {@code _runs}.
   */
  @Override
  public void close() {
    try {
      Holder now = fs.exists(file) ? readHolder(fs, file) : null;
      if (now != null && holder.attemptId().equals(now.attemptId())) {
        fs.delete(file, false);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot release the lock {}; the next run takes it over once this attempt's _runs row is final", file, e);
    }
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown-host" : env;
    }
  }
}
