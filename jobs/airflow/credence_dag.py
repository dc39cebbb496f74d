"""credence nightly as an Airflow DAG (an example to adapt; CI only compiles it).

One task per night: `jobs/nightly.sh` for the DAG run's logical date ({{ ds }}, the day whose articles arrived), which
runs `credence score` through spark-submit (`jobs/credence`; set CREDENCE_MASTER, or spark-defaults, for the
cluster). `catchup=True` makes Airflow run missed nights in date order, which is what `credence backfill` does by
hand; `max_active_runs=1` keeps one night at a time (the job also holds a lock on the output and exits 3 if another
run has it). Exit 4 (input not there yet) and 3 (locked) are worth a retry, so the task retries a few times before
failing; so does exit 1 (a failed night commits nothing, so rerunning it is safe).

Exit 5 is an empty night: it committed, but scored no article or left no outlet in the window. Retrying would only
repeat it, so `score` treats 5 as done and the `check_not_empty` task after it reads the night's manifest and fails,
without retries, when the night is empty: the DAG run turns red on the night that needs a look. (SparkSubmitOperator,
used here before, cannot tell exit codes apart.)
"""

import json
import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowFailException
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

CREDENCE_HOME = "/opt/credence"
INPUT_PATTERN = "/data/credence/in/{date}/*.jsonl"
OUTPUT = "/data/credence/out"
WINDOW_DAYS = "30"
EXIT_EMPTY = 5


def check_not_empty(ds, **_):
    """Fails (no retry) when the night committed empty, which `credence score` reports with exit code 5."""
    with open(os.path.join(OUTPUT, "_runs", "_manifests", ds + ".json"), encoding="utf-8") as f:
        manifest = json.load(f)
    counts = manifest["counts"]
    if counts["scored"] == 0 or manifest["outlets"] == 0:
        raise AirflowFailException(
            "credence night %s is committed but empty: scored %d of %d records, %d outlets in the window; "
            "rejected by reason: %s"
            % (ds, counts["scored"], counts["read"], manifest["outlets"], manifest["rejected_by_reason"])
        )


with DAG(
    dag_id="credence_nightly",
    description="Score yesterday's articles and update the rolling outlet scores",
    start_date=datetime(2024, 1, 1),
    schedule="30 3 * * *",
    catchup=True,
    max_active_runs=1,
    default_args={
        "owner": "data",
        "retries": 3,
        "retry_delay": timedelta(minutes=30),
    },
    tags=["credence"],
) as dag:
    score = BashOperator(
        task_id="score",
        # Exit 5 (committed but empty) is done for this task; check_not_empty reports it.
        bash_command=CREDENCE_HOME + "/jobs/nightly.sh {{ ds }}; rc=$?; "
        "if [ $rc -eq %d ]; then exit 0; fi; exit $rc" % EXIT_EMPTY,
        env={
            "CREDENCE_INPUT": INPUT_PATTERN,
            "CREDENCE_OUTPUT": OUTPUT,
            "CREDENCE_WINDOW_DAYS": WINDOW_DAYS,
        },
        append_env=True,
    )

    not_empty = PythonOperator(task_id="check_not_empty", python_callable=check_not_empty, retries=0)

    score >> not_empty
