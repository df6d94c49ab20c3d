"""Bundled fonts, templates and the sample map. `path(name)` finds a resource."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
