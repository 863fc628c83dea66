"""datatrove steps: clean HTML documents, and filter on what was found.

Needs ``datatrove``. :class:`ZhcleanExtractor` takes documents whose
``text`` is a page's HTML (as the WARC and JSONL readers give it), puts
the article (title, blank line, paragraphs) in ``text``, and records the
rest of the record in ``metadata["zhclean"]``; :class:`ZhcleanFilter`
drops documents by that record (or, on documents that are already text,
by scoring their lines).

A complete pipeline::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from zhclean.datatrove import ZhcleanExtractor, ZhcleanFilter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("pages/", text_key="html", id_key="url"),
            ZhcleanExtractor(threshold=5.0),
            ZhcleanFilter(max_spam_blocks=None, drop_injected=True),
            JsonlWriter("clean/"),
        ],
        tasks=8,
        workers=2,  # one process per core
    ).run()

Each worker process cleans with one thread (``threads=1``): datatrove
already runs one task per core, and more threads would only fight them.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

import zhclean

METADATA_KEY = "zhclean"
"""Where :class:`ZhcleanExtractor` puts its record in ``doc.metadata``."""

EMPTY_ERROR = "empty document: no HTML to clean"


def _batched(data: Iterable[Document], n: int) -> Iterable[List[Document]]:
    batch: List[Document] = []
    for doc in data:
        batch.append(doc)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


class ZhcleanExtractor(PipelineStep):
    """Cleans ``doc.text`` (a page's HTML) into the article text, and
    puts the record in ``doc.metadata["zhclean"]``: ``title``,
    ``published``, ``author``, ``origin``, ``encoding``, ``kind``, ``verdict``,
    ``spam`` (each removed block with its score and reasons; dropped when
    ``keep_spam=False``), ``spam_count``, ``stats``, ``error``, ``truncated`` (the limit a page
    crossed, when it was cleaned in part).

    No document is dropped here, not even one that fails: it goes on with
    ``error`` set and empty ``text``, so that counts add up; drop such
    documents with :class:`ZhcleanFilter`.

    Args:
        threshold, lexicon: as for :class:`zhclean.Cleaner`.
        batch_size: documents cleaned per call into Rust.
        threads: threads per call (default 1; None for all cores, for a
            single-process pipeline).
        keep_spam: keep the removed blocks and their reasons in metadata.
    """

    name = "🀄 zhclean"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        threshold: Optional[float] = None,
        lexicon: Any = None,
        batch_size: int = 64,
        threads: Optional[int] = 1,
        keep_spam: bool = True,
    ) -> None:
        super().__init__()
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.cleaner = zhclean.Cleaner(threshold=threshold, lexicon=lexicon)
        self.batch_size = batch_size
        self.threads = threads
        self.keep_spam = keep_spam

    def run(
        self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
    ) -> DocumentsPipeline:
        if data is None:
            return
        for batch in _batched(data, self.batch_size):
            with self.track_time("batch"):
                pages = self.cleaner.clean_batch(
                    [d.text if d.text else None for d in batch],
                    threads=self.threads,
                )
            for doc, page in zip(batch, pages):
                self._apply(doc, page)
                yield doc

    def _apply(self, doc: Document, page: Dict[str, Any]) -> None:
        self.stat_update("total")
        error = page["error"]
        if error is not None and not doc.text:
            error = EMPTY_ERROR
        meta = {
            "title": page["title"],
            "published": page["published"],
            "author": page["author"],
            "origin": page["origin"],
            "encoding": page["encoding"],
            "kind": page.get("kind"),
            "verdict": page.get("verdict"),
            "spam_count": len(page["spam"]),
            "stats": page["stats"],
            "error": error,
            "truncated": page.get("truncated"),
        }
        if self.keep_spam:
            meta["spam"] = page["spam"]
        doc.metadata[METADATA_KEY] = meta
        doc.text = zhclean.page_text(page) if error is None else ""
        if error is not None:
            self.stat_update("errors")
        if page["spam"]:
            self.stat_update("with_spam")
            self.stat_update("spam_blocks", value=len(page["spam"]))
        self.update_doc_stats(doc)


class ZhcleanFilter(BaseFilter):
    """Drops documents by what zhclean found.

    On documents cleaned by :class:`ZhcleanExtractor` (metadata present),
    drops those that failed (reason ``zhclean_error``), those with no
    article left (``zhclean_empty``), those whose page verdict is
    ``injected`` (spam in the article itself; ``zhclean_injected``) when
    ``drop_injected``, and those with more than ``max_spam_blocks`` spam
    blocks (``zhclean_spam``).

    On documents that are already text (no metadata: a FineWeb-style
    corpus), scores each non-empty line with ``score_text`` and drops the
    document when more than ``max_spam_line_ratio`` of its lines are spam
    (``zhclean_spam_lines``).

    Args:
        max_spam_blocks: None to keep pages with any number of spam
            blocks around the article (the spam is already removed from
            ``text``).
        drop_injected: drop pages whose article itself carried spam.
        max_spam_line_ratio: for text documents.
        threshold, lexicon: for scoring text documents.
        exclusion_writer: where dropped documents go (datatrove's own).
    """

    name = "🀄 zhclean filter"

    def __init__(
        self,
        max_spam_blocks: Optional[int] = None,
        drop_injected: bool = False,
        max_spam_line_ratio: float = 0.2,
        threshold: Optional[float] = None,
        lexicon: Any = None,
        exclusion_writer: Optional[DiskWriter] = None,
    ) -> None:
        super().__init__(exclusion_writer)
        self.max_spam_blocks = max_spam_blocks
        self.drop_injected = drop_injected
        self.max_spam_line_ratio = max_spam_line_ratio
        self.cleaner = zhclean.Cleaner(threshold=threshold, lexicon=lexicon)

    def filter(self, doc: Document):
        meta = doc.metadata.get(METADATA_KEY)
        if meta is None:
            return self._filter_text(doc.text)
        if meta.get("error") is not None:
            return False, "zhclean_error"
        if not doc.text.strip():
            return False, "zhclean_empty"
        if self.drop_injected and meta.get("verdict") == "injected":
            return False, "zhclean_injected"
        if self.max_spam_blocks is not None and meta["spam_count"] > self.max_spam_blocks:
            return False, "zhclean_spam"
        return True

    def _filter_text(self, text: str):
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not lines:
            return False, "zhclean_empty"
        spam = sum(1 for ln in lines if self.cleaner.score_text(ln)["spam"])
        if spam / len(lines) > self.max_spam_line_ratio:
            return False, "zhclean_spam_lines"
        return True
