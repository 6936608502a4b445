# The commands a person types. README.md describes each one.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python

INPUTDIR ?= $(CURDIR)/content
OUTPUTDIR ?= $(CURDIR)/output
CONFFILE ?= $(CURDIR)/pelican.conf.py
PUBLISHCONF ?= $(CURDIR)/publishconf.py
PORT ?= 8000
BIND ?= 127.0.0.1

SSH_HOST ?= www.example.org
SSH_PORT ?= 22
SSH_USER ?= deploy
SSH_TARGET_DIR ?= /var/www/site
S3_BUCKET ?= my-site-bucket
S3_ENDPOINT ?=

BUILD := $(PYTHON) -m tools.build --settings "$(CONFFILE)" --input "$(INPUTDIR)" --output "$(OUTPUTDIR)"

.PHONY: help venv html regenerate devserver serve clean publish rsync_upload s3_upload \
	test lint catalogs check bench linkcheck npm validate lighthouse

help:
	@echo "make html          build the site into OUTPUTDIR (default: output/)"
	@echo "make serve         serve OUTPUTDIR at http://$(BIND):$(PORT)/"
	@echo "make devserver     rebuild on every change and serve"
	@echo "make check         list every content problem without building"
	@echo "make linkcheck     check every internal link of the built site in OUTPUTDIR"
	@echo "make validate      check the HTML of the built site in OUTPUTDIR (Nu HTML Checker)"
	@echo "make newpost       start a new item: LANG=lv TITLE=\"…\" [SECTION=news|events|pages]"
	@echo "make translate     start a translation: SLUG=working-group-meeting LANG=bg"
	@echo "make translations  table of missing and outdated translations [LANG=cs] [STRICT=1]"
	@echo "make test          lint and run every test"
	@echo "make lighthouse    Lighthouse over every page type and language in nginx (minutes)"
	@echo "make bench         time clean and incremental builds of N synthetic items [N=1000]"
	@echo "make catalogs      re-extract interface strings and update every catalog"
	@echo "make publish       build with publishconf.py for production"
	@echo "make rsync_upload  publish, then upload with rsync over SSH"
	@echo "make s3_upload     publish, then upload to an S3-compatible bucket"
	@echo "make clean         remove the output and caches"

# The virtual environment is rebuilt whenever the pinned requirements change.
$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(BIN)/.installed

# The npm packages of the quality tests, pinned in package-lock.json: axe-core
# (accessibility) and vnu-jar (HTML checker, run with the system's Java).
# --ignore-scripts: vnu-jar's installer would otherwise fetch a Java runtime.
# Without npm the tests that need them are skipped with this hint (failed in CI).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else \
		echo "npm not found: accessibility and HTML checks will be skipped." \
			"Install: apt-get install -y npm default-jre-headless"; \
	fi

npm: node_modules/.installed

html: venv
	$(BUILD)

regenerate: devserver

devserver: venv
	$(PYTHON) -m tools.devserver --settings "$(CONFFILE)" --input "$(INPUTDIR)" \
		--output "$(OUTPUTDIR)" --port $(PORT) --bind $(BIND)

serve: venv
	$(PYTHON) -m http.server --directory "$(OUTPUTDIR)" --bind $(BIND) $(PORT)

clean:
	rm -rf "$(OUTPUTDIR)" "$(dir $(OUTPUTDIR)).$(notdir $(OUTPUTDIR)).previous" \
		"$(dir $(OUTPUTDIR)).$(notdir $(OUTPUTDIR)).building" \
		"$(dir $(OUTPUTDIR)).$(notdir $(OUTPUTDIR)).state" cache .pytest_cache

publish: venv
	$(PYTHON) -m tools.build --settings "$(PUBLISHCONF)" --input "$(INPUTDIR)" --output "$(OUTPUTDIR)" \
		--link-check

rsync_upload: publish
	rsync -e "ssh -p $(SSH_PORT)" -P -rvzc --delete --delay-updates \
		"$(OUTPUTDIR)/" "$(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)"

