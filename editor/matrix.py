"""The opportunity matrix in the window: a second view of the same map (not a
copy), shown instead of the map (View ▸ Opportunity Matrix). It lays the matrix
out again whenever a step changes what it shows (cards, links, the journey's
scoring or quadrant names, stages, lanes, personas), and turns a drop into one
undo step through the map's editor, like any other edit.

Loaded when first shown, so the first frame of the map does not wait for it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

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


class Matrix(QObject):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.view = MatrixView(editor.theme)
        self.filter: MatrixFilter = EVERY_CARD
        self.view.scored.connect(self.score)
        self.view.selected.connect(self.select_on_map)
        editor.changed.connect(self.follow)
        self.refresh()

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


def _short(text: str, limit: int = 40) -> str:
    line = (text or "").split("\n")[0].strip()
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
