"""The wheel's API: the contract, batches, Arrow, errors, pickling."""

from __future__ import annotations

import json
import pickle
import subprocess
import threading
from pathlib import Path

import pytest

import zhclean
from conftest import REPO, cli_path

PAGES = sorted((REPO / "corpus" / "pages").glob("*.html"))
HIJACKED = REPO / "corpus" / "pages" / "hijacked_01_renovation.html"


@pytest.fixture(scope="module")
def cleaner():
    return zhclean.Cleaner()


def test_clean_returns_the_json_contract(cleaner):
    page = cleaner.clean(HIJACKED.read_bytes())
    assert page["title"] == "临溪县老旧小区改造工程全面启动 惠及居民三千余户"
    assert len(page["spam"]) == 5
    assert all(s["where"] == "list" for s in page["spam"])
    assert page["spam"][0]["reasons"][0]["rule"].startswith("lexicon.")
    assert page["error"] is None and page["source"] is None
    # The dict is exactly what the JSON line says, scores included.
    assert page == json.loads(cleaner.clean_json(HIJACKED.read_bytes()))


def test_bytes_and_str_agree(cleaner):
    raw = HIJACKED.read_bytes()
    a = cleaner.clean(raw)
    b = cleaner.clean(raw.decode("utf-8"))
    c = cleaner.clean(bytearray(raw))
    assert a == b == c


def test_lone_surrogates_do_not_fail(cleaner):
    # What surrogateescape decoding of bad bytes leaves in a str.
    bad = "<p>\xff\xfe正文</p>".encode("latin-1", "ignore") + "正文".encode()
    bad = bad.decode("utf-8", "surrogateescape")
    assert "\udcff" in bad
    recs = cleaner.clean_batch(["<p>ok</p>", bad])
    assert len(recs) == 2 and recs[1]["error"] is None
    assert cleaner.clean(bad)["error"] is None
    assert cleaner.score_text("\ud800房卡")["spam"] is False


def test_source_is_set(cleaner):
    assert cleaner.clean(b"<p>x</p>", source="u")["source"] == "u"


