# The two commands a person needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench bundle translations system-deps system-deps-test clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

# The .qm files the app loads, from the .ts sources (both are committed; a test checks them).
translations: $(STAMP)
	$(PY) scripts/translations.py release

system-deps:
	bash scripts/system-deps.sh

system-deps-test:
	bash scripts/system-deps.sh --test

run: $(STAMP) system-deps translations
	$(PY) -m foot_coach $(ARGS)

test: $(STAMP) system-deps-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Builds two bundles (the app and its floor) besides the rest: needs PyInstaller.
bench: $(STAMP) system-deps-test
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[bundle]'
	$(PY) benchmarks/run.py $(ARGS)

# A one-folder app in build/bundle/dist/foot-coach, checked with --self-check after building.
bundle: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[bundle]'
	$(PY) packaging/build_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info
