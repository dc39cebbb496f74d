package io.credence.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One run attempt as a row of the {@code _runs} table: what ran, when, with which profile, how it ended and what it
 * counted. Counts are null until the attempt has counted them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunRecord(
    @JsonProperty("attempt_id") String attemptId,
    @JsonProperty("run_date") String runDate,
    @JsonProperty("status") String status,
    @JsonProperty("started") String started,
    @JsonProperty("finished") String finished,
    @JsonProperty("read") Long read,
    @JsonProperty("scored") Long scored,
    @JsonProperty("rejected") Long rejected,
    @JsonProperty("outlets") Long outlets,
    @JsonProperty("window_days") Integer windowDays,
    @JsonProperty("profile_name") String profileName,
    @JsonProperty("profile_sha256") String profileSha256,
    @JsonProperty("version") String version,
    @JsonProperty("input") String input,
    @JsonProperty("input_paths") List<String> inputPaths,
    @JsonProperty("host") String host,
    @JsonProperty("pid") Long pid,
    @JsonProperty("error") String error,
    @JsonProperty("recovered_by") String recoveredBy) {

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
