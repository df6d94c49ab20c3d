"""Tell a second Wayline that a map is already open for editing.

SQLite's own locks last only for one transaction, so two editors could both
open a map and overwrite each other's view of it. Like LibreOffice, Wayline
keeps a small lock file beside the map (`.~lock.NAME#`), holding who opened
it, and holds an OS lock on that file while the map is open. A lock file left
by a crashed Wayline is not locked by anyone and is simply taken over.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import time
from pathlib import Path

from .errors import FileInUse

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _try_lock(fd: int) -> bool:
    try:
        if fcntl:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


def _holder(lock: Path) -> str:
    try:
        info = json.loads(lock.read_text(encoding="utf-8"))
        since = time.strftime("%H:%M", time.localtime(info["since"]))
        return f"{info['user']} on {info['host']} (since {since})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another Wayline window"


class EditLock:
    """Held while a map is open for editing; `release()` removes the lock file."""

    def __init__(self, path: Path):
        self.path = lock_path(path)
        self.fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when the folder cannot hold a lock file (read-only)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            raise FileInUse(f"“{self.path.name[7:-1]}” is open in Wayline by {_holder(self.path)}; "
                            "you can open it read-only.")
        info = {"user": getpass.getuser(), "host": socket.gethostname(),
                "pid": os.getpid(), "since": time.time()}
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info).encode())
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None
