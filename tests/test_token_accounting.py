"""Token accounting from a document's exit and its edit log (jinglian.tokens.accounting)."""
from __future__ import annotations

from jinglian.document import Document, Edit, Removal
from jinglian.tokens.accounting import (ShardTokens, TokenLedger, document_tokens, site_of,
                                        training_cost_gpu_hours)

STEPS = ["normalize.width", "lines.noise", "pii.mask", "quality.filter", "minhash.dedup"]


def count(text: str) -> int:
    """A stand-in tokenizer: one token per character, so every figure can be checked by hand."""
    return len(text)


def edited_document() -> Document:
    doc = Document("d1", "正文第一段。<PHONE>", source="a.jsonl", url="https://www.example.cn/news/1.html")
    doc.edits.append(Edit("lines.noise", (Removal(0, 4, "lines.site_chrome", "首页导航"),
                                          Removal(10, 14, "lines.copyright", "版权所有"))))
    doc.edits.append(Edit("pii.mask", (Removal(6, 17, "pii.phone", "13812345678", "<PHONE>"),)))
    return doc


def test_a_kept_document_counts_edits_as_differences_and_passes_the_rest_through():
    doc = edited_document()
    t = document_tokens(doc, STEPS, count)
    assert t.at_exit == len(doc.text) == 13
    # after pii.mask the text has 13 tokens; pii.mask removed 11 and put back 7; lines.noise removed 8
    assert t.steps_out == [25, 17, 13, 13, 13]
    assert t.steps_in == [25, 25, 17, 13, 13]
    assert dict(t.removed) == {"lines.site_chrome": 4, "lines.copyright": 4, "pii.phone": 4}
    assert sum(i - o for i, o in zip(t.steps_in, t.steps_out)) == sum(t.removed.values())


def test_a_dropped_document_counts_whole_at_its_step_and_never_reaches_the_next():
    doc = edited_document()
    t = document_tokens(doc, STEPS, count, dropped_at=3, drop_reason="quality.spam")
    assert len(t.steps_in) == 4                     # quality.filter was the last step it saw
    assert t.steps_in[3] == 13 and t.steps_out[3] == 0
    assert t.removed["quality.spam"] == 13
    assert t.steps_in[0] == 25 == sum(t.removed.values())


def test_real_tokenizer_counts_are_exact_at_the_exit():
    import pytest

    pytest.importorskip("tiktoken")
    from jinglian.tokens import load_tokenizer

    tok = load_tokenizer("deepseek-v3")
    doc = edited_document()
    t = document_tokens(doc, STEPS, tok.count)
    assert t.at_exit == len(tok.encode(doc.text)) and t.steps_out[-1] == t.at_exit
    assert t.removed["pii.phone"] == tok.count("13812345678") - tok.count("<PHONE>")


def test_a_shards_sums_equal_the_per_document_accounting_summed():
    """ShardTokens keeps only sums; its tokens in/out per step, removed per reason and per site must
    be what document_tokens gives document by document, for kept and dropped documents alike."""
    import random
    from collections import Counter

    rng = random.Random(7)
    shard = ShardTokens("stand-in", STEPS, count=count)
    shard.BATCH_CHARS = 500     # several batches, as a big shard has
    step_in, step_out, removed, kept_rows = [0] * len(STEPS), [0] * len(STEPS), Counter(), []
    for k in range(300):
        text = "".join(rng.choice("正文数据清洗 ,。\n") for _ in range(rng.randint(0, 40)))
        doc = Document(f"d{k}", text, source=f"s{k % 3}.jsonl", url=f"https://www.site{k % 4}.cn/{k}")
        dropped_at = rng.choice([None, None, 0, 2, 3, 4])
        for step in rng.sample(STEPS, rng.randint(0, 3)):
            pieces = tuple(Removal(0, n, f"{step}.r{rng.randint(0, 1)}", "删" * n, rng.choice([None, "<X>"]))
                           for n in (rng.randint(1, 6) for _ in range(rng.randint(1, 2))))
            doc.edits.append(Edit(step, pieces))
        reason = None if dropped_at is None else rng.choice([None, "quality.spam"])
        t = document_tokens(doc, STEPS, count, dropped_at, reason)
        for i, (a, b) in enumerate(zip(t.steps_in, t.steps_out)):
            step_in[i] += a
            step_out[i] += b
        removed.update(t.removed)
        row = {"id": doc.id} if dropped_at is None else None
        if shard.leave(doc, None if dropped_at is None else STEPS[dropped_at], reason, row):
            kept_rows += shard.finish()
        if row is not None:
            row["expected"] = t.at_exit
    kept_rows += shard.finish()
    assert shard.steps_in_out() == (step_in, step_out)
    assert +shard.removed == +removed
    assert all(r["n_tokens"] == r["expected"] for r in kept_rows) and len(kept_rows) > 50
    out = shard.to_json()
    assert sum(r["tokens_in"] for r in out["ledger"]["sources"]) == step_in[0]


