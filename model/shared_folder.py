"""Maps on network drives and in synced folders.

SQLite's locks are unreliable over network file systems, and sync clients
(Dropbox, OneDrive, ...) upload whatever files they see, including a
half-finished rollback journal, which another computer may then "roll back"
into a damaged map. So such a map is never edited in place: Wayline edits a
working copy in the user's data folder and, after every committed gesture,
writes the whole map back with the backup API into a temp file beside the
original and renames it over it. The shared folder only ever sees complete
maps. If the write-back fails (drive gone), the edit is safe in the working
copy and the write-back is retried with the next edit and on close.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "sshfs", "fuse.sshfs",
              "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs", "fuse.rclone",
              "fuse.gvfsd-fuse", "lustre", "fuse.s3fs"}
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
        return "a network drive"
    for part in path.parts[:-1]:
        for name in SYNC_FOLDERS:
            if part == name or part.startswith(name + " -"):
                return f"a {name} folder"
    if mount_type(path, mountinfo) in NETWORK_FS:
        return "a network drive"
    return None


class WorkingCopy:
    """The local copy a shared map is edited in, and its write-back."""

    def __init__(self, original: Path, place: str, data_folder: Path, image: bytes):
        self.original = Path(original).resolve()
        self.place = place
        key = hashlib.sha1(str(self.original).encode()).hexdigest()[:8]
        folder = data_folder / "working" / key
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / self.original.name
        self.error: str | None = None
        # the map as it was checked in memory (a journal beside it already played back)
        self.path.write_bytes(image)

    @property
    def notice(self) -> str:
        return (f"“{self.original.name}” is on {self.place}, where editing in place is unsafe; "
                "Wayline edits a copy on this computer and writes the whole map back after every change.")

    def write_back(self, conn: sqlite3.Connection) -> bool:
        from .document import copy_database
        try:
            copy_database(conn, self.original)
        except (OSError, sqlite3.Error) as e:
            self.error = (f"Your change is safe on this computer, but “{self.original.name}” on "
                          f"{self.place} could not be updated ({getattr(e, 'strerror', None) or e}); "
                          "Wayline will try again with the next change.")
            return False
        self.error = None
        return True

    def discard(self) -> None:
        """Remove the local copy once the shared map holds everything."""
        if self.error is None:
            for p in (self.path, self.path.with_name(self.path.name + "-journal")):
                p.unlink(missing_ok=True)
            try:
                os.rmdir(self.path.parent)
            except OSError:
                pass
