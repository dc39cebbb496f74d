package io.credence.io;

import java.util.List;

/**
 * One run attempt as a row of the {@code _runs} table: what ran, when, with which profile, how it ended and what it
 * counted. Counts are null until the attempt has counted them.
 */
@SnakeCaseJson
public record RunRecord(
    String attemptId,
    String runDate,
    String status,
    String started,
    String finished,
    Long read,
    Long scored,
    Long rejected,
    Long outlets,
    Integer windowDays,
    String profileName,
    String profileSha256,
    String version,
    String input,
    List<String> inputPaths,
    String host,
    Long pid,
    String error,
    String recoveredBy) {

  /** The attempt is in progress, or was killed and no later run has noticed yet. */
  public static final String RUNNING = "running";

  /** The attempt committed every table. */
  public static final String SUCCEEDED = "succeeded";

  /** The attempt failed or was interrupted; {@code error} says why. Nothing of it was committed. */
  public static final String FAILED = "failed";

  /** A backfill found the night's input missing and, with {@code --skip-missing}, went on without it. */
  public static final String SKIPPED = "skipped";

  /** The attempt found another run holding the output's lock and did nothing. */
  public static final String LOCKED = "locked";

  /** A copy that ended with {@code status} at {@code finished} with {@code error}. */
  public RunRecord ended(String status, String finished, String error) {
    return new RunRecord(
        attemptId, runDate, status, started, finished, read, scored, rejected, outlets, windowDays, profileName,
        profileSha256, version, input, inputPaths, host, pid, error, recoveredBy);
  }

  /** A copy with the attempt's counts. */
  public RunRecord counted(long read, long scored, long rejected, long outlets) {
    return new RunRecord(
        attemptId, runDate, status, started, finished, read, scored, rejected, outlets, windowDays, profileName,
        profileSha256, version, input, inputPaths, host, pid, error, recoveredBy);
  }

  /** A copy noting that attempt {@code by} completed or closed this attempt's record. */
  public RunRecord recoveredBy(String by) {
    return new RunRecord(
        attemptId, runDate, status, started, finished, read, scored, rejected, outlets, windowDays, profileName,
        profileSha256, version, input, inputPaths, host, pid, error, by);
  }
}
