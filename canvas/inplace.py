"""Text on the canvas: typing on the selection and editing a text in place.

`InPlaceEditing` is the part of `MapView` (canvas/view.py) that opens an
`InlineEditor` (canvas/textedit.py) over a card, a header or a marker's label
and turns the text it reports into the view's `text_edit_requested` intent. The
map asks first (`edit_refusal`: a map open for viewing only says why, before any
typing is lost). While it is open it counts as a gesture (the view's
`_gesture_state`), so undo, delete and paste stay off meanwhile (editor/intents.py).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer, Qt

from model.layout import Lines, Rect

from .textedit import InlineEditor


class InPlaceEditing:
    """Mixed into `MapView`, whose signals (`text_edit_requested`, `edit_ended`,
    `edit_refused`) and `map_scene` it uses."""

    @property
    def editor(self) -> InlineEditor | None:
        return self._editor

    @editor.setter
    def editor(self, editor: InlineEditor | None) -> None:
        self._editor = editor
        self._gesture_state()

    # -- typing on the selection -----------------------------------------------------
    @staticmethod
    def typed(event) -> bool:
        """A key that types a character (Space is for panning, Ctrl/Alt keys are commands)."""
        text = event.text()
        commands = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
        return bool(text) and text.isprintable() and text != " " and not event.modifiers() & commands

    def selection_takes_typing(self) -> bool:
        return any(self.map_scene.selected(kind) for kind in ("card", "marker", "stage", "lane"))

    def type_into_selection(self, text: str) -> None:
        """Like Miro: typing on one selected card (marker, stage, lane) starts editing it,
        the first character replacing its text as in a spreadsheet cell (Escape or
        Ctrl+Z brings it back); with several selected, typing does nothing."""
        chosen = [(k, i) for k in ("card", "marker", "stage", "lane") for i in self.map_scene.selected(k)]
        if len(chosen) != 1:
            return
        self.start_edit(*chosen[0])
        if self.editor is not None:
            cursor = self.editor.textCursor()
            cursor.insertText(text)
            self.editor.setTextCursor(cursor)

    # -- editing text in place -------------------------------------------------------------
    def in_editor(self, pos: QPointF) -> bool:
        return self.editor is not None and self.editor.sceneBoundingRect().contains(pos)

    def edit_selected(self) -> bool:
        """F2/Enter: edit the one selected card, marker, stage or lane."""
        if self.editor is not None:
            self.commit_edit()
            return True
        for kind in ("card", "marker", "stage", "lane"):
            ids = self.map_scene.selected(kind)
            if len(ids) == 1:
                self.start_edit(kind, ids[0])
                return True
        return False

    def start_edit(self, kind: str, item_id: int) -> None:
        item = self.map_scene.item(kind, item_id)
        if item is None:
            return
        refusal = self.edit_refusal()
        if refusal:  # say so before any typing, which would otherwise be lost
            self.edit_refused.emit(refusal)
            return
        self.commit_edit()
        self.map_scene.select(kind, [item_id])
        self.editing = (kind, item_id)
        rect, lines, colour = self.edit_place(kind, item.box)
        original = self.texts(kind, item_id)

        def done(text):
            self.end_edit()
            if text is not None and text != original:
                self.text_edit_requested.emit(kind, item_id, text)
            self.edit_ended.emit(kind, item_id)
        self.editor = InlineEditor(rect, lines, original, colour, self.logicalDpiY(), done)
        self.scene().addItem(self.editor)
        self.editor.setFocus()
        self.ensureVisible(self.editor.sceneBoundingRect(), 20, 20)

    @staticmethod
    def edit_place(kind: str, box) -> tuple[Rect, Lines, str]:
        if kind == "card":
            return box.rect, box.text, box.colour
        if kind in ("stage", "lane"):
            return box.header, box.name, "#ffffff"
        label = Lines(box.label.lines, box.x - 70, box.y + 12, box.label.size)
        return Rect(box.x - 70, box.y + 12, 140, 20), label, "#ffffff"

    def commit_edit(self) -> None:
        if self.editor is not None:
            self.editor.finish(self.editor.toPlainText())

    def cancel_edit(self) -> None:
        if self.editor is not None:
            self.editor.finish(None)

    def end_edit(self) -> None:
        editor, self.editor, self.editing = self.editor, None, None
        if editor is not None:
            editor.hide()
            # removed once the key or focus event that ended it has returned
            QTimer.singleShot(0, lambda: editor.scene() and editor.scene().removeItem(editor))
            self.setFocus()
