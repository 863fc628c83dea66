"""Ray Data with num_cpus=2: the fixture read as text lines, parsed
tolerantly, cleaned by zhclean.ray.CleanBatch in two actors and, as a
plain function, in tasks."""

from __future__ import annotations

import os

import pytest

from conftest import report, require_engine, timed

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def ray_session(tmp_path_factory):
    ray = require_engine("ray")
    import ray.data  # noqa: F401

    # Ray's workers import this module (parse_lines) and fixtures.py by
    # name; they inherit the environment of the cluster ray.init starts.
    tests = os.path.dirname(os.path.abspath(__file__))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (tests, os.environ.get("PYTHONPATH")) if p
    )
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        object_store_memory=1 << 30,
        _temp_dir=str(tmp_path_factory.mktemp("ray")),
    )
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    # Start the workers and import the wheel in them before any test times
    # a job.
    ray.data.range(4, override_num_blocks=2).map_batches(
        lambda b: {"n": [len(__import__("zhclean").Cleaner().clean(b"<p>x</p>")["body"])] * len(b["id"])},
    ).take_all()
    yield ray
    ray.shutdown()


def parse_lines(batch):
    """Text lines -> url, html; a line that is not JSON gets nulls (what
    Spark's PERMISSIVE reader does), so that it is not lost."""
    import pyarrow as pa

    import fixtures

    urls, htmls = [], []
    for i, line in enumerate(batch.column("text").to_pylist()):
        url, html = fixtures.parse_line(i, line)
        urls.append(url)
        htmls.append(html)
    return pa.table({"url": pa.array(urls, pa.string()), "html": pa.array(htmls, pa.string())})


def dataset(ray, path):
    # Several blocks, so that both actors get work. Materialised before
    # cleaning: with two CPUs, two cleaning actors would hold both and the
    # read tasks feeding them would never get one (Ray Data waits forever
    # then), and it keeps the read out of the timing.
    return (
        ray.data.read_text(str(path), override_num_blocks=6)
        .map_batches(parse_lines, batch_format="pyarrow", batch_size=128)
        .materialize()
    )


def count_spam(batch):
    import pyarrow.compute as pc

    n = pc.fill_null(pc.list_value_length(batch.column("spam")), 0)
    return batch.select(["url", "source", "error"]).append_column("n_spam", n)


def collect(ds):
    # Count in the workers, so that the driver does not turn every nested
    # record into Python objects (that would time the driver).
    rows = ds.map_batches(count_spam, batch_format="pyarrow").take_all()
    return [(r["url"], r["n_spam"], r["error"]) for r in rows], rows


def test_ray_map_batches_actors(ray_session, fixture_file, reference):
    from zhclean.ray import CleanBatch

    ds = dataset(ray_session, fixture_file).map_batches(
        CleanBatch,
        fn_constructor_kwargs={"html_column": "html", "keep": ["url"], "source_column": "url"},
        batch_format="pyarrow",
        batch_size=64,
        concurrency=2,
    )
    (got, rows), seconds = timed(lambda: collect(ds))
    reference.check(got, "ray map_batches (actors)")
    assert all(r["source"] == r["url"] for r in rows)
    report("ray num_cpus=2 map_batches actors (wheel)", len(got), seconds, 2)


def test_ray_map_batches_tasks(ray_session, fixture_file, reference):
    from zhclean.ray import CleanBatch

    ds = dataset(ray_session, fixture_file).map_batches(
        CleanBatch(html_column="html", source_column="url"),
        batch_format="pyarrow",
        batch_size=64,
    )
    (got, _), seconds = timed(lambda: collect(ds))
    reference.check(got, "ray map_batches (tasks)")
    report("ray num_cpus=2 map_batches tasks (wheel)", len(got), seconds, 2)
