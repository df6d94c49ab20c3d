"""The opportunity matrix in the window: a second view of the same map (not a
copy), shown instead of the map (View ▸ Opportunity Matrix). It lays the matrix
out again whenever a step changes what it shows (cards, links, the journey's
scoring or quadrant names, stages, lanes, personas), and turns a drop into one
undo step through the map's editor, like any other edit.

Loaded when first shown, so the first frame of the map does not wait for it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from canvas.matrix_view import MatrixView
from model import scoring
from model.changes import Changes
from model.matrix import EVERY_CARD, MatrixFilter, matrix
from model.op import Op

from .i18n import translate
from .sentences import fill
from .mapeditor import MapEditor

AXES = (QT_TRANSLATE_NOOP("Matrix", "Effort"), QT_TRANSLATE_NOOP("Matrix", "Impact"))
TRAY = QT_TRANSLATE_NOOP("Matrix", "Not scored yet")
SCORE_STEP = QT_TRANSLATE_NOOP("Steps", "Score “%1”: impact %2, effort %3")
RENAME_STEP = QT_TRANSLATE_NOOP("Steps", "Rename quadrants")


class Matrix(QObject):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.view = MatrixView(editor.theme)
        self.filter: MatrixFilter = EVERY_CARD
        self.widget = QWidget()  # the filter bar above the view
        self.widget.setObjectName("matrix_page")
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        self.stage = QComboBox()
        self.stage.setAccessibleName(translate("Matrix", "Stage"))
        self.persona = QComboBox()
        self.persona.setAccessibleName(translate("Matrix", "Persona"))
        for box in (self.stage, self.persona):
            box.setProperty("map_content", True)  # stage and persona names are the map's
        self.pain_points = QCheckBox(translate("Matrix", "Pain points too"))
        self.names_button = QPushButton(translate("Matrix", "Quadrant names…"))
        self.names_button.clicked.connect(self.ask_names)
        self.persona_label = QLabel(translate("Matrix", "Persona"))
        for w in (QLabel(translate("Matrix", "Stage")), self.stage, self.persona_label, self.persona,
                  self.pain_points):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.names_button)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        for box in (self.stage, self.persona):
            box.activated.connect(lambda _: self.filter_changed())
        self.pain_points.toggled.connect(lambda _: self.filter_changed())
        self.view.scored.connect(self.score)
        self.view.selected.connect(self.select_on_map)
        editor.changed.connect(self.follow)
        self.fill_filters()
        self.refresh()

    def fill_filters(self) -> None:
        """The stage and persona choices, as the map has them now (the choice kept if it still exists)."""
        journey = self.editor.doc.journey
        for box, items, everyone in ((self.stage, [(s.id, s.name) for s in journey.stages],
                                      translate("Matrix", "All stages")),
                                     (self.persona, [(p.id, p.name) for p in journey.personas],
                                      translate("Matrix", "Any persona"))):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for item_id, name in items:
                box.addItem(name or "—", item_id)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)
        several = len(journey.personas) > 1
        self.persona.setVisible(several)
        self.persona_label.setVisible(several)

    def filter_changed(self) -> None:
        stage = self.stage.currentData()
        self.show_only(MatrixFilter(stages=None if stage is None else frozenset({stage}),
                                    persona_id=self.persona.currentData(), pain_points=self.pain_points.isChecked()))

    def ask_names(self) -> QuadrantNames:
        dialog = QuadrantNames(self, self.widget.window())
        dialog.open()
        return dialog

    def rename_quadrants(self, names: list[str]) -> None:
        defaults = [translate("Scoring", label[1]) for _, label in scoring.QUADRANTS]
        stored = ["" if n.strip() in ("", d) else n.strip() for n, d in zip(names, defaults)]
        text = "\n".join(stored).rstrip("\n")
        if text != self.editor.doc.journey.quadrants:
            self.editor.run(translate("Steps", RENAME_STEP), [Op("update_journey", {"quadrants": text})])

    def names(self) -> list[str]:
        defaults = [translate("Scoring", label[1]) for _, label in scoring.QUADRANTS]
        return scoring.quadrant_names(self.editor.doc.journey.quadrants, defaults)

    def refresh(self) -> None:
        journey = self.editor.doc.journey
        selected = [i.card_id for i in self.view.matrix_scene.selectedItems()]
        m = matrix(journey, self.names(), tuple(translate("Matrix", a) for a in AXES),
                   translate("Matrix", TRAY), self.filter, self.editor.theme)
        self.view.show_matrix(m, selected)

    def follow(self, changes: Changes) -> None:
        if changes.touches("stage", "persona"):
            self.fill_filters()
        if changes.touches("card", "link", "journey", "stage", "lane", "persona"):
            self.refresh()

    def show_only(self, view: MatrixFilter) -> None:
        self.filter = view
        self.refresh()

    def score(self, card_id: int, effort: int, impact: int) -> None:
        card = self.editor.doc.store.card(card_id)
        name = fill(translate("Steps", SCORE_STEP), _short(card.text), str(impact), str(effort))
        if self.editor.run(name, [Op("update_card", {"card_id": card_id, "impact": impact,
                                                      "effort": effort})]) is None:
            self.refresh()  # refused: the card goes back where it was

    def select_on_map(self, card_ids: list) -> None:
        self.editor.scene.select("card", card_ids)


class QuadrantNames(QDialog):
    """The matrix's four quadrant names: empty, or the usual name, keeps the default."""

    def __init__(self, matrix: Matrix, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Matrix", "Quadrant names"))
        self.matrix = matrix
        form = QFormLayout(self)
        self.fields = []
        for (key, label), name in zip(scoring.QUADRANTS, matrix.names()):
            field = QLineEdit(name)
            field.setPlaceholderText(translate("Scoring", label[1]))
            field.setProperty("map_content", True)
            self.fields.append(field)
            form.addRow(translate("Scoring", label[1]), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(lambda: matrix.rename_quadrants([f.text() for f in self.fields]))


def _short(text: str, limit: int = 40) -> str:
    line = (text or "").split("\n")[0].strip()
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
