"""The first frame of a map drawn before the map is open for editing (issue 18).

SQLAlchemy's import is about half of what Wayline does in its process before the
first frame, so `wayline MAP` draws the map from rows read with sqlite3 alone
(`model.plain`, the same checks and the same validation as `Document.open`), opens
the `Document` right after the first paint, and swaps it in (`MapWindow.adopt`);
an edit attempted before that waits for it (`MapEditor.ready`).

Only a map that today's open would open for editing at once gets a stand-in: a
local, writable file of the current schema that no other Wayline holds. Anything
else (a lock, a read-only file, a shared folder's working copy, an older schema's
migration, a refusal) takes today's path, with its dialogs, unchanged.
"""
from __future__ import annotations

import os
from pathlib import Path

from model import fileformat, open_maps, shared_folder
from model.errors import JourneyError
from model.lock import held_elsewhere
from model.plain import PlainDocument


def fits(path: Path) -> bool:
    """Would `Document.open(path)` open this map for editing, with no question asked?"""
    try:
        if not path.is_file() or not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return False
        if open_maps.open_here(path) or held_elsewhere(path) or shared_folder.detect(path):
            return False
        return fileformat.read_header(path).user_version == fileformat.SCHEMA_VERSION
    except (JourneyError, OSError):
        return False  # today's open says why, in its own words


def stand_in(path: Path) -> PlainDocument | None:
    """The map read for its first frame, or None: then it opens as it always has
    (a refusal, say, is then shown by today's open, in the same sentence)."""
    if not fits(path):
        return None
    try:
        return PlainDocument.open(path, stand_in=True)
    except JourneyError:
        return None
