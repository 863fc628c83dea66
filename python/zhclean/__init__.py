"""Clean Chinese news pages: the article out, SEO spam and boilerplate
separated and explained.

>>> import zhclean
>>> cleaner = zhclean.Cleaner()
>>> page = cleaner.clean(
...     "<h1>标题</h1><div class=content><p>正文第一段，讲述事情的经过。</p></div>"
...     "<div class=rmzx><h3>热门资讯</h3><ul>"
...     "<li><a href=/1>游戏指南!牛牛房卡怎么购买</a><p>d5D苹果公司计划推出新品。</p></li>"
...     "<li><a href=/2>本市地铁新线今日开通</a><p>市民乘车更加便利。</p></li>"
...     "</ul></div>"
... )
>>> page["body"]
['正文第一段，讲述事情的经过。']
>>> len(page["spam"]), page["spam"][0]["where"]
(1, 'list')
>>> cleaner.score_text("2026最新指南：微信牛牛房卡哪里买")["spam"]
True

Every record is the JSON contract of the Rust library and of the CLI
(``zhclean clean``), as a dict: ``source``, ``encoding``, ``kind``
(``article``, ``blog_post``, ``forum_thread`` or ``list``), ``title``,
``published``, ``author``, ``origin``, ``body`` (paragraphs), ``spam``
(each with ``text``, ``where``, ``score``, ``reasons``), ``stats`` and
``error``.

The engine adapters are in submodules that import their engine only when
used: :mod:`zhclean.datatrove`, :mod:`zhclean.spark`, :mod:`zhclean.ray`;
:mod:`zhclean.arrow` has the Arrow schema of a record.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Optional, Sequence, Union

from zhclean._zhclean import DEFAULT_THRESHOLD, LexiconError, _Cleaner
from zhclean._zhclean import __version__

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = [
    "Cleaner",
    "LexiconError",
    "DEFAULT_THRESHOLD",
    "page_text",
    "__version__",
]

Page = Union[bytes, bytearray, str]
LexiconArg = Union[str, bytes, "os.PathLike[str]", None]


def _lexicon_text(lexicon: LexiconArg) -> Optional[str]:
    """Turns the ``lexicon`` argument into TSV text (or None).

    A path-like, or a str with neither a tab nor a newline, is a file to
    read; any other str (or bytes) is the TSV text itself. A one-line
    lexicon always has tabs, so the two cannot be confused.
    """
    if lexicon is None:
        return None
    if isinstance(lexicon, bytes):
        return lexicon.decode("utf-8")
    if isinstance(lexicon, str) and ("\t" in lexicon or "\n" in lexicon):
        return lexicon
    if isinstance(lexicon, (str, os.PathLike)):
        path = os.fspath(lexicon)
        try:
            with open(path, encoding="utf-8") as f:
                return f.read()
        except UnicodeDecodeError as e:
            raise LexiconError(
                f"lexicon file {path!r} is not UTF-8: {e.reason} at byte {e.start}"
            ) from None
        except OSError as e:
            raise type(e)(
                e.errno, f"cannot read lexicon file: {e.strerror}", path
            ) from None
    raise TypeError(
        "lexicon must be a path or TSV text (term<TAB>category<TAB>weight "
        f"lines), not {type(lexicon).__name__}"
    )


class Cleaner(_Cleaner):
    """Cleans pages. Build it once per process and reuse it: building
    compiles the lexicon; cleaning a page takes a few milliseconds.

    Args:
        threshold: the score at which a block is spam (default
            :data:`DEFAULT_THRESHOLD`, 5.0). Must be a finite number.
        lexicon: extra ``term<TAB>category<TAB>weight`` lines that extend
            the embedded lexicon: a path to a UTF-8 file, or the text
            itself. Categories: ``gambling casino contact selling porn
            fraud`` (for spam), ``report benign`` (against it).
        max_input_bytes, max_depth, max_tag_bytes, max_blocks: the
            limits of the Rust builder, keyword-only (None: its defaults,
            32 MiB, 512 levels, 64 KiB, 200,000 blocks). A page that
            crosses one is cut, and its record's ``truncated`` says so.

    Raises:
        TypeError: a threshold that is not a number, a limit that is not
            an int, a lexicon that is neither a path nor text.
        ValueError: a threshold that is NaN or infinite, a negative limit.
        LexiconError: a bad lexicon line (a ValueError; ``.line`` is its
            number).
        OSError: a lexicon file that cannot be read.

    A ``Cleaner`` pickles (its settings travel, the automaton is rebuilt),
    so it can be shipped to Spark executors and Ray workers.
    """

    _lexicon: Optional[str]
    _threshold_arg: Optional[float]
    _limits: Dict[str, Optional[int]]

    def __new__(
        cls,
        threshold: Optional[float] = None,
        lexicon: LexiconArg = None,
        *,
        max_input_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_tag_bytes: Optional[int] = None,
        max_blocks: Optional[int] = None,
    ) -> "Cleaner":
        text = _lexicon_text(lexicon)
        limits = {
            "max_input_bytes": max_input_bytes,
            "max_depth": max_depth,
            "max_tag_bytes": max_tag_bytes,
            "max_blocks": max_blocks,
        }
        self = super().__new__(cls, threshold, text, **limits)
        self._lexicon = text
        self._threshold_arg = threshold
        self._limits = limits
        return self

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Everything happens in __new__, whose signature is the one
        # inspect.signature and help() show; this only takes the arguments.
        pass

    def __reduce__(self) -> Any:
        # Keyword-only limits: through a helper that passes them by name.
        return (
            _rebuild,
            (type(self), self._threshold_arg, self._lexicon, self._limits),
        )

    def __repr__(self) -> str:
        extra = ", lexicon=<extended>" if self._lexicon else ""
        for name, value in self._limits.items():
            if value is not None:
                extra += f", {name}={value}"
        return f"zhclean.Cleaner(threshold={self.threshold}{extra})"

    def clean_arrow(
        self,
        pages: "Union[pa.Array, pa.ChunkedArray]",
        *,
        sources: "Union[pa.Array, pa.ChunkedArray, Sequence[Optional[str]], None]" = None,
        threads: Optional[int] = None,
    ) -> "pa.RecordBatch":
        """Cleans an Arrow column of pages (``binary``, ``string``, their
        ``large_`` forms or views) into a RecordBatch with one row per
        page, in order, with the schema :data:`zhclean.arrow.SCHEMA`.

        A null page gives a row with ``error`` set, so no row is lost.
        ``sources`` (same length) fills the ``source`` column. The pages
        are read from the Arrow buffers without a Python object per page,
        and the rows are built by Arrow's JSON reader from the records'
        JSON: no Python dict is made either.
        """
        from zhclean import arrow

        return arrow.clean_arrow(self, pages, sources=sources, threads=threads)


def _rebuild(
    cls: type, threshold: Optional[float], lexicon: Optional[str], limits: Dict[str, Optional[int]]
) -> "Cleaner":
    return cls(threshold, lexicon, **limits)


def page_text(page: dict) -> str:
    """The title and body of a record as plain text, one paragraph per
    line (what ``zhclean clean --text`` prints)."""
    out = []
    if page.get("title"):
        out.append(page["title"])
        out.append("")
    out.extend(page.get("body") or [])
    return "\n".join(out) + ("\n" if out else "")
