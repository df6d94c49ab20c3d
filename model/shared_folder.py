"""Maps on network drives and in synced folders.

SQLite's locks are unreliable over network file systems, and sync clients
(Dropbox, OneDrive, ...) upload whatever files they see, including a
half-finished rollback journal, which another computer may then "roll back"
into a damaged map. So such a map is never edited in place: Wayline edits a
working copy in the user's data folder and, after every committed gesture,
writes the whole map back with the backup API into a temp file beside the
original and renames it over it. The shared folder only ever sees complete
maps. If the write-back fails (drive full or gone), the edit is committed in
the working copy, the editor says so until a write-back succeeds, and it is
retried with the next edit, every 30 seconds and on close. A copy holding
changes not written back is never overwritten or discarded: the next open
offers to finish writing it back, or to keep both maps side by side.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

from . import filestore
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "sshfs", "fuse.sshfs",
              "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs", "fuse.rclone",
              "fuse.gvfsd-fuse", "lustre", "fuse.s3fs"}
NETWORK_DRIVE = Sentence(QT_TRANSLATE_NOOP("Notices", "a network drive"))
SHARED_FOLDER = Sentence(QT_TRANSLATE_NOOP("Notices", "a shared folder"))
SYNC_FOLDERS = ("Dropbox", "OneDrive", "Google Drive", "GoogleDrive", "iCloud Drive",
                "Mobile Documents", "Nextcloud", "ownCloud", "Box Sync", "pCloud Drive",
                "MEGAsync", "Seafile")


def mount_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The file-system type the path lives on (Linux), from /proc/self/mountinfo."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            return None
    best, fstype = "", None
    target = str(path)
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        mount = fields[4].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, fstype = mount, right.split()[0]
    return fstype


def detect(path: Path, mountinfo: str | None = None) -> str | None:
    """A phrase naming the shared place ("a network drive", "a Dropbox folder"), or None."""
    path = Path(path).resolve()
    if str(path).startswith("\\\\"):
        return NETWORK_DRIVE
    for part in path.parts[:-1]:
        for name in SYNC_FOLDERS:
            if part == name or part.startswith(name + " -"):
                return Sentence(QT_TRANSLATE_NOOP("Notices", "a %1 folder"), name)
    if mount_type(path, mountinfo) in NETWORK_FS:
        return NETWORK_DRIVE
    return None


def _stamp(path: Path) -> list[int] | None:
    """(size, mtime_ns) of the original: how we see that someone else changed it."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _counter(path: Path) -> int | None:
    """SQLite's file change counter (header offset 24): it moves with every commit."""
    try:
        with open(path, "rb") as f:
            f.seek(24)
            raw = f.read(4)
    except OSError:
        return None
    return int.from_bytes(raw, "big") if len(raw) == 4 else None


def _reason(error: BaseException) -> str:
    """Why a write-back failed, in a few plain words."""
    cause = error if isinstance(error, OSError) else error.__context__
    if isinstance(cause, FileNotFoundError):
        return "the folder is not there (drive disconnected?)"
    if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
        return "the drive is full"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return getattr(error, "message", None) or str(error) or type(error).__name__


