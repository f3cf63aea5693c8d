"""Rebuild the labelled sets and corpus copies under tests/data (see tests/data/README.md).

    .venv/bin/python tools/build_test_data.py [--shared ../shared] [--only gate,pages,magic-html-zh,ud-gsd-trad-simp]

`magic-html-zh` and `ud-gsd-trad-simp` are copied from the shared corpora folder (licences travel with
them); `gate` and `pages` are built from the bundled magic-html-zh copy alone, with jinglian's own
generator (`jinglian.testing.noisy`) and templates, so they can be rebuilt from the repository.
The same inputs give the same bytes.  Tests never run this; they read what it wrote.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import shutil
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "tests" / "data"  # what this script writes; tests only read it

# gate: the quality gate's set (tests/test_quality_gate.py); seed and length cap chosen once, before
# any run: 1,500 characters per article keeps the set small (about 170 pages, 0.4 MB compressed)
GATE_SEED = 11
GATE_MAX_CHARS = 1500


def write_gz(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def read_gz(path: Path) -> list[dict]:
    return [json.loads(x) for x in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n") if x.strip()]


# --- corpus copies ------------------------------------------------------------------------------
_SCRIPT = re.compile(rb"(?is)<script\b[^>]*>.*?</script\s*>")
_STYLE = re.compile(rb"(?is)<style\b[^>]*>.*?</style\s*>")


def strip_page(html: bytes) -> bytes:
    """Remove <script> (but JSON-LD) and <style> elements: half the bytes, never main text."""
    html = _SCRIPT.sub(lambda m: m.group(0) if b"ld+json" in m.group(0)[:200].lower() else b"", html)
    return _STYLE.sub(b"", html)


def same_text(page_id: str, url: str, original: bytes, stripped: bytes) -> bool:
    """Does jinglian's extractor give the same main text for both forms of a page?"""
    from jinglian.io.html import page_to_document

    a, b = (page_to_document(x, doc_id=page_id, source=page_id, locator="", url=url) for x in (original, stripped))
    return getattr(a, "text", None) == getattr(b, "text", None)


