"""Shared fixtures: the engine fixture file, its tolerant parse, and the
single-process reference every engine test compares against."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fixtures  # noqa: E402

import zhclean  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def require_engine(name: str):
    """Imports an engine, or skips the test; with ZHCLEAN_REQUIRE_ENGINES=1
    (set by .ci/python.sh) a missing engine fails instead, so that CI
    cannot go green by skipping."""
    if os.environ.get("ZHCLEAN_REQUIRE_ENGINES") == "1":
        return __import__(name)
    return pytest.importorskip(name)


class Reference:
    """What one process makes of the fixture: the truth for the engines."""

    def __init__(self, lines: List[str]) -> None:
        self.lines = lines
        self.parsed: List[Tuple[Optional[str], Optional[str]]] = [
            fixtures.parse_line(i, ln) for i, ln in enumerate(lines)
        ]
        self.urls = [u for u, _ in self.parsed if u is not None]
        self.malformed = sum(1 for u, _ in self.parsed if u is None)
        t = time.perf_counter()
        pages = zhclean.Cleaner().clean_batch(
            [h for _, h in self.parsed], threads=1
        )
        self.seconds = time.perf_counter() - t
        self.spam: Dict[str, int] = {}
        for (url, _), page in zip(self.parsed, pages):
            if url is not None:
                self.spam[url] = len(page["spam"])
        self.total_spam = sum(self.spam.values())
        self.pages_with_spam = sum(1 for v in self.spam.values() if v)

    def check(self, got: List[Tuple[Optional[str], int, Optional[str]]], what: str) -> None:
        """``got``: (url or None, spam count, error) per output record."""
        assert len(got) == len(self.lines), (
            f"{what}: {len(got)} records for {len(self.lines)} input lines"
        )
        seen: Dict[str, int] = {}
        for url, _, _ in got:
            if url is not None:
                seen[url] = seen.get(url, 0) + 1
        dup = [u for u, n in seen.items() if n > 1]
        assert not dup, f"{what}: records repeated: {dup[:5]}"
        missing = set(self.urls) - set(seen)
        assert not missing, f"{what}: records lost: {sorted(missing)[:5]}"
        errors = [g for g in got if g[0] is None]
        assert len(errors) == self.malformed, f"{what}: {errors}"
        assert all(e[2] for e in errors), f"{what}: malformed line without error: {errors}"
        spam = {u: n for u, n, _ in got if u is not None}
        diff = {u: (spam[u], self.spam[u]) for u in self.spam if spam[u] != self.spam[u]}
        assert not diff, f"{what}: spam counts differ (got, single process): {list(diff.items())[:5]}"
        assert sum(spam.values()) == self.total_spam


@pytest.fixture(scope="session")
def fixture_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fixture") / "pages.jsonl"
    fixtures.write(path, copies=int(os.environ.get("ZHCLEAN_FIXTURE_COPIES", "35")))
    return path


@pytest.fixture(scope="session")
def reference(fixture_file) -> Reference:
    lines = fixture_file.read_text("utf-8").splitlines()
    ref = Reference(lines)
    report("single process clean_batch threads=1 (reference)", len(lines), ref.seconds, 1)
    assert len(lines) >= 1000
    assert ref.malformed == 1
    # The fixture must exercise spam, or equal counts prove nothing.
    assert ref.pages_with_spam > len(lines) // 4
    return ref


def cli_path() -> Optional[str]:
    """The Rust CLI: $ZHCLEAN_CLI, or the release example build."""
    p = os.environ.get("ZHCLEAN_CLI") or str(REPO / "target" / "release" / "examples" / "zhclean")
    return p if os.path.exists(p) or shutil.which(p) else None


def cli_has_jsonl_in(cli: str) -> bool:
    try:
        out = subprocess.run(
            [cli, "clean", "--help"], capture_output=True, text=True, timeout=60
        ).stdout
    except OSError:
        return False
    return "--jsonl-in" in out


def timed(job):
    """Runs ``job`` ZHCLEAN_BENCH_ROUNDS times (default 1) and returns its
    last result and its best wall time. The first run of a job also warms
    the JVM's JIT and the engine's workers; for the README's figures the
    jobs ran twice (ZHCLEAN_BENCH_ROUNDS=2), CI runs them once."""
    rounds = max(1, int(os.environ.get("ZHCLEAN_BENCH_ROUNDS", "1")))
    best = float("inf")
    result = None
    for _ in range(rounds):
        t = time.perf_counter()
        result = job()
        best = min(best, time.perf_counter() - t)
    return result, best


def report(what: str, n: int, seconds: float, cores: int) -> None:
    """Prints a throughput line (shown with pytest -s; .ci/python.sh
    collects them)."""
    line = (
        f"THROUGHPUT {what}: {n} records in {seconds:.2f} s = "
        f"{n / seconds:.0f} records/s, {n / seconds / cores:.0f} per core ({cores} cores)"
    )
    print(line)
    out = os.environ.get("ZHCLEAN_THROUGHPUT_LOG")
    if out:
        with open(out, "a", encoding="utf-8") as f:
            f.write(line + "\n")
