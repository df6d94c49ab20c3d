# Two commands for a newcomer: `make run` and `make test`.
# The virtualenv is rebuilt whenever pyproject.toml changes (the stamp is older).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
FILE ?=

.PHONY: run test test-long bench clean

# Python 3.11+ is checked first, with the plain %-format a Python 2 or 3.5
# still parses: an older one would fail later with "No module named 'tomllib'".
PYTHON_OK := import sys; v = sys.version_info; sys.exit(0 if v >= (3, 11) else \
	"Wayline needs Python 3.11 or newer, and $(PYTHON) is %d.%d: install a newer Python and run make again with PYTHON=python3.12 (or whichever you installed)." % v[:2])

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Wayline needs Python 3.11 or newer, and there is no $(PYTHON) on this machine: install Python 3.11+ and run make again (PYTHON=... names another)." >&2; exit 1; }
	@$(PYTHON) -c '$(PYTHON_OK)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print('\n'.join(p['dependencies'] + p['optional-dependencies']['test']))" > $(VENV)/requirements.txt
	$(PY) -m pip install --quiet -r $(VENV)/requirements.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(FILE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

test-long: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_canvas.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_export.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_open.py

clean:
	rm -rf $(VENV)
