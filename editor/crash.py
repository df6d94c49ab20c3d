"""When something unexpected breaks: a dialog with a copyable report, and a log.

PySide6 hands an exception raised in a slot or an event handler to
`sys.excepthook` and carries on, so the window (and the map, every gesture of
which is already committed) stays alive. Our hook writes the report to
`<data folder>/logs/wayline.log` and shows it in a dialog with a Copy button,
so a facilitator can send it to whoever supports them, and go on working.
"""
from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit,
                               QVBoxLayout)

from model import backups

from .i18n import translate

_showing = False  # an error inside the dialog itself must not open another one


def log_path() -> Path:
    return backups.data_folder() / "logs" / "wayline.log"


def report_text(exc_type, exc, tb) -> str:
    from PySide6 import __version__ as pyside
    lines = traceback.format_exception(exc_type, exc, tb)
    return (f"Wayline error report, {datetime.now():%Y-%m-%d %H:%M:%S}\n"
            f"Python {platform.python_version()}, PySide6 {pyside}, {platform.platform()}\n\n"
            + "".join(lines))


def write_log(text: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            f.write(text + "\n" + "-" * 60 + "\n")
        return path
    except OSError:
        return None  # a full disk must not turn one error into two


class CrashDialog(QDialog):
    def __init__(self, text: str, log: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("CrashDialog", "Wayline hit an unexpected problem"))
        where = translate("CrashDialog", " It is also saved in {log}.").format(log=log) if log else ""
        note = QLabel(translate("CrashDialog", "Something went wrong inside Wayline. Your map is safe: every change you "
                                "made is already saved. You can keep working.{where} Copy the report "
                                "below and send it to whoever supports Wayline for you.").format(where=where))
        note.setWordWrap(True)
        self.report = QPlainTextEdit(text)
        self.report.setReadOnly(True)
        self.report.setObjectName("crashReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("CrashDialog", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReport")
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (note, self.report, buttons):
            layout.addWidget(w)
        self.resize(640, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def handle(exc_type, exc, tb) -> None:
    """The excepthook: log, then show the dialog (once at a time)."""
    global _showing
    text = report_text(exc_type, exc, tb)
    log = write_log(text)
    sys.__stderr__.write(text)
    if _showing or QApplication.instance() is None or issubclass(exc_type, KeyboardInterrupt):
        return
    _showing = True
    try:
        dialog = CrashDialog(text, log, QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle
