#!/usr/bin/env python3
"""Validate corpus/pages: every <name>.json parses and matches <name>.html.

Checks, per page:
  * the JSON has exactly the agreed keys, with sane value types;
  * the HTML bytes decode strictly in the encoding the JSON names
    (GBK pages must also *not* be valid UTF-8, so they really test detection);
  * every body paragraph, spam substring and ham item occurs in the decoded
    page (entities decoded, &nbsp; as a space, tags removed);
  * no spam substring occurs inside a truth body paragraph or a ham item;
  * the verdict is one of injected / spam_around / clean, a clean page has
    no spam substring and a page with spam is not clean;
  * the template is a known layout and the file name starts with it.
Exit status 0 when everything passes.
"""
import glob
import html as _html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["template", "encoding", "title", "published", "origin", "author", "body", "spam", "ham_items", "verdict", "notes"]
# Optional last key: the page kind, when it is not a plain article.
KINDS = ("article", "blog_post", "forum_thread", "list")
TEMPLATES = {"sina", "163", "qq", "people", "xinhua", "hijacked", "blog", "gov", "discuz", "dede", "media", "wechat"}
VERDICTS = ("injected", "spam_around", "clean")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$")


def page_text(decoded):
    t = re.sub(r"<[^>]+>", "", decoded)
    return _html.unescape(t).replace("\xa0", " ")


def declared_charset(decoded):
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", decoded[:2048], re.I)
    return m.group(1).lower() if m else None


def main():
    errors = []
    rows = []
    jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for jp in jsons:
        name = os.path.basename(jp)[:-5]
        try:
            with open(jp, encoding="utf-8") as f:
                tr = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: json does not parse: {e}")
            continue
        keys = list(tr.keys())
        if keys[len(KEYS):] == ["kind"] and tr["kind"] in KINDS:
            keys = keys[: len(KEYS)]
        if keys != KEYS:
            errors.append(f"{name}: keys {list(tr.keys())}")
            continue
        if tr["template"] not in TEMPLATES or not name.startswith(tr["template"] + "_"):
            errors.append(f"{name}: template {tr['template']!r}")
        if tr["verdict"] not in VERDICTS:
            errors.append(f"{name}: verdict {tr['verdict']!r}")
        elif (tr["verdict"] == "clean") != (not tr["spam"]):
            errors.append(f"{name}: verdict {tr['verdict']} with {len(tr['spam'])} spam substrings")
        hp = jp[:-5] + ".html"
        if not os.path.exists(hp):
            errors.append(f"{name}: no html")
            continue
        raw = open(hp, "rb").read()
        enc = tr["encoding"]
        if enc not in ("utf-8", "gbk"):
            errors.append(f"{name}: bad encoding {enc}")
            continue
        try:
            dec = raw.decode(enc)
        except UnicodeDecodeError as e:
            errors.append(f"{name}: does not decode as {enc}: {e}")
            continue
        if enc == "gbk":
            try:
                raw.decode("utf-8")
                errors.append(f"{name}: GBK page is also valid UTF-8 (no non-ASCII?)")
            except UnicodeDecodeError:
                pass
        if tr["published"] is not None and not DATE_RE.match(tr["published"]):
            errors.append(f"{name}: published {tr['published']!r}")
        if tr.get("kind") == "list":
            if tr["body"]:
                errors.append(f"{name}: a list page has a body")
        elif not (4 <= len(tr["body"]) <= 15):
            errors.append(f"{name}: {len(tr['body'])} body paragraphs")
        unesc = _html.unescape(dec).replace("\xa0", " ")
        text = page_text(dec)
        literal = 0
        for para in tr["body"]:
            if para != para.strip(" \t\r\n\u3000"):
                errors.append(f"{name}: untrimmed paragraph {para[:20]!r}")
            if para in unesc:
                literal += 1
            elif para not in text:
                errors.append(f"{name}: body paragraph not in page: {para[:30]!r}")
        if tr["title"] not in text:
            errors.append(f"{name}: title not in page")
        for s in tr["spam"]:
            if s not in text:
                errors.append(f"{name}: spam substring not in page: {s!r}")
            for para in tr["body"]:
                if s in para:
                    errors.append(f"{name}: spam substring {s!r} inside a body paragraph")
            for h in tr["ham_items"]:
                if s in h:
                    errors.append(f"{name}: spam substring {s!r} inside ham item {h!r}")
        for h in tr["ham_items"]:
            if h not in text:
                errors.append(f"{name}: ham item not in page: {h!r}")
        for k in ("origin", "author"):
            if tr[k] is not None and tr[k] not in text:
                errors.append(f"{name}: {k} {tr[k]!r} not in page")
        chars = sum(len(x) for x in tr["body"])
        rows.append(
            (name, tr["template"], enc, declared_charset(dec) or "-", len(tr["body"]), chars, literal, len(tr["spam"]), len(tr["ham_items"]), tr["verdict"])
        )
    print(f"{'page':34} {'tmpl':8} {'bytes':5} {'meta':7} {'paras':>5} {'chars':>5} {'lit':>4} {'spam':>4} {'ham':>4} verdict")
    for r in rows:
        print(f"{r[0]:34} {r[1]:8} {r[2]:5} {r[3]:7} {r[4]:5d} {r[5]:5d} {r[6]:4d} {r[7]:4d} {r[8]:4d} {r[9]}")
    print(f"{len(rows)} pages, {sum(r[4] for r in rows)} body paragraphs, "
          f"{sum(r[7] for r in rows)} spam substrings, {sum(r[8] for r in rows)} ham items; "
          f"gbk pages: {sum(r[2] == 'gbk' for r in rows)}; "
          + ", ".join(f"{v} {sum(r[9] == v for r in rows)}" for v in VERDICTS))
    print("(lit = paragraphs found verbatim in the entity-decoded HTML; the rest carry inline tags "
          "and are found once tags are removed)")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
