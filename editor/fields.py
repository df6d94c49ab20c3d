"""Text fields in panels commit as the canvas does: no Save to forget.

A field used to commit only when it lost focus, so a persona's frustrations
typed just before Ctrl+Q, Ctrl+W or a crash were never written. Every text
field of every panel is watched here instead: it commits after a short pause
in typing (like the workshop's quick capture), when it is left, and when the
map closes (`flush`). The commits of one stretch of typing in one field are
one undo step (`MapEditor.run(..., merge=key)`, `EditCommand.mergeWith`).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

PAUSE_MS = 700  # long enough not to commit every key, short enough that a crash loses a word


class FieldCommits(QObject):
    """The watched fields of one map window and their pending commits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending: list[tuple[QTimer, Callable[[], None]]] = []

    def watch(self, widget: QWidget, commit: Callable[[str], None]) -> None:
        """`commit(text)` after a pause in typing, on leaving the field, and on flush."""
        timer = QTimer(widget)
        timer.setSingleShot(True)
        timer.setInterval(PAUSE_MS)

        def fire() -> None:
            timer.stop()
            commit(_text(widget))
        timer.timeout.connect(fire)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: timer.start())  # typed, not set by a reload
            widget.editingFinished.connect(fire)
        else:
            widget.textChanged.connect(lambda: timer.start())  # reloads block signals (panels.filled)
            widget.finished.connect(lambda _text: fire())
        self._pending.append((timer, fire))

    def flush(self) -> None:
        """Commit whatever is still waiting for its pause (closing, leaving)."""
        for timer, fire in self._pending:
            if timer.isActive():
                fire()


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
