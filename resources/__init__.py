"""Bundled fonts, templates, icons, the user guide and the sample map; Wayline's
version. `path(name)` finds a resource."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Wayline's version, here so that both the entry point (main.py, `--version`) and
# the editor (Help ▸ About) read it without the editor importing main.py, which
# imports the editor; pyproject.toml's version, kept equal by tests/test_packaging.py
VERSION = "0.1.0"


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