class WorkingCopy:
    """The local copy a shared map is edited in, and its write-back.

    Its folder (data folder/working/KEY) holds the copy and `state.json`: the
    original's path; the original's (size, mtime_ns) and the copy's SQLite change
    counter when they last agreed (read, or written back); and `pending`, set
    before every write-back and cleared only after one succeeded. The copy holds
    changes not yet written back when `pending` is set or its change counter moved
    (a kill between a commit and its write-back). Such a copy is never
    overwritten or discarded: the next open asks (see `Document.resolve_write_back`).
    """

    def __init__(self, original: Path, place: str, data_folder: Path):
        self.original = Path(original).resolve()
        self.place = place
        key = hashlib.sha1(str(self.original).encode()).hexdigest()[:8]
        self.folder = Path(data_folder) / "working" / key
        self.path = self.folder / self.original.name
        self.state_path = self.folder / "state.json"
        self.error: str | None = None
        self._state: dict = {"original": str(self.original), "pending": False}

    @property
    def notice(self) -> str:
        return Sentence(QT_TRANSLATE_NOOP("Notices", "“%1” is on %2, where editing in place is unsafe; "
                                                     "Wayline edits "
                                                     "a copy on this computer and writes the whole map back after "
                                                     "every change."), self.original.name, self.place)

    # -- the record beside the copy ------------------------------------------------
    def _read_state(self) -> dict | None:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) else None

    def _save_state(self, **changes) -> None:
        """Replace state.json whole (temp file, fsync, rename): never half a record."""
        self._state.update(changes)
        tmp = self.state_path.with_name("state.json.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self._state, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.state_path)

    def pending(self) -> bool:
        """A copy left here holds changes the shared map may not have."""
        try:
            if not self.path.exists():
                return False
        except OSError:
            return False  # cannot be seen, so cannot be overwritten either
        state = self._read_state()
        if state is None:
            return True  # a copy without its record: ask rather than guess
        return bool(state.get("pending")) or _counter(self.path) != state.get("counter")

    def _unwritten(self) -> bool:
        return bool(self._state.get("pending")) or _counter(self.path) != self._state.get("counter")

    def changed_since(self) -> bool:
        """The shared map changed since this copy last agreed with it (someone else's edit)."""
        state = self._read_state() or {}
        return _stamp(self.original) != state.get("stamp")

    # -- starting, writing back, letting go -------------------------------------------
    def start(self, image: bytes) -> None:
        """Begin from the checked image of the original. Never over a pending copy:
        raises OSError when the data folder cannot hold the copy."""
        if self.pending():
            raise FileExistsError(errno.EEXIST, "a working copy with changes not written back is there")
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = _stamp(self.original)
        self.path.with_name(self.path.name + "-journal").unlink(missing_ok=True)
        self._save_state(pending=False, stamp=stamp, counter=int.from_bytes(image[24:28], "big"))
        # the map as it was checked in memory (a journal beside it already played back)
        self.path.write_bytes(image)

    def write_back(self, conn: sqlite3.Connection) -> bool:
        if self.error is None and not self._unwritten():
            return True  # nothing committed since the shared map last got everything
        try:
            self._save_state(pending=True)
        except OSError:
            pass  # the change counter still tells the next open
        try:
            filestore.copy_database(conn, self.original)
        except (OSError, sqlite3.Error, JourneyError) as e:
            self.fail(_reason(e))
            return False
        self.error = None
        try:
            self._save_state(pending=False, stamp=_stamp(self.original), counter=_counter(self.path))
        except OSError:
            pass  # pending stays set: the next open offers to write back again, harmlessly
        return True

    def fail(self, reason: str) -> None:
        self.error = Sentence(QT_TRANSLATE_NOOP("Notices", "Not written back to “%1” on %2: %3. Your changes "
                                                           "are "
                                                           "safe on this computer; Wayline keeps trying."),
                              self.original.name, self.place, reason)

    def kept_notice(self) -> str:
        """Said on close when the last write-back failed."""
        return Sentence(QT_TRANSLATE_NOOP("Notices", "“%1” could not be written back to %2. Your changes are "
                                                     "kept on "
                                                     "this computer; open the map again to finish writing them back."),
                        self.original.name, self.place)

    def discard(self) -> None:
        """Remove the local copy once the shared map holds everything; a copy
        with changes not written back stays."""
        if self.error is not None or self.pending():
            return
        for p in (self.path, self.path.with_name(self.path.name + "-journal"), self.state_path):
            p.unlink(missing_ok=True)
        try:
            os.rmdir(self.folder)
        except OSError:
            pass

    # -- a copy left by an earlier session -------------------------------------------
    def _copy_to(self, target: Path) -> None:
        # our own copy: SQLite may roll back a transaction a kill interrupted
        conn = filestore.connect(self.path)
        try:
            filestore.copy_database(conn, target)
        finally:
            conn.close()

    def finish(self) -> None:
        """Write the copy left here back to the shared map, then let it go."""
        self._state = self._read_state() or self._state
        self._copy_to(self.original)
        self._save_state(pending=False, stamp=_stamp(self.original), counter=_counter(self.path))
        self.discard()

    def keep_beside(self, when: str | None = None) -> Path:
        """Save the copy left here beside the shared map as a map of its own; let it go."""
        when = when or time.strftime("%Y-%m-%d %H.%M")
        o = self.original
        target = o.with_name(f"{o.stem} (not written back {when}){o.suffix}")
        n = 2
        while target.exists():
            target = o.with_name(f"{o.stem} (not written back {when}) {n}{o.suffix}")
            n += 1
        self._copy_to(target)
        self._state = self._read_state() or self._state
        self._save_state(pending=False, counter=_counter(self.path))
        self.discard()
        return target
