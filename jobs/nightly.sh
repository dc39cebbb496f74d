#!/usr/bin/env bash
# credence nightly: scores one night's articles and commits them into the output directory, then exits with a code
# a scheduler can act on. Usage: jobs/nightly.sh [YYYY-MM-DD]   (default: yesterday in UTC)
#
# Environment:
#   CREDENCE_INPUT        required. The night's input; {date} stands for the night, e.g. /data/in/{date}/*.jsonl.
#                         Without {date}, the night's input is the directory $CREDENCE_INPUT/YYYY-MM-DD.
#   CREDENCE_OUTPUT       required. The output directory (local path, hdfs://, s3a://).
#   CREDENCE_MASTER       optional. Spark master (default: what spark-submit configures, else local[*]).
#   CREDENCE_WINDOW_DAYS  optional. Days of published articles the outlet scores cover (default 30).
#   CREDENCE_ARGS         optional. Further `credence score` options, e.g. "--profile /etc/credence/profile.json".
#
# Exit codes: 0 committed; 1 failure (nothing committed, _runs records the error); 2 bad usage;
#             3 another run holds the output's lock; 4 the night's input is missing or empty;
#             5 the night committed but is empty (no article scored, or no outlet in the window).
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { echo "credence nightly $(date -u +%FT%TZ): $*" >&2; }
usage() {
  say "$*"
  echo "usage: CREDENCE_INPUT=... CREDENCE_OUTPUT=... $0 [YYYY-MM-DD]" >&2
  exit 2
}

[[ $# -le 1 ]] || usage "expected at most one argument, the night's date"
[[ -n "${CREDENCE_INPUT:-}" ]] || usage "CREDENCE_INPUT is not set"
[[ -n "${CREDENCE_OUTPUT:-}" ]] || usage "CREDENCE_OUTPUT is not set"

night="${1:-$(date -u -d yesterday +%F)}"
if [[ ! "$night" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || [[ "$(date -u -d "$night" +%F 2>/dev/null)" != "$night" ]]; then
  usage "'$night' is not a date of the form YYYY-MM-DD"
fi
window="${CREDENCE_WINDOW_DAYS:-30}"
[[ "$window" =~ ^[1-9][0-9]*$ ]] || usage "CREDENCE_WINDOW_DAYS '$window' is not a positive number"

if [[ "$CREDENCE_INPUT" == *"{date}"* ]]; then
  input="${CREDENCE_INPUT//\{date\}/$night}"
else
  input="${CREDENCE_INPUT%/}/$night"
fi

say "scoring $night: input $input, output $CREDENCE_OUTPUT, window $window days"
args=(score --input "$input" --output "$CREDENCE_OUTPUT" --run-date "$night" --window-days "$window")
# The master goes to spark-submit (before the subcommand): spark-submit always sets spark.master, so a master given to
# `score` itself would be ignored.
if [[ -n "${CREDENCE_MASTER:-}" ]]; then
  args=(--master "$CREDENCE_MASTER" "${args[@]}")
fi
# shellcheck disable=SC2206 # CREDENCE_ARGS is a list of options, split on spaces
extra=(${CREDENCE_ARGS:-})

"$repo/jobs/credence" "${args[@]}" "${extra[@]}"
rc=$?
case $rc in
  0) say "$night committed" ;;
  2) say "$night: bad usage (see the message above)" ;;
  3) say "$night: another run holds the lock of $CREDENCE_OUTPUT; nothing was done" ;;
  4) say "$night: input missing; nothing was done" ;;
  5) say "$night committed but EMPTY: no article scored or no outlet in the window (see the warning above and $CREDENCE_OUTPUT/rejected)" ;;
  *) say "$night failed with exit code $rc; nothing was committed, see $CREDENCE_OUTPUT/_runs"; rc=1 ;;
esac
exit $rc
