#!/usr/bin/env bash
# Cluster smoke test: starts a real Spark standalone Master and one Worker (2 cores) on 127.0.0.1 from the Maven-built
# Spark home, submits the job jar in client mode on data/sample plus synthetic articles, and checks that the Parquet
# output equals a local-mode run on the same input. Master and Worker are stopped by PID on exit, also on failure.
# Usage: jobs/cluster-smoke.sh [ARTICLES]   (default 2000 synthetic articles; CREDENCE_SMOKE_DIR sets the work dir)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-2000}"
work="${CREDENCE_SMOKE_DIR:-$repo/target/cluster-smoke}"
spark_home="$repo/target/spark-home"
version="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$repo/pom.xml")"
jar="$repo/target/credence-$version-job.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export SPARK_LOCAL_IP=127.0.0.1
mapfile -t opens < <(grep -v '^\s*$' "$repo/jobs/java17-opens.txt")

log() { echo "cluster-smoke: $*" >&2; }

pids=()
stop_cluster() {
  local status=$?
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "process $pid did not stop on TERM; killing it"
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [[ ${#pids[@]} -gt 0 ]]; then
    log "stopped Master and Worker (pids ${pids[*]})"
  fi
  if [[ $status -ne 0 ]]; then
    log "FAILED (exit $status); logs in $work/logs"
    for f in "$work"/logs/*.log "$work"/worker/app-*/*/stderr; do
      [[ -f "$f" ]] && { echo "--- tail of $f" >&2; tail -n 30 "$f" >&2; }
    done
  fi
  exit $status
}
trap stop_cluster EXIT

free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

wait_for() {
  local file=$1 pattern=$2 pid=$3 what=$4
  for _ in $(seq 1 240); do
    if grep -q "$pattern" "$file" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$what exited before it was ready"
      return 1
    fi
    sleep 0.5
  done
  log "$what not ready after 120 s"
  return 1
}

started=$SECONDS
if [[ ! -f "$jar" ]]; then
  log "building $jar"
  (cd "$repo" && mvn -q -B -DskipTests package) >&2
fi
if [[ ! -d "$spark_home/jars" || "$repo/jobs/spark-runtime/pom.xml" -nt "$spark_home/jars" ]]; then
  log "copying Spark's jars into $spark_home/jars"
  rm -rf "$spark_home/jars"
  (cd "$repo" && mvn -q -B -f jobs/spark-runtime/pom.xml dependency:copy-dependencies \
      -DoutputDirectory="$spark_home/jars") >&2
fi

rm -rf "$work"
mkdir -p "$work/logs" "$work/worker" "$work/local-dirs" "$work/input"
log "job jar: $(du -h "$jar" | cut -f1) ($(stat -c %s "$jar") bytes)"

# Synthetic articles from `credence synth` (20 outlets, published inside the outlet-score window of the run date),
# plus one record per input-level reject reason.
synth="$work/input/synth"
"$repo/jobs/credence" synth --outlets 20 --articles-per-outlet $(((articles + 19) / 20)) --articles-per-file 1000 \
  --start-date 2022-07-10 --days 7 --output "$synth" >"$work/logs/synth.log" 2>&1
cat >"$synth/bad-records.jsonl" <<'JSONL'
{"id":"bad-json","outlet":"example.org","text":"unterminated
{"id":"empty-text","outlet":"example.org","text":""}
{"id":"no-outlet","text":"Officials said the bridge will reopen in May."}
{"id":"bad-url","url":"not a url at all","text":"Officials said the bridge will reopen in May."}
{"id":"bad-date","outlet":"example.org","text":"Officials said it may rain.","published":"yesterday-ish"}
{"id":"symbols","outlet":"example.org","text":"... --- !!! ???"}
JSONL
log "synthetic input: $(cat "$synth"/*.jsonl | wc -l) records ($(du -sh "$synth" | cut -f1)) in $synth"

# Standalone cluster: everything binds to 127.0.0.1 (SPARK_LOCAL_IP covers the web UIs, --host the RPC endpoints).
master_port=$(free_port 7077)
SPARK_HOME="$spark_home" "$java" -Xmx512m -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port 0 \
  >"$work/logs/master.log" 2>&1 &
pids+=($!)
wait_for "$work/logs/master.log" "I have been elected leader" "${pids[0]}" "Master"
# The Master moves to the next port if another process took this one meanwhile: read the URL it announced.
master_url=$(grep -o 'Starting Spark master at spark://[^ ]*' "$work/logs/master.log" | awk '{print $NF}')
log "Master up at $master_url (pid ${pids[0]})"

# The Worker launches executors from SPARK_HOME/jars (SPARK_SCALA_VERSION spares it looking for a source build);
# SPARK_LOCAL_DIRS holds their shuffle and block files.
SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_DIRS="$work/local-dirs" "$java" -Xmx512m -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
  --cores 2 --memory 2g --work-dir "$work/worker" "$master_url" \
  >"$work/logs/worker.log" 2>&1 &
pids+=($!)
wait_for "$work/logs/worker.log" "Successfully registered with master" "${pids[1]}" "Worker"
log "Worker registered (pid ${pids[1]}, 2 cores, 2g)"

# The same two runs in local mode and on the cluster: the sample as text, the synthetic articles as JSON Lines, with
# the story stage on (the synthetic articles share their sentences, so they form one story of 2,000 articles).
run_both() {
  local input=$1 date=$2
  log "local run: $input ($date)"
  CREDENCE_DRIVER_MEMORY=1g "$repo/jobs/credence" --conf spark.ui.enabled=false \
    score --input "$input" --output "$work/local" --run-date "$date" --stories \
    >"$work/logs/local-$date.json" 2>"$work/logs/local-$date.log"
  log "cluster run: $input ($date) on $master_url"
  CREDENCE_DRIVER_MEMORY=1g "$repo/jobs/credence" --master "$master_url" --deploy-mode client \
    --conf spark.ui.enabled=false --conf spark.executor.memory=1536m \
    score --input "$input" --output "$work/cluster" --run-date "$date" --stories \
    >"$work/logs/cluster-$date.json" 2>"$work/logs/cluster-$date.log"
}
run_both "$repo/data/sample" 2022-07-15
run_both "$synth/*.jsonl" 2022-07-16

# The cluster run really ran on the Worker's executors: one application per run, tasks in the executors' logs.
apps=$(find "$work/worker" -mindepth 1 -maxdepth 1 -name 'app-*' | wc -l)
tasks=$(cat "$work"/worker/app-*/*/stderr | grep -c "Running task" || true)
log "the Worker ran $apps applications; their executors ran $tasks tasks"
if [[ $apps -ne 2 || $tasks -eq 0 ]]; then
  log "expected 2 applications with tasks on the Worker's executors"
  exit 1
fi

# The synthetic night's outlet scores cover the synthetic outlets, so outlet_scores is compared on real aggregates.
outlets=$(grep -o '"outlets" : [0-9]*' "$work/logs/cluster-2022-07-16.json" | grep -o '[0-9]*$')
if [[ -z "$outlets" || $outlets -lt 20 ]]; then
  log "expected at least 20 outlets scored for 2022-07-16, got '${outlets}'"
  exit 1
fi

"$java" "${opens[@]}" -Xmx1g -cp "$spark_home/jars/*" "$repo/jobs/ClusterSmoke.java" \
  compare "$work/local" "$work/cluster" 2022-07-15 2022-07-16 2>"$work/logs/compare.log"
log "OK: cluster output equals local output ($((SECONDS - started)) s)"
