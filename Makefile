# The two commands a person needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# A second venv with the oldest versions pyproject.toml claims (Debian trixie's Qt and friends).
OLD_VENV ?= .venv-oldest
OLD_STAMP := $(OLD_VENV)/.installed
# What runs there: the parts that lean on Qt, pyqtgraph and platformdirs, in under a minute.
# (UI tests first: test_selfcheck makes a QGuiApplication, and widgets need a QApplication.)
# The UI tests that build the page buttons are left out: with PySide6 6.8 the process crashes
# at exit in QAccessibleCache (their Python accessible interfaces), after every test passed.
OLDEST_TESTS ?= tests/core tests/store tests/ui/test_history_page.py tests/ui/test_runner.py \
	tests/ui/test_contrast.py tests/test_selfcheck.py

.PHONY: run test lint format bench bundle translations system-deps system-deps-test clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

# constraints.txt with the oldest runtime pins put in place of the current ones.
$(OLD_STAMP): pyproject.toml constraints.txt constraints-oldest.txt
	$(PYTHON) -m venv $(OLD_VENV)
	grep -v -i -E "^($$(sed -n 's/==.*//p' constraints-oldest.txt | paste -sd'|'))==" \
		constraints.txt | cat - constraints-oldest.txt > $(OLD_VENV)/constraints.txt
	$(OLD_VENV)/bin/python -m pip install -q --disable-pip-version-check \
		-c $(OLD_VENV)/constraints.txt -e '.[test]'
	touch $(OLD_STAMP)

# The .qm files the app loads, from the .ts sources (both are committed; a test checks them).
translations: $(STAMP)
	$(PY) scripts/translations.py release

system-deps:
	bash scripts/system-deps.sh

system-deps-test:
	bash scripts/system-deps.sh --test

run: $(STAMP) system-deps translations
	$(PY) -m foot_coach $(ARGS)

test: $(STAMP) $(OLD_STAMP) system-deps-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(OLD_VENV)/bin/python -m pytest -q -p no:cacheprovider \
		$(OLDEST_TESTS)

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
	rm -rf $(VENV) $(OLD_VENV) build dist *.egg-info
