#!/usr/bin/env bash
# Lexicon curation on the WikiWeasel dev sentences in ../shared/dev (never in the repository): prints precision,
# recall and F1 of hedging_cues > 0 on the curation half and the held-out half of the fixed hash split
# (DevEvaluation.half), and with options per-cue effects and candidates (see src/test/java/io/credence/job/
# HedgeCuration.java). Skips (exit 0) when the data is absent. CREDENCE_DEV_DIR names the data's directory (default
# ../shared/dev beside the checkout).
# Usage: jobs/curate-lexicon.sh [--cues] [--errors N] [--candidates N] [--context FORM] [--try FILE]
#   (--context FORM: the words around one token form on the curation half, with uncertain / certain counts)
set -euo pipefail

# repo, jar, spark_jars, opens, log_conf, SPARK_LOCAL_IP and the credence_* functions.
source "$(dirname "${BASH_SOURCE[0]}")/lib/java-env.sh"
dev="$(credence_dev_dir)"
if [[ ! -f "$dev/hedge_sentences_dev.csv" ]]; then
  echo "curate-lexicon: no development data at $dev (hedge_sentences_dev.csv); skipping."
  exit 0
fi
credence_prefer_java17
cd "$repo"
# The working tree's classes and lexicons first, then the job jar (for Spark NLP) and the Spark jars the launcher
# provides; the launcher builds the jar and provisions target/spark-home when they are missing.
if [[ ! -d "$spark_jars" || ! -f "$jar" ]]; then
  jobs/credence --help >/dev/null
fi
mvn -q -B -o test-compile >&2
java -Xmx2g "${opens[@]}" "$log_conf" -cp "target/classes:target/test-classes:$jar:$spark_jars/*" \
  io.credence.job.HedgeCuration "$dev/hedge_sentences_dev.csv" "$@"
