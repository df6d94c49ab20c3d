"""The map's personas in order, each with its look: choose the one the panel
edits (and whose curve new emotion markers go on: its felt or its target
curve, `marker_curve`), add one (empty, or with a
copy of another's curve and card tags), remove one, move one up or down.

Every change is one undo step through `MapEditor.run`; which persona is chosen
is a view, not an edit, kept on the editor (`MapEditor.persona_id`).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from canvas import paint
from model import persona_looks as looks
from model.display import Path
from model.op import Op
from model.personas import MAX_PERSONAS

from . import marker_curve
from .i18n import translate
from .mapeditor import MapEditor
from .sentences import fill

SWATCH = QSize(46, 20)


def swatch(colour: str, line: str, shape: str, ratio: float = 1.0) -> QIcon:
    """A persona's look as the legend draws it: a stretch of its curve and a marker."""
    image = QImage(round(SWATCH.width() * ratio), round(SWATCH.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = SWATCH.width(), SWATCH.height()
    width = looks.CURVE_WIDTH
    paint.draw(painter, [
        Path((("M", 2.0, h / 2), ("L", w - 2.0, h / 2)), stroke=colour, width=width, dash=looks.dash(line, width)),
        Path(tuple(looks.outline(shape, w / 2, h / 2, h / 2 - 3)), fill=colour, stroke="#ffffff", width=0.8)])
    painter.end()
    return QIcon(QPixmap.fromImage(image))


class PersonaList(QWidget):
    chosen = Signal()  # another persona is chosen (or the chosen one went)

    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Persona", "Personas"))
        self.list.setProperty("map_content", True)  # its items are the map's words, not Wayline's
        self.list.setIconSize(SWATCH)
        self.list.setMaximumHeight(6 * 26 + 8)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._ticked)  # a tick shows or hides its curves
        self.add = QToolButton()
        self.add.setText(translate("Persona", "Add persona"))
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add.setMenu(QMenu(self.add))
        self.add.menu().aboutToShow.connect(self._fill_add_menu)
        self.remove = QPushButton(translate("Persona", "Remove"))
        self.remove.clicked.connect(self.remove_chosen)
        self.up, self.down = QToolButton(), QToolButton()  # arrows: the panel stays narrow
        for button, arrow, text, step in ((self.up, Qt.ArrowType.UpArrow, translate("Persona", "Move up"), -1),
                                          (self.down, Qt.ArrowType.DownArrow, translate("Persona", "Move down"), +1)):
            button.setArrowType(arrow)
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False, s=step: self.move_chosen(s))
        self.focus = QToolButton()
        self.focus.setText(translate("Persona", "Focus"))
        self.focus.setToolTip(translate("Persona", "Show the chosen persona's curve and dim the others"))
        self.focus.setCheckable(True)
        self.focus.toggled.connect(self._focus_toggled)
        self._curve_buttons()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.list)
        for row in ((self.add, self.remove), (self.up, self.down, self.focus),  # rows: the dock is narrow
                    (self.curve_label, self.felt, self.target)):
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            buttons.addStretch(1)
            outer.addLayout(buttons)
        self.reload()

    def _curve_buttons(self) -> None:
        """Felt | Target: which of the chosen persona's curves new markers go on."""
        self.curve_label = QLabel(translate("Persona", "New markers:"))
        self.felt, self.target = QToolButton(), QToolButton()
        group = QButtonGroup(self)
        for button, text, tip in (
                (self.felt, translate("Persona", "Felt"),
                 translate("Persona", "New markers go on the chosen persona's curve as it feels today")),
                (self.target, translate("Persona", "Target"),
                 translate("Persona", "New markers go on the chosen persona's target curve: the future "
                                      "state, drawn fainter"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(fill(translate("Persona", "New markers: %1"), text))
            button.setCheckable(True)
            group.addButton(button)
        self.felt.setChecked(True)
        self.target.toggled.connect(self.choose_curve)

    # -- showing ----------------------------------------------------------------------
    def reload(self) -> None:
        personas = self.editor.doc.journey.personas
        chosen, view = self.editor.persona_id(), self.editor.persona_view
        self.list.blockSignals(True)
        self.list.clear()
        ratio = self.devicePixelRatioF()
        for p in personas:
            item = QListWidgetItem(swatch(p.colour, p.line, p.shape, ratio),
                                   p.name or translate("Persona", "Unnamed persona"))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if view.shows(p.id) else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if p.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        index = [p.id for p in personas].index(chosen) if chosen is not None else -1
        self.add.setEnabled(len(personas) < MAX_PERSONAS)
        self.add.setToolTip("" if len(personas) < MAX_PERSONAS else
                            fill(translate("Persona", "A map holds at most %1 personas."), str(MAX_PERSONAS)))
        self.remove.setEnabled(chosen is not None)
        self.focus.blockSignals(True)
        self.focus.setChecked(view.focus is not None)
        self.focus.setEnabled(len(personas) > 1)
        self.focus.blockSignals(False)
        for button, on in ((self.felt, not self.editor.marker_target), (self.target, self.editor.marker_target)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.up.setEnabled(index > 0)
        self.down.setEnabled(0 <= index < len(personas) - 1)

    def _current_changed(self, item, _previous) -> None:
        if item is not None:
            self.editor.choose_persona(item.data(Qt.ItemDataRole.UserRole))
            view = self.editor.persona_view
            if view.focus is not None:  # the focus follows the choice
                self.editor.show_personas(view.showing(view.hidden - {self.editor.persona_id()},
                                                       self.editor.persona_id()))
            self.reload()
            self.chosen.emit()

    def choose_curve(self, target: bool) -> None:
        """New markers go on the target curve (True) or the felt one; the status bar says whose."""
        if target != self.editor.marker_target:
            self.editor.marker_target = target
            persona = self.editor.find("persona", self.editor.persona_id())
            self.editor.message.emit(marker_curve.goes(persona.name if persona else None, target))

    # -- the view: which personas' curves show (not an edit) ----------------------------
    def _ticked(self, item) -> None:
        persona_id = item.data(Qt.ItemDataRole.UserRole)
        view = self.editor.persona_view
        hidden = view.hidden - {persona_id} if item.checkState() == Qt.CheckState.Checked \
            else view.hidden | {persona_id}
        focus = None if view.focus in hidden else view.focus
        self.editor.show_personas(view.showing(hidden, focus))

    def _focus_toggled(self, on: bool) -> None:
        chosen = self.editor.persona_id()
        view = self.editor.persona_view
        self.editor.show_personas(view.showing(view.hidden - {chosen}, chosen if on else None))  # focused: shown

    def _fill_add_menu(self) -> None:
        menu = self.add.menu()
        menu.clear()
        menu.addAction(translate("Persona", "Empty persona"), lambda: self.add_persona(None))
        for p in self.editor.doc.journey.personas:
            label = fill(translate("Persona", "Copy the curve and tags of %1"), p.name or "…")
            menu.addAction(label, lambda pid=p.id: self.add_persona(pid))

    # -- editing -------------------------------------------------------------------------
    def add_persona(self, copy_from: int | None) -> None:
        args = {"name": translate("Persona", "New persona")}
        if copy_from is not None:
            args["copy_from"] = copy_from
        changes = self.editor.run(translate("Steps", "Add persona"), [Op("add_persona", args)])
        if changes:
            self.editor.choose_persona(changes[0].result)
            self.reload()
            self.chosen.emit()

    def remove_chosen(self) -> None:
        chosen = self.editor.persona_id()
        if chosen is not None:
            self.editor.run(translate("Steps", "Remove persona"), [Op("delete_persona", {"persona_id": chosen})])

    def move_chosen(self, step: int) -> None:
        chosen = self.editor.persona_id()
        ids = [p.id for p in self.editor.doc.journey.personas]
        if chosen in ids and 0 <= ids.index(chosen) + step < len(ids):
            self.editor.run(translate("Steps", "Move persona"),
                            [Op("move_persona", {"persona_id": chosen, "index": ids.index(chosen) + step})])
