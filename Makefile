# slawriter — `make run` starts the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QM := resources/i18n/slawriter_en.qm resources/i18n/slawriter_es.qm

.PHONY: venv run test lint typecheck imports pytest translations update-ts model-strings catalogs bench screenshots desktop-icons clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "slawriter needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The app's translations (.ts, made with pyside6-lupdate) compiled for Qt.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts files, then translate the new Spanish ones.
update-ts: venv
	cd resources/i18n && ../../$(BIN)/pyside6-lupdate -no-obsolete ../../slawriter/app/*.py \
		../../slawriter/app/pages/*.py -ts slawriter_es.ts slawriter_en.ts

# After changing the model's titles, descriptions or enums: the list Qt's translators see.
model-strings: venv
	$(BIN)/python -m slawriter.app.i18n --write

# After changing contract text in templates/: refresh the contract catalogs (lists what needs
# a Spanish translation and fails until it has one).
catalogs: venv
	$(BIN)/python -m slawriter.render.catalogs

run: venv translations
	$(BIN)/python -m slawriter

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

imports: venv
	$(BIN)/lint-imports

pytest: venv translations
	$(BIN)/python -m pytest -q

test: lint typecheck imports pytest

bench: venv
	$(BIN)/python bench/export_bench.py
	$(BIN)/python bench/startup_bench.py
	$(BIN)/python bench/compliance_bench.py

# PNGs of the wizard, the objectives section and the preview for docs/ (needs xvfb-run).
screenshots: venv translations
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
		$(BIN)/python -m slawriter.app.screenshots docs/screenshots

# After changing resources/icons/slawriter.svg or the agreement files' icon: the PNGs of the
# Linux desktop integration (resources/desktop/share/icons/hicolor/), rendered with Qt.
desktop-icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python .ci/desktop/render_icons.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
