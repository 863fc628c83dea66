"""Builds the engine-test fixture: JSON lines ``{"url", "html"}`` made
from ``corpus/pages/*.html``, replicated with variations, plus records
that are malformed.

    python tests/fixtures.py OUT.jsonl [--copies N]

Each corpus page is written ``copies`` times (35 by default: 29 pages x 35
= 1,015 records), each copy varied so that the engines see distinct pages
and the spam counts differ from copy to copy:

- copy 0 is the page as it is;
- every copy gets a unique comment and query string in its url;
- one copy in three gets a spam item (房卡) appended in a hot list;
- one copy in four gets a spam paragraph inside the body;
- one copy in five loses its charset declaration;
- one copy in seven is cut short (an unclosed, truncated page);
- one copy in eleven gets a hidden spam block (display:none).

Then two records that must not be lost: a record whose html is garbage
(control characters, broken tags), and a line that is not JSON at all
(truncated in the middle of a string), which every path must turn into
one record with ``error`` set.

The pages are decoded to text (GBK pages through their truth file's
encoding) because a JSON line carries text, which is also what the CLI's
``--jsonl-in`` reads.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import List, Optional, Tuple

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "pages"

MALFORMED_LINE = '{"url": "https://example.com/malformed", "html": "<html><body><p>被截断的'
GARBAGE_URL = "https://example.com/garbage"
# No NUL byte: the CLI refuses a page with NUL bytes near its start as
# binary data, where the library cleans it, and the two must agree here.
GARBAGE_HTML = "\x01\x02<<<div class=>>\ufffd<p<p>牛牛房卡</\x7f></></html><html>\x1b[0m"


def _spam_item(k: int) -> str:
    return (
        '<div class="rmzx"><h3>热门资讯</h3><ul>'
        f'<li><a href="/x/{k}.html">游戏指南!牛牛房卡怎么购买 第{k}期</a>'
        f"<p>d{k}D这款手机的续航表现不错。</p></li>"
        f'<li><a href="/y/{k}.html">全市春季植树活动启动 第{k}批</a>'
        "<p>各区组织志愿者参加。</p></li></ul></div>"
    )


def _spam_paragraph(k: int) -> str:
    return f"<p>加微信abc{k:05d}，牛牛房卡批发，一元一张，诚招代理。</p>"


def _hidden_spam(k: int) -> str:
    return (
        f'<div style="display:none"><a href="/h/{k}">金花房卡批发 '
        f"微信同步 vx{k:05d}</a></div>"
    )


def vary(html: str, k: int) -> str:
    """The k-th variation of a page (k = 0 is the page itself)."""
    if k == 0:
        return html
    out = html
    if k % 5 == 0:
        out = re.sub(r"<meta[^>]*charset[^>]*>", "", out, count=1, flags=re.I)
    if k % 4 == 0:
        # After the first paragraph of the page: usually inside the body.
        out = out.replace("</p>", "</p>" + _spam_paragraph(k), 1)
    if k % 3 == 0:
        out = re.sub(r"</body>", _spam_item(k) + "</body>", out, count=1, flags=re.I)
    if k % 11 == 0:
        out = re.sub(r"<body([^>]*)>", r"<body\1>" + _hidden_spam(k), out, count=1, flags=re.I)
    if k % 7 == 0:
        out = out[: len(out) * 3 // 4]
    return out + f"<!-- copy {k} -->"


def corpus_pages() -> List[Tuple[str, str]]:
    pages = []
    for path in sorted(CORPUS.glob("*.html")):
        truth = json.loads(path.with_suffix(".json").read_text("utf-8"))
        enc = "gb18030" if truth.get("encoding") == "gbk" else "utf-8"
        pages.append((path.stem, path.read_bytes().decode(enc)))
    return pages


def records(copies: int = 35) -> List[Tuple[str, Optional[str]]]:
    """The fixture's records as (url, html); the malformed line is last,
    with html None (what a tolerant reader makes of it)."""
    out: List[Tuple[str, Optional[str]]] = []
    for k in range(copies):
        for name, html in corpus_pages():
            out.append((f"https://example.com/{name}.html?copy={k}", vary(html, k)))
    out.append((GARBAGE_URL, GARBAGE_HTML))
    return out


def write(path: Path, copies: int = 35) -> int:
    """Writes the fixture; returns the number of lines (records)."""
    lines = [json.dumps({"url": u, "html": h}, ensure_ascii=False) for u, h in records(copies)]
    # The malformed line goes in the middle, so that it lands inside a
    # partition or batch rather than at an edge.
    lines.insert(len(lines) // 2, MALFORMED_LINE)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def parse_line(i: int, line: str) -> Tuple[Optional[str], Optional[str]]:
    """A tolerant reading of one fixture line: (url, html), or (None, None)
    for a line that is not a JSON object."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None, None
    if not isinstance(obj, dict):
        return None, None
    html = obj.get("html")
    return obj.get("url"), html if isinstance(html, str) else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--copies", type=int, default=35)
    args = ap.parse_args()
    n = write(args.out, args.copies)
    print(f"{args.out}: {n} lines")


if __name__ == "__main__":
    main()
