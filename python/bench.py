"""Throughput of the wheel against the Rust CLI, on the same pages.

    python bench.py [--copies 35] [--repeat 3] [--cli PATH]

Pages: the engine fixture (tests/fixtures.py: the corpus pages replicated
with variations). Every figure is the best of ``--repeat`` runs, in
records per CPU-second (user + system time of this process and of the
CLI it runs, so that other work on the machine does not count), on one
thread (``-j 1`` / ``threads=1``) unless named:

- ``cli files``: ``zhclean clean -j 1 DIR`` on the pages as files;
- ``cli jsonl-in``: ``zhclean clean --jsonl-in -j 1`` on the JSON lines;
- ``rust only``: the library's ``clean`` in a loop inside this process,
  no record made (``_bench_clean_only``): the floor;
- ``clean_batch``, ``clean`` per page, ``clean_arrow``: the wheel;
- the boundary overhead per record: wheel time minus ``rust only``.

If the module was built with ``--features pythonize``, the pythonize
path is measured beside the JSON one; ``arrow from_pylist`` measures the
Python-object route to Arrow beside ``clean_arrow``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

import fixtures  # noqa: E402

import zhclean  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def cpu_seconds():
    """CPU time (user + system) of this process and its finished children:
    on a machine shared with other work, CPU seconds per record are what a
    core costs, where wall time would also count the waits for a core."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = cpu_seconds()
        fn()
        times.append(cpu_seconds() - t)
    return min(times)


def line(name, n, seconds, base=None):
    rate = n / seconds
    extra = f"  ({rate / base * 100:5.1f}% of cli files)" if base else ""
    print(f"{name:38s} {rate:9.0f} records per CPU-second  {seconds * 1e3 / n:7.3f} ms/record{extra}")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=35)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cli", default=str(REPO / "target" / "release" / "examples" / "zhclean"))
    args = ap.parse_args()

    # Without the garbage record: the CLI refuses a file of binary data
    # (NUL bytes) as "not a page", which would make the two do different
    # work.
    recs = [r for r in fixtures.records(args.copies) if r[0] != fixtures.GARBAGE_URL]
    pages = [h.encode("utf-8") for _, h in recs]
    n = len(pages)
    mb = sum(map(len, pages)) / 1e6
    print(f"{n} pages, {mb:.1f} MB, mean {mb * 1e3 / n:.1f} kB; best of {args.repeat}")
    c = zhclean.Cleaner()
    c.clean_batch(pages[:50], threads=1)  # warm up (lazy statics, pages in cache)

    tmp = Path(tempfile.mkdtemp(prefix="zhclean-bench-"))
    base = None
    try:
        if os.path.exists(args.cli):
            d = tmp / "pages"
            d.mkdir()
            for i, p in enumerate(pages):
                (d / f"{i:05d}.html").write_bytes(p)
            jl = tmp / "pages.jsonl"
            jl.write_text(
                "".join(json.dumps({"url": u, "html": h}, ensure_ascii=False) + "\n" for u, h in recs),
                encoding="utf-8",
            )

            def cli_files(j):
                subprocess.run([args.cli, "clean", "-q", "-j", str(j), str(d)], stdout=subprocess.DEVNULL, check=True)

            def cli_jsonl():
                with open(jl, "rb") as f:
                    subprocess.run(
                        [args.cli, "clean", "-q", "--jsonl-in", "-j", "1"], stdin=f, stdout=subprocess.DEVNULL, check=True
                    )

            base = line("cli files -j 1", n, best(lambda: cli_files(1), args.repeat))
            help_ = subprocess.run([args.cli, "clean", "--help"], capture_output=True, text=True).stdout
            if "--jsonl-in" in help_:
                line("cli jsonl-in -j 1", n, best(cli_jsonl, args.repeat), base)
            line("cli files -j 2", n, best(lambda: cli_files(2), args.repeat), base)
        else:
            print(f"(no CLI at {args.cli}: build it with cargo build --release --example zhclean)")

        rust = best(lambda: c._bench_clean_only(pages, 1), args.repeat)
        line("rust only (in process)", n, rust, base)
        batch = best(lambda: c.clean_batch(pages, threads=1), args.repeat)
        line("wheel clean_batch threads=1", n, batch, base)
        single = best(lambda: [c.clean(p) for p in pages], args.repeat)
        line("wheel clean() per page", n, single, base)
        line("wheel clean_batch threads=2", n, best(lambda: c.clean_batch(pages, threads=2), args.repeat), base)
        jsonl = best(lambda: c.clean_batch_jsonl(pages, threads=1), args.repeat)
        line("wheel clean_batch_jsonl threads=1", n, jsonl, base)
        print(
            f"boundary overhead per record: clean_batch {(batch - rust) / n * 1e6:.0f} us, "
            f"clean() {(single - rust) / n * 1e6:.0f} us, jsonl {(jsonl - rust) / n * 1e6:.0f} us"
        )
        tiny = [b"<p>x</p>"] * 20000
        t_rust = best(lambda: c._bench_clean_only(tiny, 1), args.repeat)
        t_one = best(lambda: [c.clean(p) for p in tiny], args.repeat)
        t_batch = best(lambda: c.clean_batch(tiny, threads=1), args.repeat)
        print(
            f"tiny page (<p>x</p>): rust {t_rust / len(tiny) * 1e6:.1f} us, "
            f"clean() {t_one / len(tiny) * 1e6:.1f} us, clean_batch {t_batch / len(tiny) * 1e6:.1f} us per record"
        )

        if hasattr(c, "_clean_batch_pythonize"):
            py = best(lambda: c._clean_batch_pythonize(pages, threads=1), args.repeat)
            line("pythonize clean_batch threads=1", n, py, base)
            print(f"  to dicts: json {(batch - rust) / n * 1e6:.0f} us vs pythonize {(py - rust) / n * 1e6:.0f} us per record")

        try:
            import pyarrow as pa
        except ImportError:
            print("(no pyarrow: Arrow paths not measured)")
            return
        from zhclean.arrow import SCHEMA

        arr = pa.array(pages, pa.binary())
        arrow = best(lambda: c.clean_arrow(arr, threads=1), args.repeat)
        line("wheel clean_arrow threads=1", n, arrow, base)
        pyl = best(
            lambda: pa.RecordBatch.from_pylist(c.clean_batch(arr.to_pylist(), threads=1), schema=SCHEMA),
            args.repeat,
        )
        line("arrow via dicts (from_pylist)", n, pyl, base)
        print(f"  to Arrow: clean_arrow {(arrow - rust) / n * 1e6:.0f} us vs from_pylist {(pyl - rust) / n * 1e6:.0f} us per record")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
