# Two commands for a newcomer: `make run` and `make test`.
# The virtualenv is rebuilt whenever pyproject.toml changes (the stamp is older).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
FILE ?=

.PHONY: run test test-long bench clean

$(STAMP): pyproject.toml
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