def test_ledger_sums_per_source_and_site_and_merges():
    a, b = TokenLedger(), TokenLedger()
    doc = edited_document()
    a.add(doc, 25, 13)
    b.add(Document("d2", "x", source="a.jsonl", url="http://example.cn/2"), 10, 0)
    b.add(Document("d3", "y", source="b.jsonl"), 5, 5)
    total = a + b
    assert total.sources == {"a.jsonl": [35, 13], "b.jsonl": [5, 5]}
    assert total.sites == {"example.cn": [35, 13], "": [5, 5]}
    assert TokenLedger.from_json(total.to_json()).sources == total.sources
    assert site_of("https://WWW.Example.cn:8080/x") == "example.cn" and site_of(None) == ""


def test_training_cost_uses_deepseek_v3_rate():
    assert abs(training_cost_gpu_hours(14_800_000_000_000) - 2.788e6) < 1e-6
    assert abs(training_cost_gpu_hours(1_000_000) - 0.18838) < 1e-4


# --- in a run -----------------------------------------------------------------------------

def _toy_run(tmp_path, tokenizer):
    import pytest

    pytest.importorskip("tiktoken")
    from helpers import outputs, write_jsonl
    from toysteps import DropIfContains, ExactDuplicates, MaskHan, RemoveFirstLine

    from jinglian import Pipeline, run

    rows = [{"id": "a", "text": "导航 首页\n正文中中中讲的是数据清洗，每一步都有理由。", "url": "https://www.a.cn/1"},
            {"id": "b", "text": "导航 首页\n正文中中中讲的是数据清洗，每一步都有理由。", "url": "https://a.cn/2"},
            {"id": "c", "text": "标题\nX 这一篇会被整篇丢掉 <think>", "url": "https://b.cn/1"},
            {"id": "d", "text": "只有一行"}]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    pipeline = Pipeline([RemoveFirstLine(), MaskHan(), DropIfContains("X"), ExactDuplicates()], tokenizer=tokenizer)
    run([str(src)], tmp_path / "out", pipeline, report=False)
    stats = __import__("json").loads((tmp_path / "out" / "stats.json").read_text())
    return outputs(tmp_path / "out"), stats


