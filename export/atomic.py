"""Write an export next to its target, then rename it into place.

A crash, a refusal or a cancel part-way leaves the target as it was (absent
or the previous version), never truncated: the bytes go to a temp file in the
target's folder (so `os.replace` is a same-filesystem, atomic rename), are
flushed to disk, and only then take the target's name.

Where an export may go is `model.targets.check_output`: never onto the map
being exported or any open map (by file identity: another spelling, a hard
link or a symlink is the same map), a read-only file, a folder, a pipe or a
device; a symlink is written through, so the link stays and its file gets the
export. The temp file is `.~wayline-XXXX.part`; one a killed export left in
that folder is swept (after an hour) by the next export or open there.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from model import targets
from model.errors import QT_TRANSLATE_NOOP, JourneyError, Sentence


@contextmanager
def replacing(target, source=None) -> "iter[Path]":
    """`with replacing(out) as tmp:` write to tmp; on a clean exit tmp becomes out.
    `source`: the path of the map being exported, which is never overwritten."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The folder “%1” does not exist; choose "
                                                                 "where to save the export."), str(folder)))
    real = targets.check_output(target, (source,))
    targets.sweep(real.parent)
    tmp = targets.temp_beside(real, ".part")
    try:
        yield tmp
        _publish(tmp, real, target.name)
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmp: Path, real: Path, name: str) -> None:
    try:
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        targets.check_output(real)  # still a file we may replace, after the long write
        os.replace(tmp, real)
    except OSError as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not save “%1” (%2)."),
                                    name, str((e.strerror or str(e)).lower()))) from None
