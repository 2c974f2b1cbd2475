# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run test test-production bench lint format messages quality-tools

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

# Notification emails link to the admin at the address `make run` serves on.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	@# The scheduler publishes what staff scheduled; it stops when the server stops.
	$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run
	@# One worker per core; then what measures speed in a browser, with the machine to itself
	@# (exit status 5 is "no test selected", when PYTEST_ARGS picks none of those).
	$(BIN)/pytest -n auto --dist worksteal -m "not alone" $(PYTEST_ARGS)
	$(BIN)/pytest -m alone $(PYTEST_ARGS) || [ $$? -eq 5 ]

# The production tier: the site as deployed (docs/operators/deployment.md) on services of its
# own (PostgreSQL, Redis, gunicorn, nginx, Varnish), checked over HTTP. Needs Debian's nginx,
# varnish, redis-server, postgresql and openssl.
test-production: install
	ECPR_PRODUCTION_TIER=1 $(BIN)/pytest tests/production $(PYTEST_ARGS)

# The site's cost per request, demo size against scale size and against a bare Django app
# (bench/run.py); writes bench/results/ and docs/operators/performance.md. Needs PostgreSQL at
# BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432). Never part of `make test`.
# BAKERYDEMO=<path to a checkout of github.com/wagtail/bakerydemo> also sets the uncached pages
# against bakerydemo's (bench/against_bakerydemo.py); without it that table is left unmeasured.
bench: install
	$(BIN)/python bench/run.py $(if $(BAKERYDEMO),--bakerydemo "$(BAKERYDEMO)") $(BENCH_ARGS)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract the reader-facing strings and compile the Spanish catalogue (needs GNU gettext).
messages: install
	$(MANAGE) makemessages --locale es --ignore ".venv/*" --no-obsolete
	$(MANAGE) compilemessages --locale es

# The Nu HTML Checker and Lighthouse, which the browser tests run (needs node, npm and java).
quality-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@
