"""credence nightly as an Airflow DAG (an example to adapt; CI only compiles it).

One task per night: `credence score` for the DAG run's logical date ({{ ds }}, the day whose articles arrived), with
spark-submit through the apache-spark provider's SparkSubmitOperator. `catchup=True` makes Airflow run missed
nights in date order, which is what `credence backfill` does by hand; `max_active_runs=1` keeps one night at a time
(the job also holds a lock on the output and exits 3 if another run has it). Exit 4 (input not there yet) and 3
(locked) are worth a retry, so the task retries a few times before failing.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

CREDENCE_JAR = "/opt/credence/target/credence-0.1.0-job.jar"
INPUT_PATTERN = "/data/credence/in/{date}/*.jsonl"
OUTPUT = "/data/credence/out"
WINDOW_DAYS = "30"

# Spark on Java 17 needs these; jobs/java17-opens.txt in the repository has the same list.
JAVA17_OPENS = " ".join(
    "--add-opens=java.base/" + pkg + "=ALL-UNNAMED"
    for pkg in (
        "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
        "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs", "sun.security.action",
        "sun.util.calendar",
    )
) + " -Djdk.reflect.useDirectMethodHandle=false"

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
    score = SparkSubmitOperator(
        task_id="score",
        conn_id="spark_default",
        application=CREDENCE_JAR,
        java_class="io.credence.cli.CredenceCli",
        name="credence-{{ ds }}",
        application_args=[
            "score",
            "--input", INPUT_PATTERN.replace("{date}", "{{ ds }}"),
            "--output", OUTPUT,
            "--run-date", "{{ ds }}",
            "--window-days", WINDOW_DAYS,
        ],
        conf={
            "spark.driver.extraJavaOptions": JAVA17_OPENS,
            "spark.executor.extraJavaOptions": JAVA17_OPENS,
        },
    )
