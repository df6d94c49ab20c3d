"""Tell a second Wayline that a map is already open for editing.

SQLite's own locks last only for one transaction, so two editors could both
open a map and overwrite each other's view of it. Like LibreOffice, Wayline
keeps a small lock file beside the map (`.~lock.NAME#`), holding who opened
it, and holds an OS lock on that file while the map is open. A lock file left
by a crashed Wayline is not locked by anyone and is simply taken over.

A lock file is per *name*, and a map can have several (hard links), so on
POSIX Wayline also holds `flock` on the map file itself (flock is separate
from the byte-range `fcntl` locks SQLite takes, so SQLite works as usual), and
this process keeps a registry of its open maps by file identity
(`open_maps.OPEN`): a second editor of one file is refused under any name.

The lock file is created without following links and only ever written when
it is a regular file of ours with one name: a symlink, a folder or someone
else's file in its place is never written through. No safe lock, no editing:
`acquire` then says why (`why`), and the map opens read-only.
"""
from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import stat
import time
from pathlib import Path

from . import open_maps
from .errors import QT_TRANSLATE_NOOP, FileInUse, Sentence

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _try_lock(fd: int, shared: bool = False) -> bool:
    try:
        if fcntl:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


def _holder(lock: Path) -> str:
    try:
        fd = os.open(lock, os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ValueError
            info = json.loads(os.read(fd, 4096).decode("utf-8"))
        finally:
            os.close(fd)
        since = time.strftime("%H:%M", time.localtime(info["since"]))
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 on %2 (since %3)"),
                        str(info["user"]), str(info["host"]), since)
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "another Wayline window"))


def _in_use(name: str, who: str) -> FileInUse:
    return FileInUse(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is open in Wayline by %2; you can open it "
                                                           "read-only."), name, str(who)))


def held_elsewhere(path: Path) -> str | None:
    """Who holds `path` open for editing in another Wayline, or None: its lock
    file is locked, or (POSIX) the map file itself is, under any of its names."""
    path = Path(path)
    if not fcntl:
        return None
    for candidate, who in ((lock_path(path), None), (path, "another Wayline window")):
        try:
            fd = os.open(candidate, os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC)
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and not _try_lock(fd, shared=True):
                return who or _holder(candidate)
        finally:
            os.close(fd)
    return None


class EditLock:
    """Held while a map is open; `release()` removes the lock file.
    `acquire()` for editing, `view()` for a read-only window (registry only)."""

    def __init__(self, path: Path):
        self.map = Path(path)
        self.path = lock_path(self.map)
        self.fd: int | None = None
        self.map_fd: int | None = None
        self.entry: open_maps.OpenMap | None = None
        self.why: str | None = None  # when `acquire` could not make a safe lock: why, in one sentence

    def view(self) -> "EditLock":
        self.entry = open_maps.OpenMap(self.map, editing=False)
        return self

    def acquire(self) -> bool:
        """Take the lock for editing: True once it is held. Raises FileInUse when
        another editor holds the map; False, with `why` set to a sentence, when
        no lock can be made safely (the map is then opened read-only)."""
        name = self.map.name
        if open_maps.open_here(self.map, editing_only=True):
            raise FileInUse(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is already open for editing in "
                                                                  "another Wayline window (perhaps under "
                                                                  "another name); you can open it read-only."),
                                     name))
        try:
            self.map_fd = _lock_map(self.map)
            why = self._take_lock_file()
        except BaseException:
            self.release()
            raise
        if why:
            self.release()
            self.why = why
            return False
        self.entry = open_maps.OpenMap(self.map, editing=True)
        return True

    def _take_lock_file(self) -> str | None:
        for _ in range(5):  # the file may come and go while another Wayline closes
            try:
                fd = _open_lock_file(self.path)
            except _Unsafe as e:
                return _read_only(self.map.name, self.path.name, e.args[0])  # a Sentence, or why in English
            if fd is None:
                continue
            if not _try_lock(fd):
                os.close(fd)
                raise _in_use(self.map.name, _holder(self.path))
            if open_maps.identity(self.path) != _ident(fd):  # removed by its owner meanwhile
                os.close(fd)
                continue
            self.fd = fd
            info = {"user": getpass.getuser(), "host": socket.gethostname(),
                    "pid": os.getpid(), "since": time.time()}
            try:
                os.ftruncate(fd, 0)
                os.write(fd, json.dumps(info).encode())
            except OSError:
                pass  # who holds it is a courtesy; the OS lock is what counts
            return None
        return _read_only(self.map.name, self.path.name, "it keeps changing")

    def release(self) -> None:
        if self.entry is not None:
            self.entry.release()
            self.entry = None
        if self.fd is not None:
            try:
                if os.path.lexists(self.path) and open_maps.identity(self.path) == _ident(self.fd) \
                        and not os.path.islink(self.path):
                    self.path.unlink()  # only the file we made: never another's new lock
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None
        if self.map_fd is not None:
            os.close(self.map_fd)
            self.map_fd = None


class _Unsafe(Exception):
    """The lock file cannot be made without writing somewhere unsafe."""


def _ident(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino


def _lock_map(path: Path) -> int | None:
    """flock on the map file itself (POSIX): the lock every name of it shares."""
    if not fcntl:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | NONBLOCK | CLOEXEC)
    except OSError:
        return None  # the open that follows says why the map cannot be read
    if not _try_lock(fd):
        os.close(fd)
        raise _in_use(path.name, _holder(lock_path(path)))
    return fd


def _open_lock_file(path: Path) -> int | None:
    """A descriptor on a lock file that is a regular file of ours with one
    name, created if absent; None when it vanished meanwhile (try again)."""
    flags = os.O_RDWR | NOFOLLOW | NONBLOCK | CLOEXEC
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        pass  # a stale lock, another Wayline's, or something in its place
    except OSError as e:
        raise _Unsafe(_reason(e)) from None
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as e:
        if e.errno in (errno.ELOOP, errno.EMLINK) or os.path.islink(path):
            raise _Unsafe(Sentence(QT_TRANSLATE_NOOP("Refusal", "it is a link"))) from None
        if e.errno == errno.EISDIR:
            raise _Unsafe(Sentence(QT_TRANSLATE_NOOP("Refusal", "it is a folder"))) from None
        raise _Unsafe(_reason(e)) from None
    info = os.fstat(fd)
    why = None
    if not stat.S_ISREG(info.st_mode):
        why = Sentence(QT_TRANSLATE_NOOP("Refusal", "it is not an ordinary file"))
    elif hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        why = Sentence(QT_TRANSLATE_NOOP("Refusal", "it belongs to another user"))
    elif info.st_nlink != 1:
        why = Sentence(QT_TRANSLATE_NOOP("Refusal", "it is linked to another file"))
    if why:
        os.close(fd)
        raise _Unsafe(why)
    return fd


def _reason(e: OSError) -> str:
    if e.errno == errno.ENAMETOOLONG:
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "the map's name is too long for it"))
    return (e.strerror or str(e)).lower()


def _read_only(name: str, lock_name: str, why: str) -> str:
    return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not make its lock file “%1” beside “%2” "
                                                 "safely (%3), "
                                                 "so the map is open for viewing only; use Save As to edit a copy."),
                    lock_name, name, why)
