#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless against a credence output directory and fails on any cell error.
#
#   notebooks/run_notebooks.sh [--output DIR] [--build DIR] [--publish]
#   notebooks/run_notebooks.sh --clear
#
#   --output DIR  the `credence score --output` to analyse (default: $CREDENCE_OUTPUT, else the sample run's out/)
#   --build DIR   where the executed notebooks and figures/*.png go (default: target/notebooks, ignored by git)
#   --publish     also copy the PNGs into notebooks/figures/ (the committed figures of the README's sample run)
#   --clear       only strip outputs, execution counts and run metadata from notebooks/*.ipynb (before a commit)
#
# The virtual environment is notebooks/.venv (ignored by git; override with CREDENCE_NOTEBOOK_VENV); it is created
# on first use and reinstalled from notebooks/requirements.txt whenever that file changes.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
output="${CREDENCE_OUTPUT:-$repo/out}"
build="$repo/target/notebooks"
publish=false
clear=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    --output) output="${2:?--output needs a directory}"; shift 2 ;;
    --build) build="${2:?--build needs a directory}"; shift 2 ;;
    --publish) publish=true; shift ;;
    --clear) clear=true; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_notebooks.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if ! $clear && [[ ! -d "$output/outlet_scores" ]]; then
  echo "run_notebooks.sh: '$output' has no outlet_scores/; run 'jobs/credence score --input data/sample --output out --run-date 2022-07-15'" \
       "first or pass --output DIR" >&2
  exit 2
fi

venv="${CREDENCE_NOTEBOOK_VENV:-$here/.venv}"
stamp="$venv/.requirements.sha256"
wanted="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/jupyter" || ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "== notebooks: installing notebooks/requirements.txt into $venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
  echo "$wanted" > "$stamp"
fi

# Committed notebooks carry no outputs, execution counts or run metadata, so their diffs stay readable.
"$venv/bin/python" - "$clear" "$here"/*.ipynb <<'PY'
import sys
import nbformat

clear, paths = sys.argv[1] == "true", sys.argv[2:]
dirty = []
for path in paths:
    notebook = nbformat.read(path, as_version=4)
    before = nbformat.writes(notebook)
    for cell in notebook.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    notebook.metadata = {"kernelspec": notebook.metadata.get("kernelspec", {}), "language_info": {"name": "python"}}
    if nbformat.writes(notebook) != before:
        dirty.append(path)
        if clear:
            nbformat.write(notebook, path)
if clear:
    print("cleared: " + (", ".join(dirty) or "nothing to clear"))
elif dirty:
    sys.exit("run_notebooks.sh: " + ", ".join(dirty) + " still carry outputs or run metadata; "
             "run notebooks/run_notebooks.sh --clear before committing")
PY
if $clear; then exit 0; fi

output="$(cd "$output" && pwd)"
rm -rf "$build"
mkdir -p "$build/figures"
build="$(cd "$build" && pwd)"
for notebook in "$here"/*.ipynb; do
  echo "== notebooks: executing $(basename "$notebook") against $output"
  CREDENCE_OUTPUT="$output" CREDENCE_FIGURES="$build/figures" \
    "$venv/bin/jupyter" nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
    --output-dir "$build" "$notebook"
done

shopt -s nullglob
figures=("$build"/figures/*.png)
if [[ ${#figures[@]} -eq 0 ]]; then
  echo "run_notebooks.sh: the notebooks saved no figure under $build/figures" >&2
  exit 1
fi
echo "== notebooks: ${#figures[@]} figures in $build/figures:"
for figure in "${figures[@]}"; do echo "   $(basename "$figure") ($(du -k "$figure" | cut -f1) KB)"; done

if $publish; then
  mkdir -p "$here/figures"
  rm -f "$here"/figures/*.png
  cp "${figures[@]}" "$here/figures/"
  echo "== notebooks: copied the figures into notebooks/figures/"
fi