def test_a_run_counts_kept_tokens_and_every_removed_token_by_step_and_reason(tmp_path):
    from jinglian.tokens import load_tokenizer

    tok = load_tokenizer("deepseek-v3")
    (kept, dropped, edits), stats = _toy_run(tmp_path, "deepseek-v3")
    assert {r["id"]: r["n_tokens"] for r in kept} == {r["id"]: tok.count(r["text"]) for r in kept}
    t = stats["tokens"]
    assert t["name"] == "deepseek-v3" and t["counting"] == "on"
    assert t["tokens_kept"] == sum(r["n_tokens"] for r in kept)
    assert t["tokens_in"] == t["tokens_kept"] + t["tokens_removed"] == t["tokens_kept"] + sum(t["removed_by_reason"].values())
    # dropped documents count whole, as their text was when dropped
    by_reason = {r["reason"]: 0 for r in dropped}
    for r in dropped:
        by_reason[r["reason"]] += tok.count(r["text"])
    assert t["removed_by_reason"]["toy.contains"] == by_reason["toy.contains"]
    assert t["removed_by_reason"]["toy.duplicate"] == by_reason["toy.duplicate"]
    # edits count the difference: removed text minus its replacement
    masked = sum(tok.count(e["removed_text"]) - tok.count(e["replacement"]) for e in edits if e["reason"] == "toy.masked")
    assert t["removed_by_reason"]["toy.masked"] == masked
    steps = {s["step"]: s for s in stats["steps"]}
    for name, reasons in (("toy.remove_first_line", ["toy.first_line"]), ("toy.mask", ["toy.masked"]),
                          ("toy.drop_if_contains", ["toy.contains"]), ("toy.exact", ["toy.duplicate"])):
        s = steps[name]
        assert s["tokens_in"] - s["tokens_out"] == sum(t["removed_by_reason"].get(r, 0) for r in reasons), name
    assert steps["toy.exact"]["tokens_out"] == t["tokens_kept"]
    assert {s["name"]: s["tokens_in"] for s in t["sites"]}.keys() == {"a.cn", "b.cn", ""}
    assert sum(s["tokens_kept"] for s in t["sources"]) == t["tokens_kept"]
    assert t["training_cost"]["basis"].startswith("DeepSeek-V3: 2.788M H800 GPU-hours")


def test_a_recipe_can_turn_counting_off(tmp_path):
    (kept, _, _), stats = _toy_run(tmp_path, None)
    assert all(r["n_tokens"] is None for r in kept) and "tokens" not in stats
    assert all("tokens_in" not in s for s in stats["steps"])


def test_recipes_choose_the_tokenizer():
    from jinglian.recipe import load_recipe, parse_recipe, to_toml

    assert load_recipe("zh-web").tokenizer == "deepseek-v3"
    assert load_recipe("passthrough").tokenizer is None
    off = parse_recipe('tokenizer = "none"\n[[steps]]\nuse = "basic.min_chars"\n')
    assert off.tokenizer is None
    qwen = parse_recipe('tokenizer = "qwen3.6"\n[[steps]]\nuse = "basic.min_chars"\n')
    assert qwen.tokenizer == "qwen3.6" and parse_recipe(to_toml(qwen)).tokenizer == "qwen3.6"
    assert qwen.fingerprint() != off.fingerprint()


def test_the_report_shows_tokens_beside_characters_and_the_cost_basis(tmp_path):
    from jinglian.report import build_report

    _, stats = _toy_run(tmp_path, "deepseek-v3")
    html = open(build_report(str(tmp_path / "out")), encoding="utf-8").read()
    assert "tokens removed" in html and "tokens in (deepseek-v3)" in html
    assert "2.788M H800 GPU-hours for its full training on 14.8T tokens" in html
    assert f'{stats["tokens"]["tokens_in"]:,}' in html


def test_site_of_agrees_with_urlsplit_on_odd_addresses():
    from urllib.parse import urlsplit

    def reference(url):
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").removeprefix("www.")

    urls = ["https://WWW.Example.cn:8080/x", "http://a.b.cn?q=1", "http://user:pw@Host.cn/x", "https://[::1]:80/x",
            "example.cn/path", "http://例子.中国/x", "http:///x", "ftp://a.cn/x", "https://a.cn:/x", " http://a.cn/x",
            "http://a.cn\t/x", "HTTP://A.CN/", "http://a_b.cn/x", "http://a.cn@b.cn/", "https://a.cn:99999/x"]
    assert [site_of(u) for u in urls] == [reference(u) for u in urls]
