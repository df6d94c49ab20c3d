"""Bundled templates: plain JSON files in `resources/templates/`.

Each file has a `name`, a one-line `description` and the map itself in the
form `snapshot.populate_from_template` reads. Templates are only ever read;
a new map is always a new file.
"""
from __future__ import annotations

import json

from resources import path as resource_path
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

FOLDER = resource_path("templates")


def names() -> list[tuple[str, str]]:
    """(name, description) of every bundled template, sorted by name."""
    found = []
    for f in sorted(FOLDER.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        found.append((f.stem, data.get("description", "")))
    return found


def load(name: str) -> dict:
    f = FOLDER / f"{name}.json"
    if not name or "/" in name or "\\" in name or not f.is_file():
        known = ", ".join(n for n, _ in names())
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "There is no template called “%1”; choose "
                                                                 "one of: %2."), name, str(known)))
    return json.loads(f.read_text(encoding="utf-8"))
