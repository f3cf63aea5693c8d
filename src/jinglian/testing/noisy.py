"""Labelled noisy web pages from clean articles: jinglian's own test and benchmark sets.

Clean articles go in; out come pages as a crawler saves them, with labels known by construction in
the format `jinglian score` reads (see `jinglian.score`):

  OUT/input/docs.jsonl.gz    {"id", "url", "text"}                  the pages to clean
  OUT/labels/lines.jsonl.gz  {"id", "text", "label", "why", "pii"}  one row per non-empty line
  OUT/labels/docs.jsonl.gz   {"id", "label", "why", "cluster"}      one row per page

Each article gives one page and, sometimes, reposts of it (other chrome, maybe the other script,
maybe cut short) that share its `cluster`.  Around the article's own lines a page gets site chrome,
SEO spam, meta lines, bylines, a glued fragment of another article, source and editor lines, repost
and copyright notices, contact blocks and footer chrome, each with a probability; a few paragraphs
carry a phone number or an e-mail address.  Junk pages (keyword spam, navigation, mojibake, a lone
title, English) are labelled `reject`.  Every string of the noise comes from a templates file (the
keys of `tests/data/templates/*.json`), so a set built from templates no rule was tuned on measures
whether the rules generalise.

    python -m jinglian.testing.noisy --articles A.jsonl --templates T.json --out DIR [--seed N]

A given articles file, templates file and seed always give the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# (why, chance, label) of the lines around an article, in page order; "body" is the article itself
HEAD = [("seo-spam", 0.35, "drop"), ("site-chrome", 0.5, "drop"), ("title", 1.0, "keep"),
        ("repeated-title", 0.3, "either"), ("meta-line", 0.5, "drop"), ("byline", 0.4, "either"),
        ("foreign-fragment", 0.15, "drop")]
TAIL = [("source-line", 0.4, "drop"), ("editor-line", 0.3, "drop"), ("repost-notice", 0.6, "drop"),
        ("copyright", 0.3, "drop"), ("contact", 0.5, "drop")]
TEMPLATE_OF = {"site-chrome": "header_chrome", "meta-line": "meta_lines", "byline": "bylines",
               "source-line": "source_lines", "editor-line": "editor_lines", "repost-notice": "repost_notices",
               "copyright": "copyright"}
PII_KINDS = ("phone", "email", "qq", "wechat")
INLINE_PII_CHANCE = 0.05
REPOST_CHANCE = 0.4
JUNK_KINDS = ("spam", "nav", "mojibake", "short", "english")
SCRIPTS = {"original": [None, None, None, "s2t", "s2tw", "s2hk"], "repost": [None, "s2t", "s2hk"]}


@dataclass
class Article:
    id: str
    title: str
    paragraphs: list[str]


@dataclass
class Line:
    text: str
    label: str          # keep | drop | either
    why: str
    pii: list[str] = field(default_factory=list)


@dataclass
class Page:
    lines: list[Line]
    label: str          # keep | reject
    why: str
    cluster: str | None


def read_articles(path: Path, max_chars: int = 0) -> list[Article]:
    """Articles from a JSONL file (see `to_articles`)."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    return to_articles(rows, max_chars)


def to_articles(rows: list[dict], max_chars: int = 0) -> list[Article]:
    """Rows {"id", "title"?, "paragraphs"} or {"id", "title"?, "text"}; articles of fewer than three
    paragraphs are skipped; with `max_chars`, only the leading paragraphs up to that many characters."""
    out = []
    for row in rows:
        paras = [p.strip() for p in (row.get("paragraphs") or row.get("text", "").split("\n")) if _visible(p)]
        if max_chars:
            total, cut = 0, 0
            while cut < len(paras) and (cut < 3 or total + len(paras[cut]) <= max_chars):
                total += len(paras[cut])
                cut += 1
            paras = paras[:cut]
        if len(paras) >= 3:
            out.append(Article(str(row["id"]), row.get("title") or paras[0][:30], paras))
    return out


