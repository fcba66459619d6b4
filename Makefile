# GP Records: every target bootstraps .venv from requirements.txt first.
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTHON ?= python3
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/gp_records

.PHONY: bootstrap run load test test-postgres lint format test-browser bench
.PHONY: serve migrate check-deploy backup restore loadtest

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

bootstrap: $(VENV)/.installed

## make run: migrate the local SQLite database, load fixtures/, serve on 127.0.0.1:$(PORT)
run: load
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## make load: migrate, then load fixtures/ into the database DATABASE_URL names
load: bootstrap
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_meeting fixtures/*.yaml

## make test: the whole suite on SQLite
test: bootstrap
	$(PY) -m pytest

## make test-postgres: the whole suite on PostgreSQL
test-postgres: bootstrap
	DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest

## make lint: ruff (lint and format) and the import contracts (dependencies point one way)
lint: bootstrap
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: bootstrap
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## make bench: benchmark against a minimal view and Datasette (bench/run_bench.py; BENCH_ARGS=--smoke
## for a quick check). Installs wrk with apt-get and requirements-bench.txt into .venv if missing.
bench: bootstrap
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk) \
		|| echo "wrk could not be installed: the benchmark falls back to its Python load client"
	$(PY) -m pip install --quiet -r requirements-bench.txt
	$(PY) bench/run_bench.py $(BENCH_ARGS)

# Browser tests: Playwright (requirements-browser.txt) driving Debian's Chromium, never a
# downloaded browser. Screenshots land in test-output/screenshots/.
CHROMIUM ?= /usr/bin/chromium

$(VENV)/.browser-installed: requirements-browser.txt $(VENV)/.installed
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(PY) -m pip install --quiet -r requirements-browser.txt
	touch $@

## make test-browser: the browser tests (reader, editor, accessibility, phone widths) in Chromium
test-browser: $(VENV)/.browser-installed
	@test -x $(CHROMIUM) || { echo "make test-browser needs Chromium at $(CHROMIUM):" \
		"apt-get update && apt-get install -y chromium chromium-driver"; exit 1; }
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 GP_CHROMIUM=$(CHROMIUM) $(PY) -m pytest --browser -m browser tests/browser

# Search benchmark (issue 4): builds its own databases, a SQLite file in /tmp and a PostgreSQL
# database, both named after the checkout (gp_search_bench_<folder>), and prints median and
# p95 latencies with their targets.
BENCH_STATEMENTS ?= 1000000
.PHONY: bench-search
## make bench-search: search latency on $(BENCH_STATEMENTS) synthetic statements, on both databases
bench-search: bootstrap
	$(PY) bench/search_bench.py --database sqlite --statements $(BENCH_STATEMENTS)
	$(PY) bench/search_bench.py --database postgres --statements $(BENCH_STATEMENTS)

# The judged query set (search/judged_queries.yaml) on the shipped meeting, in test databases of
# its own (in memory; test_gp_measure_search on PostgreSQL): recall at 10 and MRR by class.
MEASURE_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/gp_measure_search
.PHONY: measure-search
## make measure-search: recall at 10 and mean reciprocal rank of the judged queries, on both databases
measure-search: bootstrap
	DATABASE_URL=sqlite:///:memory: $(PY) manage.py measure_search
	DATABASE_URL=$(MEASURE_POSTGRES_URL) $(PY) manage.py measure_search

# Intake: the corpus's accuracy (dev, then the held-out third) and the readers' and the
# interpreter's speed. Measurements that print figures, never timed tests.
.PHONY: measure-import bench-intake
## make measure-import: the importer's accuracy on the corpus (tests/intake/corpus), dev and the held-out sets, then on other programs' versions of its documents (tests/intake/producers)
measure-import: bootstrap
	$(PY) manage.py measure_import tests/intake/corpus/dev
	$(PY) manage.py measure_import tests/intake/corpus/heldout
	$(PY) manage.py measure_import tests/intake/corpus/heldout2
	$(PY) manage.py measure_import tests/intake/corpus/heldout3
	$(PY) manage.py measure_import tests/intake/corpus/heldout4
	$(PY) manage.py measure_import tests/intake/corpus/heldout5
	$(PY) manage.py measure_import tests/intake/corpus/heldout6
	$(PY) manage.py measure_import tests/intake/corpus/heldout7
	$(PY) manage.py measure_import tests/intake/corpus/heldout8
	$(PY) manage.py measure_import tests/intake/producers/libreoffice-odt
	$(PY) manage.py measure_import tests/intake/producers/libreoffice-rtf
	$(PY) manage.py measure_import tests/intake/producers/libreoffice-doc
	$(PY) manage.py measure_import tests/intake/producers/libreoffice-pdf
	$(PY) manage.py measure_import tests/intake/producers/libreoffice-html
	$(PY) manage.py measure_import tests/intake/producers/chromium-pdf

## make bench-intake: a 100-page PDF read (time, memory) and 1,000 text minutes drafted (files/s)
bench-intake: bootstrap
	$(PY) bench/intake_readers.py --pages 100
	$(PY) bench/intake_batch.py --files 1000

# --- Production (issue 5) -------------------------------------------------------------------
## make serve: collect static files, then serve under gunicorn on 127.0.0.1:$(PORT) (see gp_site/gunicorn.conf.py)
serve: bootstrap
	$(PY) manage.py collectstatic --noinput --verbosity 0
	PORT=$(PORT) $(VENV)/bin/gunicorn --config gp_site/gunicorn.conf.py

## make migrate: apply migrations once per deployment (not from every app server at once)
migrate: bootstrap
	$(PY) manage.py migrate --noinput

## make check-deploy: Django's deployment checks under the environment's settings
check-deploy: bootstrap
	$(PY) manage.py check --deploy --fail-level WARNING

## make backup [BACKUP=path.json.gz]: every record, natural keys, primary keys kept
backup: BACKUP ?= backups/records-$(shell date -u +%Y%m%dT%H%M%SZ).json.gz
backup: bootstrap
	$(PY) manage.py backup_records $(BACKUP)

## make restore BACKUP=path.json.gz: into a database holding no records
restore: bootstrap
	@test -n "$(BACKUP)" || { echo "make restore BACKUP=path/to/records.json.gz"; exit 2; }
	$(PY) manage.py restore_records $(BACKUP)

## make loadtest: gunicorn on loopback driven by a second process while a third loads and edits
loadtest: bootstrap
	$(PY) bench/load_test.py $(LOADTEST_ARGS)
