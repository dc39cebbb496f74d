package io.credence.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

  static final Duration HOUR = Duration.ofHours(1);
  final Configuration conf = new Configuration();

  private RunLock acquire(Path out, String attempt) {
    return RunLock.acquire(
        new org.apache.hadoop.fs.Path(out.toString()), conf, RunLock.Holder.current("2024-03-01", attempt), HOUR);
  }

  private static void writeLock(Path out, RunLock.Holder holder) throws Exception {
    Files.createDirectories(out);
    Files.write(out.resolve(RunLock.FILE), new ObjectMapper().writeValueAsBytes(holder));
  }

  @Test
  void secondRunIsRefusedWithTheHolderNamedUntilTheFirstReleases(@TempDir Path out) {
    RunLock first = acquire(out, "a1");
    RunLockedException e = assertThrows(RunLockedException.class, () -> acquire(out, "a2"));
    assertTrue(e.getMessage().contains("attempt a1"), e.getMessage());
    assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    first.close();
    assertFalse(Files.exists(out.resolve(RunLock.FILE)));
    try (RunLock second = acquire(out, "a2")) {
      assertEquals("a2", second.holder().attemptId());
    }
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOver(@TempDir Path out) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeLock(
        out,
        new RunLock.Holder(
            "x@" + RunLock.hostName(), RunLock.hostName(), gone.pid(), Instant.now().toString(), "2024-03-01", "dead"));
    try (RunLock lock = acquire(out, "a3")) {
      assertEquals("a3", lock.holder().attemptId());
    }
  }

  @Test
  void lockFromAnotherHostIsLiveUntilTheTimeout(@TempDir Path out) throws Exception {
    writeLock(
        out,
        new RunLock.Holder("x@elsewhere", "elsewhere", 1, Instant.now().toString(), "2024-03-01", "remote"));
    assertThrows(RunLockedException.class, () -> acquire(out, "a4"));
    writeLock(
        out,
        new RunLock.Holder(
            "x@elsewhere", "elsewhere", 1, Instant.now().minus(Duration.ofHours(2)).toString(), "2024-03-01", "old"));
    try (RunLock lock = acquire(out, "a5")) {
      assertEquals("a5", lock.holder().attemptId());
    }
  }

  @Test
  void releaseLeavesAnotherRunsLockAlone(@TempDir Path out) throws Exception {
    RunLock mine = acquire(out, "a6");
    writeLock(out, RunLock.Holder.current("2024-03-01", "someone-else"));
    mine.close();
    assertTrue(Files.exists(out.resolve(RunLock.FILE)));
  }
}
