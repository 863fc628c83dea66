"""PySpark local[2]: mapInArrow through the wheel, mapPartitions through
the wheel, and rdd.pipe through the Rust CLI (`zhclean clean
--jsonl-in`), on the fixture. PYSPARK_PYTHON is this interpreter, so the
executors' Python workers import the same installed wheel."""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import cli_has_jsonl_in, cli_path, report, require_engine, timed

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    require_engine("pyspark")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("zhclean-e2e")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .config("spark.sql.shuffle.partitions", "4")
        # Several partitions from one small file, so that the work is
        # really split, and the malformed line lands inside one of them.
        .config("spark.sql.files.maxPartitionBytes", str(2 << 20))
        # Arrow batches of 1,000 rows: with 64 Spark spent more time
        # handing batches over than cleaning them (measured: 3.1 s against
        # 0.8 s for 10,000 rows through an identity function).
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        .config("spark.local.dir", str(tmp_path_factory.mktemp("spark")))
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    # Start the Python workers (and import the wheel in them) before any
    # test times a job.
    session.sparkContext.parallelize(range(4), 2).map(
        lambda x: __import__("zhclean").Cleaner().clean(b"<p>x</p>")["error"]
    ).collect()
    # And the Arrow path: its workers import pyarrow and pandas on first
    # use, which took seconds, and the JVM's Arrow writers warm up.
    session.range(64, numPartitions=2).mapInArrow(lambda it: it, "id long").collect()
    yield session
    session.stop()


def read_fixture(spark, path):
    # PERMISSIVE (the default): a line that is not JSON becomes a row of
    # nulls with the line in _corrupt_record, rather than failing the job.
    return spark.read.json(
        str(path),
        schema="url string, html string, _corrupt_record string",
        mode="PERMISSIVE",
        columnNameOfCorruptRecord="_corrupt_record",
    )


def test_spark_map_in_arrow(spark, fixture_file, reference):
    from zhclean.spark import clean_arrow_batches, output_schema

    df = read_fixture(spark, fixture_file)
    assert df.rdd.getNumPartitions() >= 2
    out = df.mapInArrow(
        clean_arrow_batches(html_column="html", keep=["url"], source_column="url"),
        output_schema(keep="url string"),
    )
    # Counting in Spark: the job is the same, and the driver does not turn
    # ten thousand nested records into Python Rows, which would time the
    # driver rather than the executors.
    rows, seconds = timed(
        lambda: out.selectExpr("url", "source", "size(spam) as n_spam", "error").collect()
    )
    got = [(r.url, r.n_spam, r.error) for r in rows]
    reference.check(got, "spark mapInArrow")
    assert all(r.source == r.url for r in rows)
    report("spark local[2] mapInArrow (wheel)", len(rows), seconds, 2)


def test_spark_map_partitions(spark, fixture_file, reference):
    from zhclean.spark import clean_partition

    df = read_fixture(spark, fixture_file)
    recs, seconds = timed(
        lambda: df.rdd.mapPartitions(clean_partition(html_column="html", source_column="url"))
        .map(lambda r: (r["source"], len(r["spam"]), r["error"]))
        .collect()
    )
    reference.check(recs, "spark mapPartitions")
    report("spark local[2] mapPartitions (wheel)", len(recs), seconds, 2)


def test_spark_rdd_pipe_cli(spark, fixture_file, reference):
    cli = cli_path()
    if cli is None:
        if os.environ.get("ZHCLEAN_REQUIRE_ENGINES") == "1":
            pytest.fail("the Rust CLI is not built (cargo build --release --example zhclean)")
        pytest.skip("the Rust CLI is not built")
    if not cli_has_jsonl_in(cli):
        pytest.skip(f"{cli} has no `clean --jsonl-in` yet")
    sc = spark.sparkContext
    lines = sc.textFile(str(fixture_file), minPartitions=4)
    assert lines.getNumPartitions() >= 2
    # One CLI process per partition, one thread each: Spark already runs
    # a task per core.
    out, seconds = timed(lambda: lines.pipe(f"{cli} clean --jsonl-in -j 1").collect())
    recs = [json.loads(line) for line in out]
    urls = {u for u in reference.urls}
    got = []
    for r in recs:
        # An error record's source names the line, not a url.
        src = r["source"] if r["source"] in urls else None
        got.append((src, len(r["spam"]), r["error"]))
    reference.check(got, "spark rdd.pipe CLI")
    report("spark local[2] rdd.pipe (CLI --jsonl-in)", len(recs), seconds, 2)
