#!/usr/bin/env bash
# Benchmark: the naive Spark NLP pipeline and the full credence score job, in ONE JVM on the same synthetic corpus.
# Usage: jobs/bench.sh [--articles N] [--master URL]   (defaults: 100000 articles, local[2])
# Prints articles, MB, wall seconds, MB/s, articles/s, peak RSS of each, and the ratio job/baseline. JVM start and
# corpus generation are outside the timings. The corpus is generated once under target/bench/ and reused.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=100000
master="local[2]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --master) master="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if ! [[ "$articles" =~ ^[0-9]+$ ]] || (( articles < 100 || articles % 100 != 0 )); then
  echo "bench: --articles must be a multiple of 100 (100 outlets), got '$articles'" >&2
  exit 2
fi

corpus="$repo/target/bench/corpus-$articles"
out="$repo/target/bench/out-$articles"
if [[ ! -f "$corpus/outlets.csv" ]]; then
  rm -rf "$corpus"
  "$repo/jobs/credence" synth --outlets 100 --articles-per-outlet $((articles / 100)) --seed 42 --output "$corpus" >&2
fi
rm -rf "$out"

version="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$repo/pom.xml")"
jar="$repo/target/credence-$version-job.jar"
mapfile -t opens < <(grep -v '^\s*$' "$repo/jobs/java17-opens.txt")
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -Xmx"${CREDENCE_DRIVER_MEMORY:-2g}" "${opens[@]}" \
  "-Dlog4j2.configurationFile=$repo/src/main/resources/log4j2.properties" \
  -cp "$repo/target/spark-home/jars/*" \
  org.apache.spark.deploy.SparkSubmit \
  --master "$master" \
  --conf spark.ui.enabled=false \
  --conf spark.sql.files.maxPartitionBytes="${BENCH_PARTITION_BYTES:-8m}" \
  --class io.credence.job.Benchmark \
  "$jar" "$corpus/*.jsonl" "$out"
