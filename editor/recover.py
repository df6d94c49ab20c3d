"""File ▸ Recover…: bring back an earlier state of a map from its backups.

A backup is restored as a new map beside the original ("NAME (recovered
DATE).journey"), never over it, and opened in its own window, so the two
can be compared and nothing is lost by choosing the wrong copy.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QVBoxLayout)
from PySide6.QtCore import Qt

from model import backups
from model.errors import JourneyError

from .i18n import date_time, number, translate
from .sentences import refusal


def describe(backup: Path) -> str:
    """"Mon 23 Nov 11:30 — 46 cards, “Title”" for one backup."""
    when = date_time(backups.backup_time(backup), translate("RecoverDialog", "ddd dd MMM yyyy HH:mm"))
    try:
        conn = backups.open_read_only(backup)  # quoted URI: "Workshop #3" opens itself, writes nothing
        try:
            cards = conn.execute("SELECT count(*) FROM card").fetchone()[0]
            title = conn.execute("SELECT title FROM journey LIMIT 1").fetchone()[0]
        finally:
            conn.close()
        return translate("RecoverDialog", "{when} — {cards} cards, “{title}”").format(when=when, cards=number(cards), title=title)
    except (sqlite3.Error, TypeError):
        return translate("RecoverDialog", "{when} — damaged, cannot be restored").format(when=when)


class RecoverDialog(QDialog):
    """Lists a map's backups, newest first; `restored` is the new map's path."""

    def __init__(self, map_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.setWindowTitle(translate("RecoverDialog", "Recover an earlier version"))
        self.map_path = Path(map_path)
        self.restored: Path | None = None
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        for b in backups.list_backups(self.map_path):
            item = QListWidgetItem(describe(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b))
            self.list.addItem(item)
        found = self.list.count() > 0
        text = (translate("RecoverDialog", "Choose a backup. It opens as a new map beside this one; this map is not changed.")
                if found else translate("RecoverDialog", "There are no backups of this map yet. Wayline takes one every "
                                        "30 minutes while a map changes."))
        note = QLabel(text)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(translate("RecoverDialog", "Restore as new map"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(found)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        if found:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        for w in (note, self.list, buttons):
            layout.addWidget(w)
        self.resize(520, 360)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.restored = backups.restore(Path(item.data(Qt.ItemDataRole.UserRole)), self.map_path)
        except (OSError, sqlite3.Error, JourneyError) as e:
            QMessageBox.warning(self, translate("RecoverDialog", "Recover"), translate("RecoverDialog", "That backup could not be restored ({e}).").format(e=refusal(e)))
            return
        self.accept()


def offer_latest_good(map_path: Path, reason: str, parent=None) -> Path | None:
    """A map would not open: offer its latest whole backup. Returns the restored map, or None."""
    good = backups.latest_good(map_path)
    if good is None:
        return None
    when = date_time(backups.backup_time(good), translate("RecoverDialog", "ddd dd MMM HH:mm"))
    answer = QMessageBox.question(
        parent, translate("RecoverDialog", "Open a backup?"),
        f"{reason}\n\n" + translate("RecoverDialog", "Wayline has a backup of this map from {when}. Open it as a new map beside "
                                          "the damaged one?").format(when=when))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return backups.restore(good, map_path)
