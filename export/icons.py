"""The icons' grid and pen, for the preflight's thinnest-line check.

The icons themselves are pure path data in `model.icon_paths`, drawn by both
backends (`canvas/icons.py`, `export/poster.py`); nothing here imports Qt.
"""
from __future__ import annotations

from model.icon_paths import GRID, PEN, ops

__all__ = ["GRID", "PEN", "ops"]
