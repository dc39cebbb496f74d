"""Readers for credence's documented output contract (jobs/README.md, "Output contract"), shared by the notebooks.

Only the contract is used: the Parquet tables under the output directory, partitioned by ``run_date``, and the run
history in ``_runs/`` (a Parquet table, or the JSON run manifests of older outputs). Columns that later versions add are picked up
when present; readers of older outputs get them as missing, never an error.
"""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

TABLES = ("article_features", "outlet_scores", "cue_evidence", "rejected")

# Columns every run history row is normalised to (manifests and a Parquet _runs table alike).
RUN_COLUMNS = ("run_date", "status", "started", "finished", "read", "scored", "rejected", "version",
               "profile_sha256", "input")

RATE_SUFFIX = "_per_100_sentences"

# Curly apostrophes and quotes fold to straight ones when a cue is looked up in its sentence (same length).
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def check_output(output: Path) -> Path:
    """Returns the output directory as an absolute path, or raises an error that says how to produce one."""
    output = Path(output).expanduser().resolve()
    if not (output / "outlet_scores").is_dir():
        raise FileNotFoundError(
            f"{output} has no outlet_scores/ table, so it is not a credence output directory. Produce one with "
            "`jobs/credence score --input data/sample --output out --run-date 2022-07-15` from the repository root, or set "
            "CREDENCE_OUTPUT to the --output of a run.")
    return output


def _data_files(root: Path) -> list[Path]:
    """Parquet files under root, skipping Spark's hidden and underscore entries (_SUCCESS, _staging, .crc)."""
    files = []
    for path in sorted(root.rglob("*.parquet")):
        parts = path.relative_to(root).parts
        if not any(part.startswith(("_", ".")) for part in parts):
            files.append(path)
    return files


def read_parquet_dir(root: Path) -> pd.DataFrame:
    """Reads a Hive-partitioned Parquet directory with the union of every file's columns.

    Nights written by different versions may carry different columns; a column missing from a night reads as null.
    Partition keys (``run_date=…``) become string columns.
    """
    files = _data_files(root)
    if not files:
        return pd.DataFrame()
    partitioning = ds.HivePartitioning.discover(infer_dictionary=False)
    dataset = ds.dataset([str(f) for f in files], format="parquet", partitioning=partitioning,
                         partition_base_dir=str(root))
    schema = pa.unify_schemas([dataset.schema] + [frag.physical_schema for frag in dataset.get_fragments()],
                              promote_options="permissive")
    dataset = ds.dataset([str(f) for f in files], format="parquet", partitioning=partitioning,
                         partition_base_dir=str(root), schema=schema)
    frame = dataset.to_table().to_pandas()
    for key in ("run_date", "published_date"):
        if key in frame.columns:
            frame[key] = frame[key].astype("string")
    return frame


def read_table(output: Path, name: str) -> pd.DataFrame:
    """One of the contract's tables (all nights), or an empty frame when the table is absent."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; the contract has {', '.join(TABLES)}")
    return read_parquet_dir(Path(output) / name)


def latest(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of the most recent run_date (all rows when the frame has no run_date)."""
    if frame.empty or "run_date" not in frame.columns:
        return frame
    return frame[frame["run_date"] == frame["run_date"].max()].copy()


def for_run(frame: pd.DataFrame, run_date) -> pd.DataFrame:
    """The rows written by one run_date; a frame without a run_date column (or without rows) is returned whole."""
    if frame.empty or "run_date" not in frame.columns or run_date is None:
        return frame
    return frame[frame["run_date"] == run_date].copy()


