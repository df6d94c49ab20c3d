"""Files Wayline writes, and which file a path really is.

A path is not a file: a hard link, a symlink or another spelling can name the
map that is open, so "is this the same map?" is asked of the file's identity
(device and inode), never of its path (`same_file`, `identity`).

- `OPEN` (in `open_maps`) is this process's registry of open maps (viewing or
  editing), kept by `model.lock`; a second editor of one file, under any name,
  is refused there.
- `check_output` decides whether an export or a Save As may write a path: never
  onto an open map (by identity), a map another Wayline holds, a read-only
  file, a folder, a pipe, a device or a socket; a symlink is written through,
  to the file it points at (the link is kept).
- Every temp file Wayline writes is named `.~wayline-XXXX.tmp` (copies) or
  `.~wayline-XXXX.part` (exports). `sweep` removes only names of that exact
  shape, older than an hour: a user's file name is never made into a pattern,
  so no other program's file can be taken for a leftover.
"""
from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .lock import held_elsewhere
from .open_maps import OPEN, OpenMap, identity, open_here, same_file  # noqa: F401 - used here and by callers

TEMP_PREFIX = ".~wayline-"
TEMP_SUFFIXES = (".tmp", ".part")
STALE_AFTER = 3600  # seconds: no copy or export takes an hour, so an older temp file is a leftover


# -- where an output may go ----------------------------------------------------
# what is being written, as a refusal names it ("choose another file for the export")
THE_EXPORT = Sentence(QT_TRANSLATE_NOOP("Refusal", "the export"))
THE_COPY = Sentence(QT_TRANSLATE_NOOP("Refusal", "the copy"))
CANNOT = {"write": QT_TRANSLATE_NOOP("Refusal", "Wayline cannot write “%1” in the folder “%2”: %3."),
          "create": QT_TRANSLATE_NOOP("Refusal", "Wayline cannot create “%1” in the folder “%2”: %3.")}
NO_FOLDER = Sentence(QT_TRANSLATE_NOOP("Refusal", "it does not exist"))


def check_output(target, maps_open=(), what: str = THE_EXPORT) -> Path:
    """The file to write for `target`, or JourneyError with one sentence.
    `maps_open`: paths of maps to protect besides those open in this process
    (e.g. the map being exported)."""
    target = Path(target)
    name = target.name
    real = Path(os.path.realpath(target)) if os.path.islink(target) else target
    for m in maps_open:
        if m is not None and same_file(real, m):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is the map itself; choose another "
                                                                     "file for %2."), name, what))
    entry = open_here(real)
    if entry is not None:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a map open in Wayline; choose "
                                                                 "another file for %2."), name, what))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        if os.path.islink(target) and not real.parent.is_dir():
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a link to a folder that does "
                                                                     "not exist; choose another file for %2."),
                                        name, what)) from None
        return real
    except OSError as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline cannot write “%1” (%2)."),
                                    name, str((e.strerror or str(e)).lower()))) from None
    if stat.S_ISDIR(info.st_mode):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a folder; give a file name for %2."),
                                    name, what))
    if not stat.S_ISREG(info.st_mode):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not an ordinary file (it is a "
                                                                 "pipe, a device or a socket); choose "
                                                                 "another file for %2."), name, what))
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is read-only; choose another file for "
                                                                 "%2."), name, what))
    holder = held_elsewhere(real)
    if holder:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a map open in Wayline by %2; "
                                                                 "choose another file for %3."),
                                    name, holder, what))
    return real


# -- temp files ----------------------------------------------------------------
def temp_beside(target: Path, suffix: str = ".tmp", verb: str = "write") -> Path:
    """A new empty temp file in the target's folder (so the final rename is
    atomic), named so `sweep` knows it, with the permissions a normal new file
    gets (mkstemp would make it private)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=folder)
    except OSError as e:
        reason = NO_FOLDER if isinstance(e, FileNotFoundError) else (e.strerror or str(e)).lower()
        if verb in CANNOT:
            raise JourneyError(Sentence(CANNOT[verb], target.name, str(folder), reason)) from None
        raise JourneyError(f"Wayline cannot {verb} “{target.name}” in the folder “{folder}”: {reason}.") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask) if hasattr(os, "fchmod") else os.chmod(tmp, 0o666 & ~umask)
    finally:
        os.close(fd)
    return Path(tmp)


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIXES) and "/" not in name


def sweep(folder, now: float | None = None) -> list[Path]:
    """Delete Wayline temp files (exact name shape, regular files, over an hour
    old) that a killed copy, backup or export left in `folder`; nothing else."""
    now = time.time() if now is None else now
    swept = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return swept
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and \
                    now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                os.unlink(entry.path)
                swept.append(Path(entry.path))
        except OSError:
            pass  # already gone, or not ours to delete: never a reason to refuse a map
    return swept
