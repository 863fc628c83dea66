"""PySpark helpers: clean a DataFrame column of HTML with ``mapInArrow``,
or an RDD of rows with ``mapPartitions``.

Needs ``pyspark`` (3.5 or newer; ``mapInArrow`` came in 3.3) and
``pyarrow`` on the executors. Nothing here imports pyspark itself: the
functions run inside the Python workers, and the schema is a DDL string.

With ``mapInArrow`` (pages never become Python objects)::

    from pyspark.sql import SparkSession
    from zhclean.spark import clean_arrow_batches, output_schema

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = spark.read.json("pages.jsonl")          # columns url, html
    out = df.mapInArrow(
        clean_arrow_batches(html_column="html", keep=["url"]),
        output_schema(keep="url string"),
    )
    out.select("url", "title", "verdict", "spam").write.parquet("clean/")

With ``mapPartitions`` (rows in, dicts out)::

    from zhclean.spark import clean_partition
    records = df.rdd.mapPartitions(clean_partition(html_column="html",
                                                   source_column="url"))

Each Python worker cleans with one thread (``threads=1``): Spark runs one
worker per core already. A null or unreadable page gives a row with
``error`` set; no row is dropped.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence

import zhclean

RECORD_DDL = (
    "source string, encoding string, kind string, title string, published string, "
    "author string, origin string, canonical string, body array<string>, "
    "spam array<struct<text: string, `where`: string, score: double, "
    "reasons: array<struct<rule: string, weight: double, detail: string>>>>, "
    "verdict string, "
    "stats struct<blocks: bigint, body_blocks: bigint, spam_blocks: bigint, "
    "boilerplate_blocks: bigint>, "
    "error string, truncated string"
)
"""The record (:data:`zhclean.arrow.SCHEMA`) as a Spark DDL schema."""


def output_schema(keep: str = "") -> str:
    """The DDL schema of :func:`clean_arrow_batches`' output: the columns
    kept from the input (their DDL, e.g. ``"url string"``), then the
    record's columns."""
    return f"{keep}, {RECORD_DDL}" if keep.strip() else RECORD_DDL


# One cleaner per Python worker process and settings: Spark may reuse a
# worker for many tasks, and building the lexicon automaton per batch
# would be waste.
_CLEANERS: Dict[Any, "zhclean.Cleaner"] = {}


def _cleaner(threshold: Optional[float], lexicon: Optional[str]) -> "zhclean.Cleaner":
    key = (threshold, lexicon)
    c = _CLEANERS.get(key)
    if c is None:
        c = _CLEANERS[key] = zhclean.Cleaner(threshold=threshold, lexicon=lexicon)
    return c


def _lexicon_text(lexicon: Any) -> Optional[str]:
    # Read a lexicon file on the driver, where the path makes sense; the
    # text travels with the closure.
    from zhclean import _lexicon_text as read

    return read(lexicon)


def clean_arrow_batches(
    html_column: str = "html",
    keep: Sequence[str] = (),
    source_column: Optional[str] = None,
    threshold: Optional[float] = None,
    lexicon: Any = None,
    threads: Optional[int] = 1,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function for ``DataFrame.mapInArrow``: cleans ``html_column``
    (string or binary) of each Arrow batch into the record's columns, with
    the ``keep`` columns of the input in front. Pair it with
    :func:`output_schema`, naming the kept columns' types.

    ``source_column`` fills the record's ``source`` (e.g. ``"url"``).
    """
    lex = _lexicon_text(lexicon)
    keep = list(keep)

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        cleaner = _cleaner(threshold, lex)
        for batch in batches:
            if batch.num_rows == 0:
                continue
            pages = batch.column(html_column)
            sources = batch.column(source_column) if source_column else None
            out = cleaner.clean_arrow(pages, sources=sources, threads=threads)
            cols = [batch.column(k) for k in keep] + out.columns
            names = keep + out.schema.names
            yield pa.RecordBatch.from_arrays(cols, names=names)

    return run


def clean_partition(
    html_column: str = "html",
    source_column: Optional[str] = None,
    threshold: Optional[float] = None,
    lexicon: Any = None,
    batch_size: int = 64,
    threads: Optional[int] = 1,
) -> Callable[[Iterable[Any]], Iterator[Dict[str, Any]]]:
    """A function for ``RDD.mapPartitions``: takes rows (``Row``, dict,
    or a plain str/bytes page) and yields one record dict per row, in
    order, cleaned ``batch_size`` at a time. With ``source_column`` the
    record's ``source`` is that column's value."""
    lex = _lexicon_text(lexicon)

    def field(row: Any, name: str) -> Any:
        if isinstance(row, (str, bytes, bytearray)) or row is None:
            return row if name == html_column else None
        if isinstance(row, dict):
            return row.get(name)
        return row[name]

    def run(rows: Iterable[Any]) -> Iterator[Dict[str, Any]]:
        cleaner = _cleaner(threshold, lex)
        batch: List[Any] = []

        def flush() -> List[Dict[str, Any]]:
            pages = [field(r, html_column) for r in batch]
            sources = [field(r, source_column) for r in batch] if source_column else None
            return cleaner.clean_batch(pages, threads=threads, sources=sources)

        for row in rows:
            batch.append(row)
            if len(batch) == batch_size:
                yield from flush()
                batch = []
        if batch:
            yield from flush()

    return run