def _visible(text: str) -> bool:
    """Has the text a character one can see (not only white space or zero-width marks)?"""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


class PageMaker:
    """Noisy pages from the strings of one templates file and one random stream."""

    def __init__(self, templates: dict, rng: random.Random, articles: list[Article]):
        import opencc

        self.t, self.rng, self.articles = templates, rng, articles
        self.converters = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")}

    def one(self, key: str) -> str:
        return self.rng.choice(self.t[key])

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def pii(self, kind: str) -> str:
        return self.rng.choice(self.t["pii_formats"][kind]).format(
            d3=self.digits(3), d4=self.digits(4), d5=self.digits(5), d8=self.digits(8), d9=self.digits(9),
            mob="1" + self.rng.choice("3456789") + self.digits(9),
            user=self.one("pii_users") + self.digits(self.rng.randint(0, 4)), dom=self.one("email_domains"))

    def fill(self, template: str, title: str) -> tuple[str, list[str]]:
        """A template with its fields filled; the PII put in, listed."""
        r, pii = self.rng, []

        def put(kind: str) -> str:
            pii.append(self.pii(kind))
            return pii[-1]

        values = {"site": self.one("sites"), "outlet": self.one("outlets"), "author": self.one("authors"),
                  "title": title, "n": r.randint(1, 9999), "m": r.randint(0, 99),
                  "date": f"20{r.randint(18, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                  "url": f"https://{self.one('domains')}/{r.randint(1000, 99999)}.html"}
        # fields are filled in order of appearance, each PII field with a fresh value
        out, rest = "", template
        while "{" in rest:
            before, _, after = rest.partition("{")
            name, _, rest = after.partition("}")
            out += before + (put(name) if name in PII_KINDS else str(values[name]))
        return out + rest, pii

    def spam_line(self) -> str:
        words = self.t["spam_keywords"]
        return self.one("spam_joiners").join(self.rng.sample(words, k=min(len(words), self.rng.randint(4, 8))))

    # --- pages ---------------------------------------------------------------------
    def page(self, art: Article, script: str | None, keep_share: float) -> list[Line]:
        r, lines = self.rng, []
        for why, chance, label in HEAD:
            if r.random() < chance:
                lines += self.head_line(why, label, art)
        paras = art.paragraphs[1:] if art.paragraphs[0].startswith(art.title) else art.paragraphs
        body = paras[:max(2, round(len(paras) * keep_share))]
        for i, p in enumerate(body):
            if r.random() < INLINE_PII_CHANCE:
                pii = self.pii(r.choice(["phone", "email"]))
                lines.append(Line(p + self.one("inline_pii").replace("{pii}", pii), "keep", "content+pii", [pii]))
            elif keep_share < 1 and i == len(body) - 1:
                lines.append(Line(p, "either", "truncated"))   # where a copy is cut, its last paragraph may go
            else:
                lines.append(Line(p, "keep", "content"))
        for why, chance, label in TAIL:
            if r.random() < chance:
                lines += self.tail_lines(why, label, art)
        for _ in range(r.randint(0, 3)):
            lines.append(Line(self.fill(self.one("footer_chrome"), art.title)[0], "drop", "site-chrome"))
        if script:
            conv = self.converters[script].convert
            lines = [Line(conv(x.text), x.label, x.why, [conv(p) for p in x.pii]) for x in lines]
        return lines

    def head_line(self, why: str, label: str, art: Article) -> list[Line]:
        if why == "seo-spam":
            return [Line(self.spam_line(), label, why)]
        if why in ("title", "repeated-title"):
            return [Line(art.title, label, why)]
        if why == "foreign-fragment":
            others = [a for a in self.articles if a is not art]
            if not others:
                return []
            longest = max(self.rng.choice(others).paragraphs, key=len)
            return [Line(longest[:max(10, int(len(longest) * self.rng.uniform(0.4, 0.8)))], label, why)]
        text, pii = self.fill(self.one(TEMPLATE_OF[why]), art.title)
        return [Line(text, label, why, pii)]

    def tail_lines(self, why: str, label: str, art: Article) -> list[Line]:
        if why != "contact":
            text, pii = self.fill(self.one(TEMPLATE_OF[why]), art.title)
            return [Line(text, label, why, pii)]
        out = []
        for template in self.one("contact_blocks"):
            text, pii = self.fill(template, art.title)
            out.append(Line(text, label, "pii" if pii else "site-chrome", pii))
        return out

    def junk(self, kind: str) -> list[str]:
        r = self.rng
        if kind == "spam":
            return [self.spam_line() for _ in range(r.randint(5, 15))]
        if kind == "nav":
            return [self.fill(self.one(r.choice(["header_chrome", "footer_chrome"])), "")[0] for _ in range(r.randint(6, 14))]
        if kind == "mojibake":  # UTF-8 bytes read as Latin-1, a classic of mislabelled pages
            text = "\n".join(r.choice(self.articles).paragraphs[:4])
            return text.encode("utf-8").decode("latin-1").split("\n")
        if kind == "short":
            return [r.choice(self.articles).title]
        if kind == "english":
            return r.sample(self.t["english_sentences"], k=min(len(self.t["english_sentences"]), r.randint(3, 7)))
        raise ValueError(f"unknown junk kind {kind!r}")


def build(articles: list[Article], templates: dict, seed: int) -> list[Page]:
    """Pages for every article (with reposts) and the junk pages, in a shuffled order."""
    rng = random.Random(seed)
    maker = PageMaker(templates, rng, articles)
    pages = []
    for art in articles:
        pages.append(Page(maker.page(art, rng.choice(SCRIPTS["original"]), 1.0), "keep", "article", art.id))
        if rng.random() < REPOST_CHANCE:
            for _ in range(rng.randint(1, 3)):
                share = rng.choice([1.0, 1.0, rng.uniform(0.6, 0.9)])
                pages.append(Page(maker.page(art, rng.choice(SCRIPTS["repost"]), share), "keep", "repost", art.id))
    for kind in JUNK_KINDS:
        for _ in range(max(3, len(articles) // 10)):
            pages.append(Page([Line(t, "drop", kind) for t in maker.junk(kind)], "reject", kind, None))
    rng.shuffle(pages)
    return pages


def write(pages: list[Page], out: Path, templates: dict, prefix: str = "p") -> dict[str, int]:
    """The three gzipped JSONL files (with no time stamp, so the bytes depend on the pages alone)."""
    rng = random.Random(len(pages))
    docs, lines, labels = [], [], []
    for n, page in enumerate(pages, 1):
        doc = f"{prefix}{n:05d}"
        url = f"https://{rng.choice(templates['domains'])}/news/{rng.randint(100000, 999999)}.html"
        docs.append({"id": doc, "url": url, "text": "\n".join(x.text for x in page.lines)})
        lines += [{"id": doc, "text": x.text.strip(), "label": x.label, "why": x.why, "pii": x.pii}
                  for x in page.lines if x.text.strip()]
        labels.append({"id": doc, "label": page.label, "why": page.why, "cluster": page.cluster})
    for rel, rows in (("input/docs.jsonl.gz", docs), ("labels/lines.jsonl.gz", lines), ("labels/docs.jsonl.gz", labels)):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return {"documents": len(docs), "lines": len(lines), "reject": sum(p.label == "reject" for p in pages)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, required=True, help='JSONL of {"id", "title", "paragraphs"} or {"id", "text"}')
    ap.add_argument("--templates", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-chars", type=int, default=0, help="keep only each article's leading paragraphs up to this many characters")
    ap.add_argument("--prefix", default="p", help="document id prefix")
    a = ap.parse_args(argv)
    templates = json.loads(a.templates.read_text(encoding="utf-8"))
    pages = build(read_articles(a.articles, a.max_chars), templates, a.seed)
    print(json.dumps(write(pages, a.out, templates, a.prefix)))


if __name__ == "__main__":
    main()
