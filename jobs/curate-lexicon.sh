#!/usr/bin/env bash
# Lexicon curation on the WikiWeasel dev sentences in ../shared/dev (never in the repository): prints precision,
# recall and F1 of hedging_cues > 0 on the curation half and the held-out half of the fixed hash split
# (DevEvaluation.half), and with options per-cue effects and candidates (see src/test/java/io/credence/job/
# HedgeCuration.java). Skips (exit 0) when the data is absent.
# Usage: jobs/curate-lexicon.sh [--cues] [--errors N] [--candidates N] [--context FORM] [--try FILE]
#   (--context FORM: the words around one token form on the curation half, with uncertain / certain counts)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dev="${CREDENCE_DEV_DIR:-$repo/../shared/dev}"
if [[ ! -f "$dev/hedge_sentences_dev.csv" ]]; then
  echo "curate-lexicon: no development data at $dev (hedge_sentences_dev.csv); skipping."
  exit 0
fi
if [[ -d /usr/lib/jvm/java-17-openjdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
cd "$repo"
# The working tree's classes and lexicons first, then the job jar (for Spark NLP) and the Spark jars the launcher
# provides; the launcher builds the jar and provisions target/spark-home when they are missing.
version="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
if [[ ! -d target/spark-home/jars || ! -f "target/credence-$version-job.jar" ]]; then
  jobs/credence --help >/dev/null
fi
mvn -q -B -o test-compile >&2
mapfile -t opens < <(grep -v '^\s*$' jobs/java17-opens.txt)
java -Xmx2g "${opens[@]}" -Dlog4j2.configurationFile="$repo/src/main/resources/log4j2.properties" \
  -cp "target/classes:target/test-classes:target/credence-$version-job.jar:target/spark-home/jars/*" \
  io.credence.job.HedgeCuration "$dev/hedge_sentences_dev.csv" "$@"
