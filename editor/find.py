"""Edit ▸ Find (Ctrl+F): a bar above the map that finds text in cards, stage
and lane names, marker labels and the personas (`model.search`), shows "3 of
12", and takes the view to each match: the item is selected and scrolled into
sight; a persona match raises the Persona panel with the text selected.
Enter or F3 go to the next match, Shift+Enter or Shift+F3 to the previous
one, Esc closes the bar and gives the keyboard back to the map.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from model.search import Match, find

from .i18n import number, translate
from .mapeditor import MapEditor

ON_CANVAS = ("card", "stage", "lane", "marker")
MARGIN = 60  # points of map kept around a match scrolled into view


class FindBar(QWidget):
    def __init__(self, editor: MapEditor, show_outside: Callable[[Match, str], None], parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(translate("FindBar", "Find"))
        self.editor = editor
        self.show_outside = show_outside  # a match the canvas does not draw (a persona, the title)
        self.matches: list[Match] = []
        self.index = -1
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setAccessibleName(translate("FindBar", "Text to find"))
        self.field.setPlaceholderText(translate("FindBar", "Find in cards, stages, lanes, markers and personas"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _: self.search())
        self.field.installEventFilter(self)  # Enter, Shift+Enter and Esc in the field
        self.count = QLabel()
        self.count.setObjectName("findCount")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(translate("FindBar", "Find:")))
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        for text, name, tip, slot in (("▲", "findPrevious", translate("FindBar", "Previous match (Shift+F3)"), lambda: self.step(-1)),
                                      ("▼", "findNext", translate("FindBar", "Next match (F3)"), lambda: self.step(+1)),
                                      ("✕", "findClose", translate("FindBar", "Close (Esc)"), self.close_bar)):
            button = QToolButton()
            button.setText(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setAccessibleName(tip)  # a screen reader would read "▲" as "black triangle"
            button.clicked.connect(slot)
            row.addWidget(button)
        editor.changed.connect(self.on_change)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.editor.view.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step(-1 if back else +1)
                return True
        return super().eventFilter(watched, event)

    # -- matches -----------------------------------------------------------------
    def search(self) -> None:
        self.matches = find(self.editor.doc.journey, self.field.text())
        self.index = 0 if self.matches else -1
        self.show_current()

    def on_change(self, changes) -> None:
        """Search again only while the bar shows and the change may hold text it finds."""
        if self.isVisible() and changes.touches("card", "stage", "lane", "marker", "persona", "journey"):
            self.refresh()

    def refresh(self) -> None:
        """The map changed: the same search, staying near the same place."""
        if not self.isVisible():
            return
        current = self.matches[self.index] if self.index >= 0 else None
        self.matches = find(self.editor.doc.journey, self.field.text())
        self.index = self.matches.index(current) if current in self.matches else min(
            max(self.index, 0), len(self.matches) - 1)
        self._say()

    def step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.matches:
            self.index = (self.index + delta) % len(self.matches)
        self.show_current()

    def show_current(self) -> None:
        self._say()
        if self.index < 0:
            return
        match = self.matches[self.index]
        if match.kind in ON_CANVAS:
            self.editor.scene.select(match.kind, [match.id])
            item = self.editor.scene.item(match.kind, match.id)
            if item is not None:
                self.editor.view.ensureVisible(item.sceneBoundingRect(), MARGIN, MARGIN)
        else:
            self.show_outside(match, self.field.text())

    def _say(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(translate("FindBar", "No matches"))
        else:
            self.count.setText(translate("FindBar", "{n} of {total}").format(n=number(self.index + 1), total=number(len(self.matches))))
