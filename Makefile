# slawriter — `make run` starts the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := .ci/requirements.lock

QM := resources/i18n/slawriter_en.qm resources/i18n/slawriter_es.qm

.PHONY: venv lock run test test-fast lint typecheck imports pytest pytest-fast system-check-run \
	system-check-test system-check-bundle system-check-ci translations update-ts model-strings \
	catalogs bench screenshots bundle bundle-smoke desktop-icons clean

venv: $(STAMP)

# Exactly the lock's releases, each file checked against its hash, wheels only; then slawriter
# itself, editable, built by the locked hatchling (nothing unpinned is fetched).
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "slawriter needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps --only-binary :all: -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# After changing a dependency, an extra or requires-python in pyproject.toml (or
# .ci/requirements.in): re-resolve the lock, moving only the pins the change needs.
# `make lock UPGRADE=1` moves every pin to the newest release the ranges allow.
lock: venv
	$(BIN)/python .ci/lock.py compile --uv $(BIN)/uv $(if $(UPGRADE),--upgrade)

# The app's translations (.ts, made with pyside6-lupdate) compiled for Qt.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts files, then translate the new Spanish ones.
update-ts: venv
	cd resources/i18n && ../../$(BIN)/pyside6-lupdate -no-obsolete ../../slawriter/app/*.py \
		../../slawriter/app/pages/*.py ../../slawriter/app/controllers/*.py \
		-ts slawriter_es.ts slawriter_en.ts

# After changing the model's titles, descriptions or enums: the list Qt's translators see.
model-strings: venv
	$(BIN)/python -m slawriter.app.i18n --write

# After changing contract text in templates/: refresh the contract catalogs (lists what needs
# a Spanish translation and fails until it has one).
catalogs: venv
	$(BIN)/python -m slawriter.render.catalogs

# The system packages slawriter needs (slawriter/system.py, shown in the README): when one is
# missing, one message names it and the apt-get line, before anything else runs.
system-check-run system-check-test system-check-bundle system-check-ci: system-check-%:
	@$(PYTHON) -m slawriter.system check $*

run: system-check-run venv translations
	$(BIN)/python -m slawriter

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

imports: venv
	$(BIN)/lint-imports

pytest: system-check-test venv translations
	$(BIN)/python -m pytest -q

# Everything but the tests marked process, pdf or property (tests/conftest.py, --fast).
pytest-fast: system-check-test venv translations
	$(BIN)/python -m pytest -q --fast

test: system-check-test lint typecheck imports pytest

test-fast: system-check-test lint typecheck imports pytest-fast

bench: venv
	$(BIN)/python bench/export_bench.py
	$(BIN)/python bench/startup_bench.py
	$(BIN)/python bench/compliance_bench.py

# PNGs of the wizard, the objectives section and the preview for docs/ (needs xvfb-run).
screenshots: system-check-run venv translations
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
		$(BIN)/python -m slawriter.app.screenshots docs/screenshots

# The self-contained app folder dist/slawriter/ (PyInstaller, one folder): the desktop app and the
# whole command line, with no need of this checkout, the venv or a system Python.
# PyInstaller comes from the lock (the bundle extra); the spec copies Pango and HarfBuzz from here.
bundle: system-check-bundle venv translations
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller .ci/bundle/slawriter.spec

# The built bundle, copied elsewhere and run in a clean environment (needs Xvfb, xdotool,
# poppler-utils, openssl: the ci list).
bundle-smoke: system-check-ci
	.ci/bundle/smoke dist/slawriter

# After changing resources/icons/slawriter.svg or the agreement files' icon: the PNGs of the
# Linux desktop integration (resources/desktop/share/icons/hicolor/), rendered with Qt.
desktop-icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python .ci/desktop/render_icons.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
