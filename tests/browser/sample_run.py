"""A small but realistic run for the report tests: Chinese news-like pages through the real
runner, with steps of every kind, so the report sees drops, struck lines, masked PII, a
traditional-script repost dropped as a duplicate, scores with thresholds — and XSS probes
planted in the crawled text, the url and the removed spans.

The steps here are test doubles of the real catalog (they are not in it); they emit
reasons the same way the real ones do, so the report cannot tell the difference.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from jinglian import Pipeline, run
from jinglian.document import Document, Drop, Span
from jinglian.step import Annotator, Editor, Filter, GlobalStep
from jinglian.zh.text import han_ratio

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_CLOSE = "</script><script>window.__xss=2</script>"

SENTENCES = [
    "今年一季度，全国规模以上工业增加值同比增长百分之六点一，比上年四季度加快零点五个百分点。",
    "多地气象部门发布暴雨预警，提醒市民减少外出，注意防范山洪和城市内涝等次生灾害。",
    "研究团队在新型电池材料上取得突破，实验室样品的能量密度比现有产品提高近三成。",
    "教育部印发通知，要求各地中小学进一步减轻学生课业负担，保障每天一小时体育活动。",
    "铁路部门表示，暑运期间将加开旅客列车两百余列，重点满足探亲、旅游和学生出行需求。",
    "这座有着六百多年历史的古城，近年来在保护老街区的同时引入了不少新业态。",
    "专家指出，消费市场回暖的势头仍需巩固，稳定就业和增加居民收入是关键。",
    "当地农民合作社通过电商平台销售特色水果，去年户均增收一万两千余元。",
    "博物馆推出夜间开放活动，观众可以在讲解员的带领下近距离欣赏馆藏青铜器。",
    "围绕城市更新，市政府提出改造老旧小区三百个，新增停车位一万五千个。",
]
CHROME = ["首页 > 新闻 > 正文", "当前位置：首页 > 财经", "责任编辑：小编", "分享到：微信 微博 QQ空间"]
COPYRIGHT = "版权所有 © 2024 示例资讯网 未经授权禁止转载"
SITES = ["news.example-kuaixun.cn", "www.example-huanan.com", "m.example-redian.net", "tech.example-qianyan.cn"]


# ----------------------------------------------------------------- test-double steps


@dataclass
class SiteChrome(Editor):
    name: ClassVar[str] = "sample.lines"
    reasons: ClassVar[dict[str, str]] = {"sample.site_chrome": "navigation or share line",
                                         "sample.copyright": "copyright footer"}
    markers: tuple[str, ...] = ("首页 >", "责任编辑", "分享到")

    def edit(self, doc: Document) -> list[Span]:
        spans, pos = [], 0
        for line in doc.text.splitlines(keepends=True):
            if any(m in line for m in self.markers):
                spans.append(Span(pos, pos + len(line), "sample.site_chrome"))
            elif line.startswith("版权所有"):
                spans.append(Span(pos, pos + len(line), "sample.copyright"))
            pos += len(line)
        return spans


@dataclass
class MaskEmail(Editor):
    name: ClassVar[str] = "sample.pii"
    reasons: ClassVar[dict[str, str]] = {"sample.email": "an e-mail address, masked"}

    def edit(self, doc: Document) -> list[Span]:
        return [Span(m.start(), m.end(), "sample.email", "<EMAIL>")
                for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", doc.text)]


@dataclass
class Signals(Annotator):
    name: ClassVar[str] = "sample.signals"
    reasons: ClassVar[dict[str, str]] = {}

    def annotate(self, doc: Document) -> dict[str, Any]:
        import opencc

        trad = opencc.OpenCC("t2s.json").convert(doc.text) != doc.text
        lines = [l for l in doc.text.splitlines() if l.strip()]
        return {"han_ratio": round(han_ratio(doc.text), 4), "length": len(doc.text),
                "line_count": len(lines), "script": "traditional" if trad else "simplified"}


@dataclass
class Quality(Filter):
    name: ClassVar[str] = "sample.quality"
    reasons: ClassVar[dict[str, str]] = {"sample.low_han_ratio": "too few Han characters",
                                         "sample.too_short": "too short"}
    min_han_ratio: float = 0.5
    min_length: int = 40

    def filter(self, doc: Document) -> Drop | None:
        ratio = han_ratio(doc.text)
        if ratio < self.min_han_ratio:
            return Drop("sample.low_han_ratio", {"han_ratio": round(ratio, 3)})
        if len(doc.text) < self.min_length:
            return Drop("sample.too_short", {"length": len(doc.text)})
        return None


@dataclass
class ExactAcrossScripts(GlobalStep):
    """Exact duplicates after folding traditional to simplified; keeps the smallest id."""

    name: ClassVar[str] = "sample.dedup"
    reasons: ClassVar[dict[str, str]] = {"sample.duplicate": "same text as a kept document"}

    def signature(self, doc: Document) -> dict[str, Any]:
        import opencc

        return {"key": opencc.OpenCC("t2s.json").convert(doc.text).strip()}

    def resolve(self, signature_paths: list[str], workdir: str, executor) -> dict[str, Any]:
        import pyarrow.parquet as pq

        groups: dict[str, list[str]] = {}
        for path in signature_paths:
            t = pq.read_table(path, columns=["key", "id"])
            for key, doc_id in zip(t.column("key").to_pylist(), t.column("id").to_pylist()):
                groups.setdefault(key, []).append(doc_id)
        decisions = {d: sorted(ids)[0] for ids in groups.values() for d in sorted(ids)[1:]}
        Path(workdir, "decisions.json").write_text(json.dumps(decisions, sort_keys=True))
        return {"duplicates": len(decisions)}

    def load(self, workdir: str) -> dict[str, str]:
        return json.loads(Path(workdir, "decisions.json").read_text())

    def decide(self, doc: Document, decisions: dict[str, str]) -> Drop | None:
        if doc.id in decisions:
            return Drop("sample.duplicate", {"similarity": 1.0}, duplicate_of=decisions[doc.id])
        return None


def pipeline() -> Pipeline:
    return Pipeline([SiteChrome(), MaskEmail(), Signals(), Quality(), ExactAcrossScripts()], name="report-sample")


# ----------------------------------------------------------------- input


def documents(n: int = 48) -> list[dict]:
    """Deterministic news-like pages: chrome lines, e-mails, reposts, spam and probes."""
    import opencc

    s2t = opencc.OpenCC("s2t.json")
    docs = []
    for i in range(n):
        body = [SENTENCES[(i * 3 + k) % len(SENTENCES)] for k in range(2 + i % 4)]
        if i < 40:  # pages 40.. repeat earlier ones once their chrome is gone: exact duplicates
            body.insert(1, f"（本报记者 第{i + 1}期 专题报道）")
        lines = [CHROME[i % len(CHROME)]] + body
        if i % 3 == 0:
            lines.append(f"投稿邮箱：editor{i}@example-news.cn")
        if i % 2 == 0:
            lines.append(COPYRIGHT)
        docs.append({"id": f"doc-{i:03d}", "url": f"https://{SITES[i % len(SITES)]}/news/{1000 + i}.html",
                     "text": "\n".join(lines)})
    # a traditional-script repost of doc-001 (after cleaning they are the same text)
    docs.append({"id": "doc-repost", "url": "https://www.example-huanan.com/big5/1001.html",
                 "text": s2t.convert(docs[1]["text"])})
    docs.append({"id": "doc-spam", "url": f"https://{SITES[2]}/ad.html",
                 "text": "BUY NOW cheap watches 100% discount click here www example com 1234567890 " * 3})
    docs.append({"id": "doc-short", "url": f"https://{SITES[3]}/s.html", "text": "暂无内容。"})
    # XSS probes: in kept text, in a struck line, in the url, and in a dropped document
    docs.append({"id": "doc-xss-kept", "url": "https://evil.example/<script>window.__xss=3</script>",
                 "text": "\n".join([SENTENCES[0], f"正文里的代码示例：{XSS_SCRIPT} 与 {XSS_IMG}", SENTENCES[1],
                                    f"分享到：{XSS_IMG}", XSS_CLOSE + SENTENCES[2]])})
    docs.append({"id": "doc-xss-dropped", "url": "https://evil.example/x.html",
                 "text": f"分享到：{XSS_IMG}\n{XSS_SCRIPT}{XSS_IMG}{XSS_CLOSE} javascript:alert(1) onerror onload"})
    # three copies of one page on three sites: a cluster of three
    for k, site in enumerate(SITES[1:3]):
        docs.append({"id": f"doc-copy-{k}", "url": f"https://{site}/copy/{k}.html", "text": docs[5]["text"]})
    return docs


def make_sample_run(tmp: Path, report: bool = True) -> Path:
    """Run the sample pipeline over the sample input into tmp/out; return the run directory."""
    src = tmp / "input.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents()), encoding="utf-8")
    out = tmp / "out"
    run([str(src)], out, pipeline(), report=report)
    return out
