# Two commands for a newcomer: `make run` and `make test`.
# The virtualenv is rebuilt whenever pyproject.toml changes (the stamp is older).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
FILE ?=

.PHONY: run test test-long bench bundle clean

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
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_tiles.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_gestures.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_start.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_workshop.py

# A one-folder application (PyInstaller, packaging/wayline.spec) for the system
# make runs on; on Linux packed as dist/wayline-VERSION-linux-ARCH.tar.gz with
# the menu entry, icon and .journey file type (install.sh), on macOS as a zip
# of Wayline.app. Windows: see README, "A double-clickable Wayline".
bundle: $(STAMP)
	$(PY) -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['bundle']))" > $(VENV)/bundle.txt
	$(PY) -m pip install --quiet -r $(VENV)/bundle.txt
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/wayline.spec
	@set -e; version=$$($(PY) main.py --version | cut -d' ' -f2); \
	case "$$(uname -s)" in \
	Linux) sh packaging/linux/assemble.sh dist/wayline; \
		tar -C dist -czf dist/wayline-$$version-linux-$$(uname -m).tar.gz wayline; \
		echo "dist/wayline-$$version-linux-$$(uname -m).tar.gz: unpack, run wayline/wayline-gui (or wayline/install.sh once)";; \
	Darwin) ditto -c -k --keepParent dist/Wayline.app dist/Wayline-$$version-macos-$$(uname -m).zip; \
		echo "dist/Wayline-$$version-macos-$$(uname -m).zip";; \
	esac

clean:
	rm -rf $(VENV) build dist
