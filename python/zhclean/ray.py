"""Ray Data: a ``map_batches`` callable that cleans a column of HTML.

Needs ``ray[data]`` and ``pyarrow``. :class:`CleanBatch` takes pyarrow
batches (``batch_format="pyarrow"``) and returns them with the record's
columns (:data:`zhclean.arrow.SCHEMA`) after the kept input columns.

A complete example::

    import ray
    from zhclean.ray import CleanBatch

    ray.init(num_cpus=2)
    ds = ray.data.read_json("pages.jsonl")            # columns url, html
    out = ds.map_batches(
        CleanBatch,
        fn_constructor_kwargs={"html_column": "html", "keep": ["url"],
                               "source_column": "url"},
        batch_format="pyarrow",
        batch_size=64,
        concurrency=2,   # actors: one per core, each builds one Cleaner
    )
    out.write_parquet("clean/")

As a class, it runs in actors that each build the cleaner once. It also
works as a plain function, ``ds.map_batches(CleanBatch(...),
batch_format="pyarrow")``, in Ray tasks (the instance pickles). Each call
cleans with one thread (``threads=1``); Ray already runs one task or
actor per CPU.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

import pyarrow as pa

import zhclean


class CleanBatch:
    """Cleans ``html_column`` of a pyarrow batch (Table or RecordBatch);
    returns a Table with the ``keep`` columns then the record's columns.
    A null page gives a row with ``error`` set: rows in = rows out.

    Args:
        html_column: the column of pages (string or binary).
        keep: input columns to carry over (e.g. ``["url"]``); None keeps
            every input column but ``html_column``.
        source_column: fills the record's ``source``.
        threshold, lexicon: as for :class:`zhclean.Cleaner`.
        threads: threads per batch (default 1).
    """

    def __init__(
        self,
        html_column: str = "html",
        keep: Optional[Sequence[str]] = None,
        source_column: Optional[str] = None,
        threshold: Optional[float] = None,
        lexicon: Any = None,
        threads: Optional[int] = 1,
    ) -> None:
        self.html_column = html_column
        self.keep = None if keep is None else list(keep)
        self.source_column = source_column
        self.threads = threads
        self.cleaner = zhclean.Cleaner(threshold=threshold, lexicon=lexicon)

    def __call__(self, batch: Any) -> pa.Table:
        if isinstance(batch, pa.RecordBatch):
            batch = pa.Table.from_batches([batch])
        if not isinstance(batch, pa.Table):
            raise TypeError(
                "CleanBatch takes pyarrow batches: pass batch_format='pyarrow' "
                f"to map_batches (got {type(batch).__name__})"
            )
        pages = batch.column(self.html_column)
        sources = batch.column(self.source_column) if self.source_column else None
        out = self.cleaner.clean_arrow(pages, sources=sources, threads=self.threads)
        keep = self.keep
        if keep is None:
            keep = [n for n in batch.column_names if n != self.html_column]
        # A kept column named like a record column would be ambiguous.
        clash = set(keep) & set(out.schema.names)
        if clash:
            raise ValueError(
                f"kept columns {sorted(clash)} clash with the record's columns"
            )
        cols = [batch.column(k) for k in keep] + list(out.columns)
        return pa.Table.from_arrays(cols, names=keep + out.schema.names)
