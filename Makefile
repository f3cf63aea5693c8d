# `make demo` and `make test` set everything up on a fresh machine (Python >= 3.11).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EXTRAS ?= dev,html,ray,bench,tokens,model

.PHONY: demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[$(EXTRAS)]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/jinglian run samples/zh-web -o out/demo --overwrite

test: $(VENV)/.installed
	@command -v chromium >/dev/null 2>&1 || bash .ci/install-browser.sh  # the report's browser test
	$(PY) -m pytest

clean:
	rm -rf out .pytest_cache .hypothesis
