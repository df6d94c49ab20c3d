"""Which file a path really is, and the maps open in this process.

A path is not a file: a hard link, a symlink or another spelling can name the
map that is open, so "is this the same map?" is asked of the file's identity
(device and inode), never of its path. `OPEN` is the registry `model.lock`
keeps; `targets` reads it to refuse writing over an open map. It is a module
of its own so that both can use it without importing each other.
"""
from __future__ import annotations

import os
from pathlib import Path


def identity(path) -> tuple[int, int] | None:
    """(device, inode) of the file `path` names (through symlinks), or None."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def same_file(a, b) -> bool:
    """True when both paths name one existing file (any spelling, link or hard link)."""
    ia = identity(a)
    return ia is not None and ia == identity(b)


class OpenMap:
    """One map open in this process; `release()` forgets it."""

    def __init__(self, path, editing: bool):
        self.path = Path(os.path.abspath(path))
        self.ident = identity(path)
        self.editing = editing
        OPEN.append(self)

    def names(self, path) -> bool:
        """Whether `path` is this map: the same file now, or the file it was opened as."""
        ident = identity(path)
        return ident is not None and ident in (self.ident, identity(self.path))

    def release(self) -> None:
        if self in OPEN:
            OPEN.remove(self)


OPEN: list[OpenMap] = []


def open_here(path, editing_only: bool = False) -> OpenMap | None:
    """The map open in this process that `path` names, if any."""
    for entry in OPEN:
        if (entry.editing or not editing_only) and entry.names(path):
            return entry
    return None