s3_upload: publish
	aws s3 sync "$(OUTPUTDIR)/" "s3://$(S3_BUCKET)" --delete \
		$(if $(S3_ENDPOINT),--endpoint-url "$(S3_ENDPOINT)",)

check: venv
	$(PYTHON) -m tools.check --settings "$(CONFFILE)" --input "$(INPUTDIR)"

linkcheck: venv
	$(PYTHON) -m tools.linkcheck "$(OUTPUTDIR)" --settings "$(CONFFILE)"

validate: venv npm
	$(PYTHON) -m tools.vnu "$(OUTPUTDIR)"

catalogs: venv
	$(PYTHON) -m tools.catalogs

# lint-imports: the layer contracts of pyproject.toml (README: Project layout).
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache --no-logo

test: venv npm lint
	$(PYTHON) -m tools.run_tests

# Lighthouse (npm, pinned) with Debian's Chromium over the fixture site in nginx.
lighthouse: venv npm
	$(PYTHON) -m pytest tests/deploy/test_lighthouse.py -m lighthouse -q

# --- Editors' tools: new items, translation stubs, translation status ------------
# LANG here is a site language (LANG=lv on the command line). Without it, make sees
# the shell's locale (e.g. C.UTF-8); the tools recognise that and say what to set.
# `env -u LANG` keeps LANG=lv out of the tools' locale (Pelican warns about it).
# Editors' values exactly as typed. make expands `$(...)` in command-line and
# environment variables, in recipes and again when it exports them to a command,
# so TITLE='$(shell cmd)' would run cmd (even under make -n). Each one is turned
# into a simple variable holding its raw text ($(value)), which is never expanded.
EDITOR_VARIABLES := TITLE SLUG SECTION STRICT LANG
# `make translations` filters by LANG only when it was typed: the shell's locale
# in the environment means every language. (Read before the override below.)
LANG_TYPED := $(filter command,$(firstword $(origin LANG)))
$(foreach name,$(EDITOR_VARIABLES),$(if $(filter command environment,\
	$(firstword $(origin $(name)))),$(eval override $(name) := $$(value $(name)))))
# Single-quote a value for the shell, so titles may contain quotes and spaces.
shell_quote = '$(subst ','\'',$(1))'
EDITORS = --settings $(call shell_quote,$(CONFFILE)) --input $(call shell_quote,$(INPUTDIR))
EDITOR_PYTHON := env -u LANG $(PYTHON)

.PHONY: newpost translate translations

newpost: venv
	@$(EDITOR_PYTHON) -m tools.scaffold new --lang $(call shell_quote,$(LANG)) \
		--title $(call shell_quote,$(TITLE)) --section $(call shell_quote,$(SECTION)) \
		$(if $(SLUG),--slug $(call shell_quote,$(SLUG))) $(EDITORS)

translate: venv
	@$(EDITOR_PYTHON) -m tools.scaffold translate --slug $(call shell_quote,$(SLUG)) \
		--lang $(call shell_quote,$(LANG)) --section $(call shell_quote,$(SECTION)) $(EDITORS)

translations: venv
	@$(EDITOR_PYTHON) -m tools.translation_status $(EDITORS) \
		$(if $(LANG_TYPED),--lang $(call shell_quote,$(LANG))) \
		$(if $(filter-out 0 no false,$(STRICT)),--strict)

# --- Benchmark (issue 9): synthetic corpus, clean and incremental builds -----------
# make bench [N=1000] [RUNS=3] [SEED=1] [COMPARE=bench/results/n1000.json] [PROFILE=1]
N ?= 1000
RUNS ?= 3
SEED ?= 1

bench: venv
	$(PYTHON) -m bench --items $(N) --runs $(RUNS) --seed $(SEED) \
		$(if $(COMPARE),--compare "$(COMPARE)") $(if $(filter-out 0 no false,$(PROFILE)),--profile)
