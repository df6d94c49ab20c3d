"""Write an export next to its target, then rename it into place.

A crash, a refusal or a cancel part-way leaves the target as it was (absent
or the previous version), never truncated: the bytes go to a temp file in the
target's folder (so `os.replace` is a same-filesystem, atomic rename), are
flushed to disk, and only then take the target's name.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from model.errors import JourneyError


@contextmanager
def replacing(target) -> "iter[Path]":
    """`with replacing(out) as tmp:` write to tmp; on a clean exit tmp becomes out."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise JourneyError(f"The folder “{folder}” does not exist; choose where to save the export.")
    if target.is_dir():
        raise JourneyError(f"“{target}” is a folder; give a file name for the export.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=folder)
    except OSError as e:
        raise JourneyError(f"Wayline cannot write in “{folder}” ({e.strerror}).") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmp: Path, target: Path) -> None:
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; an export is an ordinary file
    try:
        os.replace(tmp, target)
    except OSError as e:
        raise JourneyError(f"Wayline could not save “{target.name}” ({e.strerror}).") from None
