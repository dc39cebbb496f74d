#!/usr/bin/env bash
# Benchmark: the naive Spark NLP pipeline and the full credence score job, in ONE JVM on the same corpus.
# Usage: jobs/bench.sh [--corpus news|synth] [--articles N] [--master URL] [--job-only] [--stories] [--scaling]
#   (defaults: news, 100000 articles, local[2]). --corpus news: real sentences from data/sample and
#   data/bench/news-sentences.txt, abbreviations and all, perturbed so no sentence repeats; synth: the synth job's
#   corpus (no abbreviations, the best case). Prints articles, MB, wall seconds, MB/s, articles/s, s/MB and peak RSS
#   of each run, and the ratio job/baseline. --job-only skips the baseline. --scaling runs the job alone, each size in
#   its own JVM, at 10000, 100000 and 1000000 articles (BENCH_SIZES overrides) and prints seconds per MB at each size.
#   --stories runs the job with its story stage (score --stories); the stage's own seconds are printed too.
# JVM start and corpus generation are outside the timings. Corpora are generated once under target/bench/ and reused.
set -euo pipefail

# repo, jar, spark_jars, test_classes, opens, log_conf, SPARK_LOCAL_IP and credence_test_compile.
source "$(dirname "${BASH_SOURCE[0]}")/lib/java-env.sh"
articles=100000
corpus_kind=news
master="local[2]"
job_only=""
stories=""
scaling=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --corpus) corpus_kind="$2"; shift 2 ;;
    --master) master="$2"; shift 2 ;;
    --job-only) job_only="--job-only"; shift ;;
    --scaling) scaling=1; shift ;;
    --stories) stories="--stories"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

case "$corpus_kind" in
  news|synth) ;;
  *) echo "bench: --corpus must be news or synth, got '$corpus_kind'" >&2; exit 2 ;;
esac

check_size() {
  if ! [[ "$1" =~ ^[0-9]+$ ]] || (( $1 < 100 || $1 % 100 != 0 )); then
    echo "bench: --articles must be a multiple of 100 (100 outlets), got '$1'" >&2
    exit 2
  fi
}

# Once, before any run: the launcher rebuilds the jar when it is older than the sources (a cached corpus must not
# leave the benchmark on a stale jar) and provisions Spark's jars. Benchmark and NewsCorpus are dev tools
# (src/test/java, not in the job jar): they run from target/test-classes, behind the job jar on the class path.
"$repo/jobs/credence" --help >/dev/null
credence_test_compile

# run N [--job-only]: generates the corpus of N articles if needed, then runs the benchmark JVM on it.
run() {
  local n="$1" mode="${2:-}"
  local corpus="$repo/target/bench/corpus-$corpus_kind-$n" out="$repo/target/bench/out-$n"
  if [[ ! -f "$corpus/_outlets.csv" ]]; then
    rm -rf "$corpus" "$corpus.tmp"
    if [[ "$corpus_kind" == synth ]]; then
      "$repo/jobs/credence" synth --outlets 100 --articles-per-outlet $((n / 100)) --seed 42 --output "$corpus" >&2
    else
      "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$jar:$test_classes:$spark_jars/*" io.credence.job.NewsCorpus \
        "$repo" "$corpus.tmp" "$n" 42 && mv "$corpus.tmp" "$corpus"
    fi
  fi
  echo "bench: corpus $corpus_kind, $n articles" >&2
  rm -rf "$out"
  # Spark's console progress bar when stderr is a terminal (the job's stage lines print either way).
  local progress=false
  [[ -t 2 ]] && progress=true
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
    -Xmx"${CREDENCE_DRIVER_MEMORY:-2g}" "${opens[@]}" "$log_conf" \
    -cp "$jar:$test_classes:$spark_jars/*" \
    org.apache.spark.deploy.SparkSubmit \
    --master "$master" \
    --conf spark.ui.enabled=false \
    --conf spark.ui.showConsoleProgress="$progress" \
    --conf spark.sql.files.maxPartitionBytes="${BENCH_PARTITION_BYTES:-8m}" \
    --class io.credence.job.Benchmark \
    "$jar" "$corpus/*.jsonl" "$out" $mode $stories
  rm -rf "$out"
}

if [[ -z "$scaling" ]]; then
  check_size "$articles"
  run "$articles" "$job_only"
  exit 0
fi

sizes=(${BENCH_SIZES:-10000 100000 1000000})
for n in "${sizes[@]}"; do check_size "$n"; done
table=()
for n in "${sizes[@]}"; do
  echo "bench: scaling run at $n articles" >&2
  # Each line to stderr as well, through the same descriptor: `tee /dev/stderr` would reopen a redirected log file
  # and truncate it.
  output="$(run "$n" --job-only | while IFS= read -r l; do printf '%s\n' "$l" >&2; printf '%s\n' "$l"; done)"
  line="$(grep '^job ' <<<"$output" | grep 'articles=')"
  # The story stage's own time, from the stage times the job prints (with --stories).
  story_ms="$(sed -n 's#^job stage_millis=.*[{ ]stories=\([0-9]*\).*#\1#p' <<<"$output")"
  table+=("$line stories_ms=${story_ms:--}")
done
echo "scaling ($corpus_kind corpus, job only${stories:+, with the story stage}, one JVM per size, master $master):"
printf '%-9s %-7s %-9s %-7s %-6s %-10s %-12s %s\n' articles MB seconds MB/s s/MB 's/MB÷first' peak_rss_MB \
  "${stories:+stories_s}"
first=""
for line in "${table[@]}"; do
  get() { sed -n "s#.* $1=\([^ ]*\).*#\1#p" <<<"$line"; }
  spm="$(get s/MB)"
  first="${first:-$spm}"
  story_s=""
  if [[ -n "$stories" ]]; then
    story_s="$(awk -v ms="$(get stories_ms)" 'BEGIN { if (ms == "-") print "-"; else printf "%.1f", ms / 1000 }')"
  fi
  printf '%-9s %-7s %-9s %-7s %-6s %-10s %-12s %s\n' "$(get articles)" "$(get MB)" "$(get seconds)" "$(get MB/s)" \
    "$spm" "$(awk -v a="$spm" -v b="$first" 'BEGIN { printf "%.2f", a / b }')" "$(get peak_rss_MB)" "$story_s"
done
