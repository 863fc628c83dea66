"""datatrove, local executor, two worker processes: the fixture read as
documents whose text is HTML, cleaned by ZhcleanExtractor, written by
datatrove's JsonlWriter; then the filter on the cleaned documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import report, require_engine, timed

pytestmark = pytest.mark.engine


class FixtureReader:
    """Reads the fixture's lines into documents, shard ``rank`` of
    ``world_size``. A line that is not JSON becomes a document with empty
    text (datatrove's own JsonlReader would skip it with a warning, and
    the point here is that our step loses nothing it is given)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, data, rank: int = 0, world_size: int = 1):
        from datatrove.data import Document

        import fixtures

        with open(self.path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % world_size != rank:
                    continue
                url, html = fixtures.parse_line(i, line)
                yield Document(
                    text=html or "",
                    id=url or f"malformed:{i}",
                    metadata={"line": i, "malformed": url is None},
                )


def run_pipeline(steps, tasks, workers, logs):
    from datatrove.executor import LocalPipelineExecutor

    LocalPipelineExecutor(
        pipeline=steps,
        tasks=tasks,
        workers=workers,
        logging_dir=str(logs),
        skip_completed=False,
    ).run()


def read_output(folder: Path):
    docs = []
    for f in sorted(folder.glob("*.jsonl*")):
        opener = open
        if f.suffix == ".gz":
            import gzip

            opener = gzip.open
        with opener(f, "rt", encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh if line.strip())
    return docs


def test_datatrove_local_executor(fixture_file, reference, tmp_path):
    require_engine("datatrove")
    from datatrove.pipeline.writers import JsonlWriter

    from zhclean.datatrove import ZhcleanExtractor, ZhcleanFilter

    out = tmp_path / "clean"

    def job():
        shutil.rmtree(out, ignore_errors=True)
        run_pipeline(
            [
                FixtureReader(str(fixture_file)),
                ZhcleanExtractor(batch_size=32),
                JsonlWriter(str(out), compression=None),
            ],
            tasks=2,
            workers=2,
            logs=tmp_path / "logs",
        )

    _, seconds = timed(job)
    docs = read_output(out)
    got = []
    for d in docs:
        meta = d["metadata"]["zhclean"]
        url = None if d["metadata"]["malformed"] else d["id"]
        got.append((url, meta["spam_count"], meta["error"]))
        if url is not None:
            assert meta["error"] is None
            assert len(meta["spam"]) == meta["spam_count"]
    reference.check(got, "datatrove")
    report("datatrove LocalPipelineExecutor workers=2", len(docs), seconds, 2)

    # The filter, on what the extractor wrote (in process: datatrove's
    # JsonlReader would skip the malformed document's empty text before
    # the filter saw it): the malformed document goes, with reason
    # zhclean_error; the pages with an article stay.
    from datatrove.data import Document

    flt = ZhcleanFilter()
    verdicts = [
        flt.filter(Document(text=d.get("text", ""), id=d["id"], metadata=d["metadata"]))
        for d in docs
    ]
    dropped = [v[1] for v in verdicts if v is not True]
    assert dropped.count("zhclean_error") == 1
    assert len(dropped) < len(docs) * 0.2, dropped


def test_filter_scores_plain_text_documents():
    require_engine("datatrove")
    from datatrove.data import Document

    from zhclean.datatrove import ZhcleanFilter

    f = ZhcleanFilter(max_spam_line_ratio=0.3)
    ham = Document(text="今天上午，本市地铁新线正式开通运营。\n沿线市民出行更加便利。", id="a")
    spam = Document(text="牛牛房卡批发，一元一张，加微信abc12345\n2026最新指南：微信牛牛房卡哪里买", id="b")
    assert f.filter(ham) is True
    assert f.filter(spam) == (False, "zhclean_spam_lines")
