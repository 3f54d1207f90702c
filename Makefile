# The two commands a person needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# A second venv with the oldest versions pyproject.toml claims (Debian trixie's Qt and friends).
OLD_VENV ?= .venv-oldest
OLD_STAMP := $(OLD_VENV)/.installed
# What runs there: the parts that lean on Qt, pyqtgraph and platformdirs (and on how PySide loads
# its support code), in well under a minute.
# Left out: the screenshots and large-text walks (time), and the follow-along layout estimate.
OLDEST_UI := accessible_names app_wiring chart_tables coaching contrast cues first_paint_imports \
	first_run focus_visible history_charts history_page languages no_english_left \
	notification_actions own_exercises_ui reading_labels reminder_gate reminder_timer reminders \
	restore_ui routine_page runner screen_reader session_states session_words tab_order \
	file_kinds open_saved opener \
	tray_instance warm_charts window_geometry
OLDEST_TESTS ?= tests/core tests/store $(OLDEST_UI:%=tests/ui/test_%.py) tests/test_selfcheck.py \
	tests/test_support_bytecode.py tests/test_qt_mirrors.py
# Tests of what the old versions do differently, not the app: Qt 6.8 gives a list view, or a
# control whose label is not its sibling, no Label relation (the name is still read), and
# PySide 6.8's QAction.menu() hands back an already deleted wrapper. Also, for time, one size
# and colour of the seeded History page is enough there.
OLDEST_DESELECT := \
	test_accessible_names.py::test_every_tab_stop_has_a_name_and_every_input_a_label \
	test_accessible_names.py::test_dialogs_have_no_silent_tab_stops \
	test_tab_order.py::test_history_charts_come_before_the_buttons_below_them \
	test_history_page.py::test_seeded_history_numbers_match[1280x800-dark] \
	test_history_page.py::test_seeded_history_numbers_match[800x500-light] \
	test_history_page.py::test_seeded_history_numbers_match[800x500-dark]

.PHONY: run test lint format bench bundle translations system-deps system-deps-test system-deps-bench clean

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

system-deps-bench:
	bash scripts/system-deps.sh --bench

run: $(STAMP) system-deps translations
	$(PY) -m foot_coach $(ARGS)

# One pytest worker per core (pytest-xdist): in one process the suite took 21-25 minutes on
# CI's two cores. Each test's app, desktop and sound server are its own (own data folder,
# XDG_RUNTIME_DIR, Xvfb -displayfd), so two run side by side without meeting. A file's tests
# stay on one worker: its module fixtures (the sdist built in the source tree) are made once.
XDIST = -n auto --dist loadfile

test: $(STAMP) $(OLD_STAMP) system-deps-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(XDIST) $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(OLD_VENV)/bin/python -m pytest -q $(XDIST) \
		-p no:cacheprovider $(OLDEST_TESTS) $(OLDEST_DESELECT:%=--deselect 'tests/ui/%')

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Builds two bundles (the app and its floor) besides the rest: needs PyInstaller.
bench: $(STAMP) system-deps-bench
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[bundle]'
	$(PY) benchmarks/run.py $(ARGS)

# A one-folder app in build/bundle/dist/foot-coach, checked with --self-check after building.
bundle: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[bundle]'
	$(PY) packaging/build_bundle.py

clean:
	rm -rf $(VENV) $(OLD_VENV) build dist *.egg-info
