#!/usr/bin/env bash
# Dev evaluation: runs the real score job on the labelled development data in ../shared/dev (never in the repo) and
# prints (1) outlet-reliability AUC on Horne & Adali pseudo-outlets, real vs fake and real vs fake+satire, with the
# default profile and with the hand-set cue-structure profile, and
# (2) precision/recall/F1 of hedging_cues > 0 on the WikiWeasel sentences, and (3) the cross-validated figures of the
# default profile's calibration (jobs/calibrate-dev.sh into a scratch profile: Spearman and within-lean Spearman on
# the allsides outlets, AUC per binary set, calibration error, bands, fairness audit). Skips (exit 0) when the data is
# absent. CREDENCE_DEV_DIR names the data's directory (default ../shared/dev beside the checkout).
# Usage: jobs/eval-dev.sh [--features]   (--features also prints per-label feature means and writes them as CSV in
# the work directory, which CREDENCE_EVAL_KEEP=1 keeps)
set -euo pipefail

# repo, jar, spark_jars, opens, log_conf, SPARK_LOCAL_IP and the credence_* functions.
source "$(dirname "${BASH_SOURCE[0]}")/lib/java-env.sh"
dev="$(credence_dev_dir)"
if [[ ! -f "$dev/horne_dev.jsonl" || ! -f "$dev/hedge_sentences_dev.csv" ]]; then
  echo "eval-dev: no development data at $dev (horne_dev.jsonl, hedge_sentences_dev.csv); skipping."
  exit 0
fi
credence_prefer_java17
# The launcher builds the job jar when it is older than the working tree, and provisions target/spark-home.
"$repo/jobs/credence" --version >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/credence-eval-dev.XXXXXX")"
if [[ -n "${CREDENCE_EVAL_KEEP:-}" ]]; then
  echo "eval-dev: keeping the work directory $work (CREDENCE_EVAL_KEEP)" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# DevEvaluation is a dev tool (src/test/java, not in the job jar): it runs from target/test-classes, behind the job jar
# on the class path, through SparkSubmit on the Spark jars the launcher provides.
credence_test_compile
run_eval() {
  java -Xmx2g "${opens[@]}" "$log_conf" -cp "$jar:$test_classes:$spark_jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "local[2]" --conf spark.ui.enabled=false --class io.credence.job.DevEvaluation "$jar" "$@"
}

run_eval prepare "$dev" "$work"
echo "eval-dev: scoring Horne & Adali pseudo-outlets with the default profile" >&2
"$repo/jobs/credence" score --input "$work/horne.csv" --output "$work/horne-out-default" --run-date 2017-01-01 >/dev/null
echo "eval-dev: scoring Horne & Adali pseudo-outlets with the cue-structure profile" >&2
"$repo/jobs/credence" score --input "$work/horne.csv" --output "$work/horne-out-cue-structure" --run-date 2017-01-01 \
  --profile "$repo/src/main/resources/credence/profiles/cue-structure.json" >/dev/null
echo "eval-dev: scoring WikiWeasel sentences, one article each" >&2
"$repo/jobs/credence" score --input "$work/sentences.csv" --output "$work/sentences-out" --run-date 2010-01-01 \
  --min-tokens 1 >/dev/null
run_eval report "$work" "$@"
# calibrate-dev.sh checks for its own files and skips cleanly without them.
echo "eval-dev: cross-validating the default profile's calibration (jobs/calibrate-dev.sh, scratch output)" >&2
CREDENCE_DEV_DIR="$dev" "$repo/jobs/calibrate-dev.sh" --output "$work/cv-profile.json"
