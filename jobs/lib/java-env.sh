# shellcheck shell=bash
# Sourced, never run, by jobs/credence and the dev scripts (eval-dev.sh, curate-lexicon.sh, calibrate-dev.sh,
# bench.sh): where the repository, the job jar and Spark's jars are, and the JVM options every credence JVM needs.
# Sets repo, version, jar (CREDENCE_JAR overrides), spark_jars, test_classes, opens (array: jobs/java17-opens.txt),
# java_opts (the same, one string), log_conf; exports SPARK_LOCAL_IP (default 127.0.0.1). Defines the functions below.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$repo/pom.xml")"
jar="${CREDENCE_JAR:-$repo/target/credence-$version-job.jar}"
spark_jars="$repo/target/spark-home/jars"
# The compiled dev tools of src/test/java, which the dev scripts run and the job jar never holds.
test_classes="$repo/target/test-classes"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
mapfile -t opens < <(grep -v '^\s*$' "$repo/jobs/java17-opens.txt")
java_opts="${opens[*]}"
log_conf="-Dlog4j2.configurationFile=$repo/src/main/resources/log4j2.properties"

# Builds the job jar when it is missing or older than the sources.
credence_build_jar() {
  if [[ ! -f "$jar" || -n "$(find "$repo/src/main" "$repo/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "credence: building $jar (missing or older than the sources)" >&2
    (cd "$repo" && mvn -q -B -DskipTests package) >&2
  fi
}

# Compiles the dev tools into test_classes (Maven offline; quiet when they are up to date). The dev scripts run them
# with the job jar first on the class path, so that credence, its resources and Spark NLP come from the jar.
credence_test_compile() {
  (cd "$repo" && mvn -q -B -o test-compile) >&2
}

# The Java 17 JDK when this machine has it at the Debian path (Hadoop breaks on newer JDKs); else JAVA_HOME as set.
credence_prefer_java17() {
  if [[ -d /usr/lib/jvm/java-17-openjdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
  fi
}

# The labelled development data (never in the repository): CREDENCE_DEV_DIR, else the older name CREDENCE_DEV_DATA,
# else ../shared/dev beside the checkout.
credence_dev_dir() {
  echo "${CREDENCE_DEV_DIR:-${CREDENCE_DEV_DATA:-$repo/../shared/dev}}"
}
