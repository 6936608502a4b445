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
	test lint catalogs check bench

help:
	@echo "make html          build the site into OUTPUTDIR (default: output/)"
	@echo "make serve         serve OUTPUTDIR at http://$(BIND):$(PORT)/"
	@echo "make devserver     rebuild on every change and serve"
	@echo "make check         list every content problem without building"
	@echo "make test          lint and run every test"
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

html: venv
	$(BUILD)

regenerate: devserver

devserver: venv
	$(PYTHON) -m tools.devserver --settings "$(CONFFILE)" --input "$(INPUTDIR)" \
		--output "$(OUTPUTDIR)" --port $(PORT) --bind $(BIND)

serve: venv
	$(PYTHON) -m http.server --directory "$(OUTPUTDIR)" --bind $(BIND) $(PORT)

clean:
	rm -rf "$(OUTPUTDIR)" cache .pytest_cache

publish: venv
	$(PYTHON) -m tools.build --settings "$(PUBLISHCONF)" --input "$(INPUTDIR)" --output "$(OUTPUTDIR)"

rsync_upload: publish
	rsync -e "ssh -p $(SSH_PORT)" -P -rvzc --delete --delay-updates \
		"$(OUTPUTDIR)/" "$(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)"

s3_upload: publish
	aws s3 sync "$(OUTPUTDIR)/" "s3://$(S3_BUCKET)" --delete \
		$(if $(S3_ENDPOINT),--endpoint-url "$(S3_ENDPOINT)",)

check: venv
	$(PYTHON) -m tools.check --settings "$(CONFFILE)" --input "$(INPUTDIR)"

catalogs: venv
	$(PYTHON) -m tools.catalogs

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: venv lint
	$(PYTHON) -m tools.run_tests
