"""SQLite URIs built from file paths, quoted so any name opens the file it names.

SQLite parses a `file:` URI: `?` starts the parameters, `#` a fragment, and
`%xx` is decoded. Pasted in as it is, "Workshop #3.journey" opens "Workshop "
instead, and since `mode=ro` went with the fragment, SQLite creates that file
empty; "100%41.journey" opens "100A.journey". So every URI made from a path
anywhere in Wayline comes from here: the absolute path, percent-encoded from
its bytes (which also keeps undecodable names on Linux intact).
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote_from_bytes

MODES = ("ro", "rw", "rwc", "memory")


def uri(path, mode: str) -> str:
    """`file:` URI for `path` (made absolute) opened with SQLite's `mode`."""
    if mode not in MODES:
        raise ValueError(f"unknown SQLite open mode {mode!r}")
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):  # Windows "C:/maps/x": SQLite wants "/C:/maps/x"
        posix = "/" + posix
    # An empty authority ("file://" + "/path") also keeps "//server/share" a path.
    return f"file://{quote_from_bytes(os.fsencode(posix), safe='/')}?mode={mode}"


def ro_uri(path) -> str:
    """Read-only: SQLite neither writes nor creates anything at `path`."""
    return uri(path, "ro")
