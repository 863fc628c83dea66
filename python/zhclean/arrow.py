"""Arrow in and out: the schema of a record and :func:`clean_arrow`.

Needs ``pyarrow`` (14 or newer). This is what the Spark ``mapInArrow``
and Ray ``map_batches(batch_format="pyarrow")`` adapters run on.

>>> import pyarrow as pa, zhclean
>>> batch = zhclean.Cleaner().clean_arrow(
...     pa.array(["<h1>标题</h1><p>正文第一段，讲述事情的经过。</p>", None]))
>>> batch.num_rows, batch.column("error")[1].as_py()
(2, 'no page: the input was None (null)')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence, Union

import pyarrow as pa
import pyarrow.json as pajson

if TYPE_CHECKING:  # pragma: no cover
    from zhclean import Cleaner

REASON = pa.struct(
    [
        pa.field("rule", pa.string()),
        pa.field("weight", pa.float64()),
        pa.field("detail", pa.string()),
    ]
)
"""One rule that fired: ``rule``, ``weight``, ``detail``."""

SPAM = pa.struct(
    [
        pa.field("text", pa.string()),
        pa.field("where", pa.string()),
        pa.field("score", pa.float64()),
        pa.field("reasons", pa.list_(REASON)),
    ]
)
"""One removed spam block: ``text``, ``where``, ``score``, ``reasons``."""

STATS = pa.struct(
    [
        pa.field("blocks", pa.int64()),
        pa.field("body_blocks", pa.int64()),
        pa.field("spam_blocks", pa.int64()),
        pa.field("boilerplate_blocks", pa.int64()),
    ]
)
"""Counts of blocks by role."""

SCHEMA = pa.schema(
    [
        pa.field("source", pa.string()),
        pa.field("encoding", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("title", pa.string()),
        pa.field("published", pa.string()),
        pa.field("author", pa.string()),
        pa.field("origin", pa.string()),
        pa.field("canonical", pa.string()),
        pa.field("body", pa.list_(pa.string())),
        pa.field("spam", pa.list_(SPAM)),
        pa.field("verdict", pa.string()),
        pa.field("stats", STATS),
        pa.field("error", pa.string()),
        pa.field("truncated", pa.string()),
    ]
)
"""The JSON contract of a record as an Arrow schema (scores as float64).
Fields the JSON leaves out when empty (:data:`OPTIONAL_FIELDS`) are null
here."""

OPTIONAL_FIELDS = frozenset({"truncated", "canonical", "verdict"})
"""Fields that a record's JSON (and so ``clean``'s dict) only has when
set: ``truncated``, the limit a page crossed when it was cleaned in part;
``canonical``, the page's own canonical or og:url address; ``verdict``, which an
error record has none of."""

def _as_array(pages: Union[pa.Array, pa.ChunkedArray]) -> pa.Array:
    if isinstance(pages, pa.ChunkedArray):
        if pages.num_chunks == 1:
            return pages.chunk(0)
        return pages.combine_chunks() if pages.num_chunks else pa.array(
            [], pages.type
        )
    if isinstance(pages, pa.Array):
        return pages
    raise TypeError(
        "pages must be a pyarrow Array or ChunkedArray of binary or string, "
        f"not {type(pages).__name__} (use Cleaner.clean_batch for lists)"
    )


def _buffers_of(arr: pa.Array):
    """Returns (large, array, validity, offsets, data) for a binary or
    string array, casting the view types (which have no offsets buffer) to
    large_binary first."""
    t = arr.type
    if pa.types.is_binary(t) or pa.types.is_string(t):
        large = False
    elif pa.types.is_large_binary(t) or pa.types.is_large_string(t):
        large = True
    elif pa.types.is_binary_view(t) or pa.types.is_string_view(t):
        arr, large = arr.cast(pa.large_binary()), True
    elif pa.types.is_null(t):
        arr, large = arr.cast(pa.binary()), False
    else:
        raise TypeError(
            f"pages must be an Arrow binary or string column, not {t}"
        )
    validity, offsets, data = arr.buffers()[:3]
    return large, arr, validity, offsets, data


def clean_arrow(
    cleaner: "Cleaner",
    pages: Union[pa.Array, pa.ChunkedArray],
    *,
    sources: Union[pa.Array, pa.ChunkedArray, Sequence[Optional[str]], None] = None,
    threads: Optional[int] = None,
) -> pa.RecordBatch:
    """See :meth:`zhclean.Cleaner.clean_arrow`."""
    arr = _as_array(pages)
    if len(arr) == 0:
        batch = SCHEMA.empty_table().to_batches()
        return batch[0] if batch else pa.RecordBatch.from_pylist([], SCHEMA)
    large, arr, validity, offsets, data = _buffers_of(arr)
    # The buffers go to Rust as bytes: the limited C API of Python 3.9 has
    # no buffer protocol, and one copy of a batch's bytes costs far less
    # than cleaning one of its pages.
    jsonl = cleaner._clean_arrow_buffers(
        data.to_pybytes() if data is not None else b"",
        offsets.to_pybytes(),
        large,
        arr.offset,
        len(arr),
        validity.to_pybytes() if validity is not None else None,
        threads,
    )
    batch = records_from_jsonl(jsonl)
    if sources is not None:
        src = sources
        if isinstance(src, pa.ChunkedArray):
            src = src.combine_chunks()
        if not isinstance(src, pa.Array):
            src = pa.array(list(src), pa.string())
        if len(src) != batch.num_rows:
            raise ValueError(
                f"sources has {len(src)} items but there are "
                f"{batch.num_rows} pages"
            )
        if src.type != pa.string():
            src = src.cast(pa.string())
        batch = batch.set_column(0, SCHEMA.field("source"), src)
    return batch


def records_from_jsonl(jsonl: bytes) -> pa.RecordBatch:
    """Records as JSON lines (what ``zhclean clean`` and
    ``Cleaner.clean_batch_jsonl`` write) -> one RecordBatch with
    :data:`SCHEMA`."""
    if not jsonl:
        return pa.RecordBatch.from_pylist([], SCHEMA)
    # One block for the whole buffer: a record longer than the block would
    # fail to parse, and the reader's threads would only fight the
    # engine's own for the cores.
    block = min(max(len(jsonl) + 1, 1 << 20), (1 << 31) - 1)
    table = pajson.read_json(
        pa.BufferReader(jsonl),
        read_options=pajson.ReadOptions(use_threads=False, block_size=block),
        parse_options=pajson.ParseOptions(
            explicit_schema=SCHEMA, unexpected_field_behavior="ignore"
        ),
    )
    table = table.combine_chunks()
    batches = table.to_batches()
    if len(batches) == 1:
        return batches[0]
    return pa.RecordBatch.from_arrays(
        [c.combine_chunks() for c in table.columns], schema=SCHEMA
    )
