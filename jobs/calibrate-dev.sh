#!/usr/bin/env bash
# Reproduces the shipped default profile (src/main/resources/credence/profiles/default.json) from the development data
# in ../shared/dev, which is not redistributable and therefore not in the repository. Skips cleanly without it.
#
# Outlets: the labelled dev articles grouped into pseudo-outlets of 5 articles within one label, in id order:
#   horne_dev.jsonl       real -> reliable; fake and satire -> unreliable   (Horne & Adali 2017)
#   politifact_dev.jsonl  real -> reliable; fake -> unreliable              (FakeNewsNet, PolitiFact part)
# The converted articles and labels live in a temporary directory that is deleted on exit.
# Usage: jobs/calibrate-dev.sh [--output FILE] [any other `credence calibrate` option]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dev="${CREDENCE_DEV_DATA:-$repo/../shared/dev}"
if [[ ! -f "$dev/horne_dev.jsonl" || ! -f "$dev/politifact_dev.jsonl" ]]; then
  echo "calibrate-dev: no development data at $dev; skipping (the shipped profile is unchanged)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$dev" "$work" <<'PY'
import json, sys, collections
dev, work = sys.argv[1], sys.argv[2]
reliable = {"real": "reliable", "fake": "unreliable", "satire": "unreliable"}
labels = {}
with open(f"{work}/articles.jsonl", "w", encoding="utf-8") as out:
    for name in ("horne", "politifact"):
        rows = [json.loads(l) for l in open(f"{dev}/{name}_dev.jsonl", encoding="utf-8") if l.strip()]
        by_label = collections.defaultdict(list)
        for r in sorted(rows, key=lambda r: r["id"]):
            by_label[r["label"]].append(r)
        for label, group in sorted(by_label.items()):
            for i, r in enumerate(group):
                outlet = f"{name}-{label}-{i // 5 + 1:02d}"
                labels[outlet] = reliable[label]
                r = {k: r.get(k) for k in ("id", "url", "title", "text", "published")}
                r["outlet"] = outlet
                out.write(json.dumps(r) + "\n")
with open(f"{work}/labels.csv", "w", encoding="utf-8") as f:
    f.write("outlet,label\n")
    for outlet, label in sorted(labels.items()):
        f.write(f"{outlet},{label}\n")
PY

output="$repo/src/main/resources/credence/profiles/default.json"
args=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == "--output" ]]; then output="$2"; shift 2; else args+=("$1"); shift; fi
done

# The candidate features: the sourcing structure of README 'Cue families' (named sources, quotes with and without a
# speaker, attributed uncertainty vs unattributed speculation) beside the plain cue families.
features="named_source_cues_per_100_sentences,attributed_quotes_per_100_sentences,orphan_quotes_per_100_sentences"
features+=",unattributed_speculation_per_100_sentences,attributed_uncertainty_per_100_sentences"
features+=",anonymous_source_cues_per_100_sentences,hearsay_cues_per_100_sentences,loaded_cues_per_100_sentences"
features+=",booster_cues_per_100_sentences,uncertainty_cues_per_100_sentences,hedge_cues_per_100_sentences"
features+=",clickbait_cues_per_100_sentences"

"$repo/jobs/credence" calibrate \
  --input "$work/articles.jsonl" \
  --features "$features" \
  --labels "$work/labels.csv" \
  --output "$output" \
  --name default \
  --description "Calibrated by jobs/calibrate-dev.sh on the development data: horne_dev and politifact_dev articles in pseudo-outlets of 5 within a label (real = reliable; fake, satire = unreliable). See README 'Scoring'." \
  "${args[@]}"
