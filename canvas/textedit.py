"""Editing a text in place: a text item laid over the card, header or label.

Enter commits (Shift+Enter for a new line), Escape cancels, clicking
elsewhere commits. The editor only reports the new text; the view turns it
into an intent, so the change goes through undo like any other.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from model.layout import Lines, Rect

from . import fonts


class InlineEditor(QGraphicsTextItem):
    def __init__(self, rect: Rect, lines: Lines, text: str, colour: str, dpi: float,
                 done: Callable[[str | None], None]):
        super().__init__(text)
        self.done = done
        self.colour = colour
        self.rect = rect
        self.finished = False
        self.setFont(_font(lines, dpi))
        self.document().setDocumentMargin(0)
        self.setTextWidth(max(rect.right - lines.x, 40))
        self.setPos(lines.x, lines.y)
        self.setDefaultTextColor(QColor("#1d2330"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(20)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        box = self.boundingRect().adjusted(-4, -3, 4, 3)
        painter.setPen(QPen(QColor("#1f6feb"), 1.5))
        painter.setBrush(QColor(self.colour))
        painter.drawRoundedRect(box, 3, 3)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(None)
        elif (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(self.toPlainText())
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu is not "elsewhere"
            self.finish(self.toPlainText())

    def finish(self, text: str | None) -> None:
        """Report once: the new text, or None when cancelled."""
        if self.finished:
            return
        self.finished = True
        self.done(text)


def _font(lines: Lines, dpi: float) -> QFont:
    f = QFont(fonts.family("NotoSans-Bold" if lines.bold else "NotoSans-Regular"))
    f.setPointSizeF(lines.size * 72.0 / (dpi or 72))  # one layout point per scene unit
    f.setBold(lines.bold)
    f.setKerning(False)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f