def outlet_window(features_all: pd.DataFrame, evidence_all: pd.DataFrame, outlet: str, run_date: str,
                  window_start=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles and cue evidence behind one outlet's score on night ``run_date``.

    With ``window_start`` (outputs with rolling windows): the outlet's articles published from window_start to
    run_date, each in its latest delivery up to run_date. Without it: the articles that run itself scored.
    """
    if features_all.empty or "outlet" not in features_all.columns:
        return features_all, evidence_all
    articles = features_all[features_all["outlet"] == outlet]
    if window_start is None or pd.isna(window_start) or "published" not in articles.columns:
        articles = for_run(articles, run_date)
    else:
        published = pd.to_datetime(articles["published"])
        articles = articles[(published >= pd.Timestamp(window_start)) & (published <= pd.Timestamp(run_date))
                            & (articles["run_date"] <= run_date)]
        articles = articles.sort_values("run_date").drop_duplicates("id", keep="last")
    if evidence_all.empty:
        return articles, evidence_all
    keys = articles[["id", "run_date"]] if "run_date" in evidence_all.columns else articles[["id"]]
    evidence = evidence_all[evidence_all["outlet"] == outlet].merge(keys.drop_duplicates(), how="inner")
    return articles, evidence


def _first_present(frame: pd.DataFrame, names: tuple[str, ...]):
    for name in names:
        if name in frame.columns:
            return frame[name]
    return pd.Series([pd.NA] * len(frame), index=frame.index, dtype="object")


def _normalise_runs(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """Maps manifest-style or table-style run rows onto RUN_COLUMNS (extra columns are kept)."""
    frame = frame.copy()
    if "counts" in frame.columns:  # a nested counts struct / dict
        counts = pd.json_normalize([c if isinstance(c, dict) else {} for c in frame["counts"]])
        counts.index = frame.index
        for key in counts.columns:
            frame[f"counts_{key}"] = counts[key]
        frame = frame.drop(columns=["counts"])
    aliases = {
        "read": ("read", "counts_read", "records_read", "read_count"),
        "scored": ("scored", "counts_scored", "records_scored", "scored_count"),
        "rejected": ("rejected", "counts_rejected", "records_rejected", "rejected_count"),
        "profile_sha256": ("profile_sha256", "profile_hash"),
        "input": ("input", "input_paths", "inputs"),
    }
    for column, names in aliases.items():
        frame[column] = _first_present(frame, names)
    for column in RUN_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.NA
    frame["input"] = frame["input"].map(
        lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) or hasattr(v, "tolist") else v)
    frame["history_source"] = source
    ordered = list(RUN_COLUMNS) + [c for c in frame.columns if c not in RUN_COLUMNS]
    return frame[ordered]


def read_runs(output: Path) -> pd.DataFrame:
    """The run history: one row per recorded run attempt.

    From the Parquet ``_runs`` table when the output has one; otherwise from the JSON run manifests
    (``_runs/<run_date>.json`` of the first release, ``_runs/_manifests/<run_date>.json`` after it).
    """
    runs_dir = Path(output) / "_runs"
    table = read_parquet_dir(runs_dir) if runs_dir.is_dir() else pd.DataFrame()
    if not table.empty:
        runs = _normalise_runs(table, "parquet")
    else:
        manifests = []
        for path in sorted([*runs_dir.glob("*.json"), *runs_dir.glob("_manifests/*.json")]):
            if path.name.startswith((".", "_")):
                continue
            manifest = json.loads(path.read_text(encoding="utf-8"))
            manifest.setdefault("run_date", path.stem)
            manifests.append(manifest)
        if not manifests:
            return pd.DataFrame(columns=list(RUN_COLUMNS) + ["history_source"])
        runs = _normalise_runs(pd.DataFrame(manifests), "json")
    runs["run_date"] = runs["run_date"].astype("string")
    runs["started"] = pd.to_datetime(runs["started"], utc=True, errors="coerce")
    runs["finished"] = pd.to_datetime(runs["finished"], utc=True, errors="coerce")
    for column in ("read", "scored", "rejected"):
        runs[column] = pd.to_numeric(runs[column], errors="coerce").astype("Int64")
    return runs.sort_values(["run_date", "started"], na_position="first").reset_index(drop=True)


def rate_features(outlet_scores: pd.DataFrame) -> list[str]:
    """Feature names with a per-100-sentence outlet mean (``mean_<feature>_per_100_sentences``), in table order."""
    pattern = re.compile(r"^mean_(.+)" + re.escape(RATE_SUFFIX) + "$")
    return [m.group(1) for c in outlet_scores.columns if (m := pattern.match(c))]


def label(feature: str) -> str:
    """A readable label for a feature or category name: ``anonymous_source_cues`` → ``anonymous source cues``."""
    return feature.replace("_", " ")


def has_values(frame: pd.DataFrame, *columns: str) -> bool:
    """True when every column exists and at least one row has all of them non-null."""
    return all(c in frame.columns for c in columns) and bool(frame[list(columns)].notna().all(axis=1).any())


def note(text: str) -> None:
    """Prints a short, wrapped note for the reader (used when an optional column or several nights are absent)."""
    print(textwrap.fill("Note: " + text, width=110))


def highlight(sentence: str, cue: str, width: int = 170) -> str:
    """The sentence shortened to about ``width`` characters around the cue, with the cue marked «like this»."""
    text = " ".join(str(sentence).split())
    folded = text.lower().translate(_FOLD)
    cue = " ".join(str(cue).split())
    at = folded.find(cue.lower().translate(_FOLD))
    if at < 0 or len(cue) >= 60:  # quotes are recorded by their first 60 characters: show the sentence as is
        return text if len(text) <= width else text[: width - 1] + "…"
    end = at + len(cue)
    marked = text[:at] + "«" + text[at:end] + "»" + text[end:]
    if len(marked) <= width:
        return marked
    start = max(0, min(at - width // 3, len(marked) - width))
    snippet = marked[start:start + width]
    return ("…" if start > 0 else "") + snippet + ("…" if start + width < len(marked) else "")


def save_figure(fig, figures: Path, name: str) -> Path:
    """Saves a figure as ``<figures>/<name>.png`` (reproducible bytes: no timestamp metadata) and returns the path."""
    figures = Path(figures)
    figures.mkdir(parents=True, exist_ok=True)
    path = figures / f"{name}.png"
    fig.savefig(path, dpi=100, bbox_inches="tight", metadata={"Software": None})
    print(f"saved {path.name}")
    return path
