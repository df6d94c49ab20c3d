"""Backups while a map changes: every 30 minutes, and once more on close.

The decision (changed? due?) is `model.backups.BackupClock`; this only asks
it every minute and after the last edit, and takes the copy with the
document's own connection (SQLite's backup API, safe while the map is open).
A backup that cannot be written is reported once and never stops editing.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer

from model.backups import BackupClock
from model.errors import JourneyError

from . import sentences
from .sentences import refusal

CHECK_MS = 60_000


class BackupTimer(QObject):
    def __init__(self, editor, clock: BackupClock | None = None):
        super().__init__(editor)
        self.editor = editor
        self.clock = clock or BackupClock()
        self.failed = False
        editor.changed.connect(lambda _changes: self.clock.edited())  # one step, one edit counted
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.clock.due():
            self.take()

    def on_close(self) -> None:
        """A map edited since its last backup gets one more as it closes."""
        self.timer.stop()
        if self.clock.changed:
            self.take()

    def take(self) -> None:
        doc = self.editor.doc
        if doc.read_only:
            return
        try:
            doc.backup()
        except (OSError, sqlite3.Error, JourneyError) as e:
            if not self.failed:  # say it once, not every minute
                why = refusal(e) if isinstance(e, JourneyError) else getattr(e, "strerror", None) or str(e)
                self.editor.message.emit(sentences.backup_failed(doc.path.name, why))
            self.failed = True
            return
        self.failed = False
        self.clock.taken()