def copy_magic_html_zh(shared: Path) -> None:
    src, out = shared / "data" / "corpora" / "magic-html-zh", HERE / "magic-html-zh"
    out.mkdir(exist_ok=True)
    gold = [json.loads(x) for x in (src / "gold.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    write_gz(out / "gold.jsonl.gz", gold)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:xz", preset=9) as tar:
        for row in gold:
            original = (src / "html" / f"{row['id']}.html").read_bytes()
            data = strip_page(original)
            if not same_text(row["id"], row["url"], original, data):  # then keep the page whole
                data = original
            info = tarfile.TarInfo(f"html/{row['id']}.html")
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
    (out / "pages.tar.xz").write_bytes(buf.getvalue())
    shutil.copyfile(src / "LICENSE", out / "LICENSE")


def copy_ud_pairs(shared: Path) -> None:
    src, out = shared / "data" / "corpora" / "ud-gsd-trad-simp", HERE / "ud-gsd-trad-simp"
    out.mkdir(exist_ok=True)
    rows = [json.loads(x) for x in (src / "pairs.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    write_gz(out / "pairs.jsonl.gz", rows)
    shutil.copyfile(src / "LICENSE.txt", out / "LICENSE.txt")


# --- labelled sets ----------------------------------------------------------------------------------
def articles() -> list[dict]:
    """The annotated magic-html-zh pages as articles: title without its "-site name" tail, paragraphs."""
    out = []
    for row in read_gz(HERE / "magic-html-zh" / "gold.jsonl.gz"):
        title = re.split(r"\s*[-_|]\s*", row.get("title") or "")[0].strip() or None
        out.append({"id": row["id"], "title": title, "kind": row["kind"],
                    "paragraphs": [p.strip() for p in row["content"].split("\n") if p.strip()]})
    return out


def build_gate() -> None:
    from jinglian.testing.noisy import build, to_articles, write

    templates = json.loads((HERE / "templates" / "gate.json").read_text(encoding="utf-8"))
    pages = build(to_articles(articles(), max_chars=GATE_MAX_CHARS), templates, GATE_SEED)
    print("gate", write(pages, HERE / "gate", templates, prefix="g"))


# pages: three hand-made pages in the manner of saved crawl text, around magic-html-zh articles.
# Every string that is not the article's is written for this project.
_A, _B, _C = "e751800204690e10", "1f930df31eb35178", "5da9b27b0b9b53ae"
#: lines of those articles' annotated main text that are not content: labelled as what they are here
_NOT_CONTENT = {"（本文来源：经济日报": "source-line", "返回搜狐，查看更多": "site-chrome", "责任编辑：": "editor-line",
                "【责任编辑：刘峻凌】": "editor-line"}


def _paragraphs(art: dict, convert=lambda s: s) -> list[tuple[str, str, str]]:
    out = []
    for p in art["paragraphs"]:
        why = next((w for start, w in _NOT_CONTENT.items() if p.startswith(start)), None)
        out.append((convert(p), "drop", why) if why else (convert(p), "keep", "content"))
    return out


def build_pages() -> None:
    import opencc

    arts = {a["id"]: a for a in articles()}
    a, b, c = arts[_A], arts[_B], arts[_C]
    # C's annotation breaks one paragraph around a link ("呼和浩特" / "市婴幼儿…"): one line on this page
    c = {**c, "paragraphs": c["paragraphs"][:1] + ["".join(c["paragraphs"][1:6])] + c["paragraphs"][6:]}
    trad = opencc.OpenCC("s2tw").convert
    # page-000: a traditional-script copy of A, saved with blank lines and indented paragraphs
    p0 = [("最新电影免费在线观看_高清无删减版_手机在线看片_日韩欧美一区二区", "drop", "seo-spam"),
          (trad(a["title"]), "keep", "title"), (trad(a["title"]), "either", "repeated-title"),
          ("雲帆 2024-05-06 國際財經 12 次瀏覽 0個評論", "drop", "site-chrome"),
          ("本報記者 李曉????實習生 王磊", "either", "byline")]
    p0 += [("　　" + t, lab, why) for t, lab, why in _paragraphs(a, trad)]
    p0 += [("你可能還想看:", "drop", "site-chrome"),
           (f"轉載請注明來自雲帆(深圳)企業管理諮詢有限公司,本文標題:《{trad(a['title'])}》", "drop", "repost-notice"),
           ("每一天都是新的開始,努力成就更好的自己!", "drop", "site-chrome"), ("Top", "drop", "site-chrome"),
           ("網站統計代碼", "drop", "site-chrome")]
    # page-001: a simplified copy of A cut short, after a cut-off fragment of another page
    longest = max(b["paragraphs"], key=len)
    k = max(3, len(a["paragraphs"]) * 3 // 5)
    p1 = [(longest[:len(longest) * 11 // 20], "drop", "foreign-fragment"), ("本报记者 李晓 实习生 王磊", "either", "byline")]
    p1 += _paragraphs(a)[:k - 1] + [(a["paragraphs"][k - 1], "either", "truncated")]
    p1 += [("本文来自投稿,不代表云帆号立场,如若转载,请注明出处:https://www.yunfan-example.cn/gj/202405-3381.html",
            "drop", "repost-notice")]
    # page-002: C on a local portal, one paragraph with a telephone number
    phone = "0471-6512345"
    body = _paragraphs(c)
    body[2] = (body[2][0].rstrip("。") + f"，具体可拨打{phone}咨询。", "keep", "content+pii")
    p2 = [("网站首页 | 新闻中心 | 政务公开 | 便民服务 | 互动交流", "drop", "site-chrome"),
          ("当前位置: 首页 > 新闻中心 > 本地要闻", "drop", "site-chrome"), (c["title"], "keep", "title"),
          ("2024-05-14 08:30　　来源：北疆晨报　　【字体：大 中 小】", "drop", "meta-line")]
    p2 += body + [("转自:北疆晨报", "drop", "source-line"),
                  ("【版权及免责声明】凡本网所属版权作品,转载时须获得授权并注明来源“北疆在线”,违者本网将保留追究其相关法律责任的权力。",
                   "drop", "copyright"), ("延伸阅读", "drop", "site-chrome")]
    docs, lines = [], []
    for n, (page, sep) in enumerate([(p0, "\n\n"), (p1, "\n"), (p2, "\n")]):
        doc = f"page-{n:03d}"
        docs.append({"id": doc, "text": sep.join(t for t, _, _ in page) + "\n"})
        lines += [{"id": doc, "text": t.strip(), "label": lab, "why": why,
                   "pii": [phone] if why == "content+pii" else []} for t, lab, why in page]
    out = HERE / "pages"
    write_gz(out / "input" / "docs.jsonl.gz", docs)
    write_gz(out / "labels" / "lines.jsonl.gz", lines)
    write_gz(out / "labels" / "docs.jsonl.gz", [
        {"id": "page-000", "label": "keep", "why": "article", "cluster": _A},
        {"id": "page-001", "label": "keep", "why": "repost", "cluster": _A},
        {"id": "page-002", "label": "keep", "why": "article", "cluster": _C}])
    print("pages", {"documents": len(docs), "lines": len(lines)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--only", default="magic-html-zh,ud-gsd-trad-simp,gate,pages")
    a = ap.parse_args()
    steps = {"magic-html-zh": lambda: copy_magic_html_zh(a.shared), "ud-gsd-trad-simp": lambda: copy_ud_pairs(a.shared),
             "gate": build_gate, "pages": build_pages}
    for name in a.only.split(","):
        steps[name]()


if __name__ == "__main__":
    main()