@pytest.mark.skipif(cli_path() is None, reason="the Rust CLI is not built")
def test_same_records_as_the_cli(cleaner):
    out = subprocess.run(
        [cli_path(), "clean", *map(str, PAGES)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    cli = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(cli) == len(PAGES)
    mine = cleaner.clean_batch([p.read_bytes() for p in PAGES], sources=[str(p) for p in PAGES])
    by_source = {r["source"]: r for r in cli}
    for rec in mine:
        theirs = by_source.get(rec["source"]) or by_source.get(
            str(Path(rec["source"]).relative_to(REPO))
        )
        theirs = dict(theirs, source=rec["source"])
        assert rec == theirs, rec["source"]


def test_batch_keeps_order_and_matches_single(cleaner):
    pages = [p.read_bytes() for p in PAGES] * 3
    one = [cleaner.clean(p) for p in pages]
    for threads in (None, 1, 2, 3):
        assert cleaner.clean_batch(pages, threads=threads) == one
    lines = cleaner.clean_batch_jsonl(pages, threads=2).decode("utf-8").splitlines()
    assert [json.loads(x) for x in lines] == one


def test_batch_takes_any_iterable_and_none(cleaner):
    recs = cleaner.clean_batch(iter([b"<p>a</p>", None, "<p>b</p>"]))
    assert len(recs) == 3
    assert recs[1]["error"] and recs[0]["error"] is None
    assert cleaner.clean_batch([]) == []


def test_batch_releases_the_gil(cleaner):
    # While one thread cleans a batch, another must get to run Python.
    pages = [p.read_bytes() for p in PAGES] * 8
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        cleaner.clean_batch(pages, threads=1)
    finally:
        stop.set()
        t.join()
    assert len(ticks) > 10


def test_score_text(cleaner):
    v = cleaner.score_text("2026最新指南：微信牛牛房卡哪里买")
    assert v["spam"] is True and v["score"] >= 5
    assert {"rule", "weight", "detail"} <= set(v["reasons"][0])
    assert cleaner.score_text("警方破获一起利用房卡组织牛牛赌博案")["spam"] is False


def test_threshold_and_lexicon(tmp_path):
    text = "鸿运娱乐现金网，注册送彩金"
    strict = zhclean.Cleaner(threshold=4.0, lexicon="鸿运娱乐\tcasino\t3.0\n")
    assert strict.threshold == 4.0
    assert strict.score_text(text)["spam"]
    f = tmp_path / "extra.tsv"
    f.write_text("# mine\n鸿运娱乐\tcasino\t3.0\n", encoding="utf-8")
    assert zhclean.Cleaner(threshold=4.0, lexicon=f).score_text(text) == strict.score_text(text)
    assert zhclean.Cleaner(threshold=4.0, lexicon=str(f)).score_text(text)["spam"]


@pytest.mark.parametrize(
    "kwargs, exc, words",
    [
        ({"threshold": float("nan")}, ValueError, "finite"),
        ({"threshold": float("inf")}, ValueError, "finite"),
        ({"threshold": 0}, ValueError, "greater than 0"),
        ({"threshold": -1.5}, ValueError, "greater than 0"),
        ({"threshold": "5"}, TypeError, "number"),
        ({"threshold": True}, TypeError, "bool"),
        ({"lexicon": "/no/such/lexicon.tsv"}, FileNotFoundError, "lexicon"),
        ({"lexicon": "房卡\tgambling\tlots\n"}, zhclean.LexiconError, "line 1"),
        ({"lexicon": 42}, TypeError, "lexicon"),
        ({"max_blocks": -1}, ValueError, "max_blocks"),
        ({"max_depth": 2.5}, TypeError, "max_depth"),
        ({"max_input_bytes": True}, TypeError, "max_input_bytes"),
    ],
)
def test_bad_settings_raise_clear_errors(kwargs, exc, words):
    with pytest.raises(exc, match=words):
        zhclean.Cleaner(**kwargs)


def test_lexicon_error_has_the_line():
    with pytest.raises(zhclean.LexiconError) as e:
        zhclean.Cleaner(lexicon="# c\n房卡\tnope\t2.0\n")
    assert e.value.line == 2
    assert isinstance(e.value, ValueError)


def test_unreadable_lexicon(tmp_path):
    d = tmp_path / "dir.tsv"
    d.mkdir()
    with pytest.raises(OSError, match="cannot read lexicon file"):
        zhclean.Cleaner(lexicon=d)
    bad = tmp_path / "gbk.tsv"
    bad.write_bytes("房卡\tgambling\t2\n".encode("gbk"))
    with pytest.raises(zhclean.LexiconError, match="not UTF-8"):
        zhclean.Cleaner(lexicon=bad)


@pytest.mark.parametrize(
    "call, exc, words",
    [
        (lambda c: c.clean(5), TypeError, "bytes or str"),
        (lambda c: c.clean(None), TypeError, "bytes or str"),
        (lambda c: c.clean_batch(b"<p>x</p>"), TypeError, "list of pages"),
        (lambda c: c.clean_batch(5), TypeError, "iterable"),
        (lambda c: c.clean_batch([b"x", 5]), TypeError, r"pages\[1\]"),
        (lambda c: c.clean_batch([b"x"], threads=0), ValueError, "threads"),
        (lambda c: c.clean_batch([b"x"], sources=["a", "b"]), ValueError, "sources"),
        (lambda c: c.score_text(b"x"), TypeError, "str"),
    ],
)
def test_wrong_input_raises(cleaner, call, exc, words):
    with pytest.raises(exc, match=words):
        call(cleaner)


def test_hostile_bytes_never_crash(cleaner):
    import random

    rng = random.Random(7)
    pages = [bytes(rng.randrange(256) for _ in range(rng.randrange(2000))) for _ in range(50)]
    pages += [b"<" * 100000, b"<div>" * 20000, "\ud800".encode("utf-8", "surrogatepass"), b""]
    recs = cleaner.clean_batch(pages)
    assert len(recs) == len(pages)
    # No bytes is an error record, as in the CLI, and has no verdict.
    assert recs[-1]["error"].startswith("empty")
    assert "verdict" not in recs[-1]


def test_pickle_round_trip():
    c = zhclean.Cleaner(threshold=4.5, lexicon="鸿运娱乐\tcasino\t3.0\n")
    d = pickle.loads(pickle.dumps(c))
    assert isinstance(d, zhclean.Cleaner) and d.threshold == 4.5
    assert d.score_text("鸿运娱乐现金网") == c.score_text("鸿运娱乐现金网")


def test_limits():
    page = "<p>一二三四五六七八九十。</p><p>二</p><p>三</p>"
    assert zhclean.Cleaner().clean(page).get("truncated") is None
    few = zhclean.Cleaner(max_blocks=2)
    assert "2 blocks" in few.clean(page)["truncated"]
    cut = zhclean.Cleaner(max_input_bytes=10).clean(page)
    assert "10 bytes" in cut["truncated"]
    # The limits travel with a pickle, and show in the repr.
    back = pickle.loads(pickle.dumps(few))
    assert back.clean(page)["truncated"] == few.clean(page)["truncated"]
    assert "max_blocks=2" in repr(back)
    with pytest.raises(TypeError):
        zhclean.Cleaner(None, None, 5)  # limits are keyword-only


def test_page_text(cleaner):
    page = cleaner.clean(HIJACKED.read_bytes())
    text = zhclean.page_text(page)
    assert text.startswith(page["title"] + "\n\n")
    assert text.endswith(page["body"][-1] + "\n")


# Arrow ------------------------------------------------------------------


def test_arrow_schema_is_the_contract(cleaner):
    arrow = pytest.importorskip("zhclean.arrow")
    keys = set(cleaner.clean(HIJACKED.read_bytes()))
    # Every key a record has is a column, and every column but the
    # optional ones is a key of every record.
    assert keys <= set(arrow.SCHEMA.names)
    assert set(arrow.SCHEMA.names) - arrow.OPTIONAL_FIELDS == keys - arrow.OPTIONAL_FIELDS
    # And the Spark DDL names the same columns.
    from zhclean.spark import RECORD_DDL

    ddl = [c.strip().split(" ")[0] for c in RECORD_DDL.split(",") if c.strip()[:1].isalpha()]
    assert [n for n in ddl if n in arrow.SCHEMA.names] == arrow.SCHEMA.names


def rows_as_records(batch):
    """Arrow rows as the dicts clean() gives: without the optional fields
    that are null (the JSON leaves them out)."""
    from zhclean.arrow import OPTIONAL_FIELDS

    return [
        {k: v for k, v in row.items() if not (k in OPTIONAL_FIELDS and v is None)}
        for row in batch.to_pylist()
    ]


@pytest.mark.parametrize("kind", ["binary", "string", "large_binary", "large_string", "string_view"])
def test_clean_arrow_equals_clean_batch(cleaner, kind):
    pa = pytest.importorskip("pyarrow")
    raw = [p.read_bytes() for p in PAGES]
    # Views and strings need text; the GBK pages go in as bytes elsewhere.
    if "string" in kind:
        raw = [p.decode("utf-8", "replace") for p in raw]
    typ = getattr(pa, kind)()
    arr = pa.array(raw + [None], typ)
    batch = cleaner.clean_arrow(arr, sources=[f"s{i}" for i in range(len(arr))], threads=2)
    want = cleaner.clean_batch(raw + [None], sources=[f"s{i}" for i in range(len(arr))])
    assert batch.num_rows == len(arr)
    assert rows_as_records(batch) == want


def test_clean_arrow_slices_and_chunks(cleaner):
    pa = pytest.importorskip("pyarrow")
    raw = [p.read_bytes() for p in PAGES]
    arr = pa.array(raw, pa.binary()).slice(3, 10)
    assert rows_as_records(cleaner.clean_arrow(arr)) == cleaner.clean_batch(raw[3:13])
    chunked = pa.chunked_array([pa.array(raw[:5]), pa.array(raw[5:9])])
    assert rows_as_records(cleaner.clean_arrow(chunked)) == cleaner.clean_batch(raw[:9])
    assert cleaner.clean_arrow(pa.array([], pa.binary())).num_rows == 0
    assert cleaner.clean_arrow(pa.nulls(2)).column("error").null_count == 0


def test_clean_arrow_wrong_type(cleaner):
    pa = pytest.importorskip("pyarrow")
    with pytest.raises(TypeError, match="binary or string"):
        cleaner.clean_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError, match="pyarrow Array"):
        cleaner.clean_arrow([b"<p>x</p>"])
