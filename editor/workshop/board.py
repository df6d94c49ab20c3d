"""What the room sees besides the map: the stage caption, the clock, the dots
left, a passing message, and the "top N" wrap-up board. Large type, black on
white or white on near-black: it must read from the back of the room."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from model.drawing import darker
from model.lanes import kind as lane_kind
from model.theme import KIND_LABELS

from .ranking import Ranked
from ..i18n import translate
from ..sentences import fill

INK, PAPER = "#000000", "#ffffff"
CLOCK_COLOURS = {"running": ("#111827", PAPER), "paused": ("#4b5563", PAPER),
                 "last_minute": ("#b45309", PAPER), "over": ("#b91c1c", PAPER)}


def big_font(px: float, bold: bool = False) -> QFont:
    font = QFont("Noto Sans")
    font.setPixelSize(round(px))
    font.setBold(bold)
    return font


class Chip(QLabel):
    """A rounded label floating over the map."""

    def __init__(self, parent, px: float = 26, colours=("#111827", PAPER)):
        super().__init__(parent)
        self.setFont(big_font(px, True))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_colours(*colours)
        self.hide()

    def set_colours(self, background: str, text: str) -> None:
        self.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; "
                           "border-radius: 12px; padding: 8px 18px; }")

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.adjustSize()

    def line_height(self) -> int:
        """The chip's height for one line of text, shown or not (room kept for it)."""
        if getattr(self, "_line", None) is None:
            probe = QLabel("0:00")
            probe.setFont(self.font())
            probe.setStyleSheet(self.styleSheet())
            self._line = probe.sizeHint().height()
        return self._line


class Toast(Chip):
    """A message that shows for a few seconds, then goes."""

    SHOW_MS = 4500

    def __init__(self, parent):
        super().__init__(parent, 22, ("#1f2937", PAPER))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def say(self, text: str) -> None:
        super().say(text)
        self.timer.start(self.SHOW_MS)


def stage_caption(lay, stage_id) -> str:
    stage = next((s for s in lay.stages if s.id == stage_id), None)
    if stage is None:
        return translate("Workshop", "Whole map")
    return f"{stage.index + 1} / {len(lay.stages)}   {' '.join(stage.name.lines)}"


class RankingBoard(QFrame):
    """The wrap-up: the most-voted pain points and opportunities, ranked."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("ranking_board")
        self.setStyleSheet(f"#ranking_board {{ background: {PAPER}; }} QLabel {{ color: {INK}; }}")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(28)
        self.rows.setVerticalSpacing(18)
        outer = QVBoxLayout(self)
        self.outer = outer
        outer.setContentsMargins(90, 60, 90, 60)
        outer.addWidget(self.title)
        outer.addSpacing(24)
        outer.addLayout(self.rows)
        outer.addStretch(1)
        self.hide()

    def set_top(self, chips: int) -> None:
        """Start below the chips (the time box stays in sight above the board)."""
        self.outer.setContentsMargins(90, max(60, chips + 12), 90, 60)

    def show_ranking(self, ranked: list[Ranked], n: int) -> None:
        self.show()
        self.raise_()
        if (ranked, n, self.width()) == getattr(self, "shown", None):
            return  # unchanged: no flicker from rebuilding the rows
        self.shown = (ranked, n, self.width())
        self.scale = min(1.0, max(self.width(), 1) / 1600)  # a 2× screen: the same words fit
        self.title.setFont(big_font(48 * self.scale, True))
        self.title.setText(fill(translate("Workshop", "Top %1: where the room put its dots"), str(n)))
        while self.rows.count():
            old = self.rows.takeAt(0).widget()
            old.hide()  # gone now, not at the next turn of the event loop
            old.deleteLater()
        if not ranked:
            self._row(0, "", translate("Workshop", "No votes yet: start a voting round with Ctrl+D."), "", "")
        for i, r in enumerate(ranked):
            where = f"{translate('Lanes', KIND_LABELS.get(r.kind, r.kind))} · {r.stage}"
            self._row(i, f"{r.rank}", r.text, f"{'●' * min(r.votes, 8)} {r.votes}", where, r.kind)

    def _row(self, i: int, rank: str, text: str, dots: str, where: str, kind: str = "") -> None:
        accent = lane_kind(kind).look.accent if kind else None
        colour = darker(accent, 118) if accent else INK  # the kind's accent, dark enough to read as text
        cells = ((rank, 44, True, INK), (text, 34, False, INK), (dots, 30, True, "#e2574c"),
                 (where, 22, False, colour))
        for column, (value, px, bold, ink) in enumerate(cells):
            label = QLabel(value)
            label.setFont(big_font(px * self.scale, bold))
            label.setStyleSheet(f"color: {ink};")
            label.setWordWrap(column in (1, 3))
            self.rows.addWidget(label, i, column, Qt.AlignmentFlag.AlignVCenter)
        self.rows.setColumnStretch(1, 1)

