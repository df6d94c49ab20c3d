"""The projector: the map full screen with no chrome, in the workshop theme.

Besides the map it shows only what the room needs: the stage caption, the
time box, the dots left in a voting round, a passing message and the top-N
board. With one screen, the facilitator's controls are an overlay along the
bottom that appears when the mouse moves and hides itself after a few seconds.
It starts hidden (a facilitator with a clicker never moves the mouse), and the
map is framed above the room it takes, and below the chips, so neither ever
covers the map (`framing.Insets`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from . import framing, ranking
from .board import CLOCK_COLOURS, Chip, RankingBoard, Toast, stage_caption
from .controls import ControlPanel
from .view import WorkshopView
from ..i18n import translate
from ..sentences import fill

GAP = 24


class Overlay(QFrame):
    """The controls for a one-screen session: shown on mouse movement, then hidden."""

    HIDE_MS = 3000

    def __init__(self, workshop, parent):
        super().__init__(parent)
        self.setObjectName("workshop_overlay")
        self.setStyleSheet("#workshop_overlay { background: rgba(255, 255, 255, 235); "
                           "border-top: 2px solid #0b57d0; } QPushButton, QLabel, QSpinBox "
                           "{ font-size: 16px; } QPushButton { padding: 6px 14px; }")
        self.panel = ControlPanel(workshop, compact=True, parent=self)
        QVBoxLayout(self).addWidget(self.panel)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()  # until the mouse moves: it must not cover the map at F5

    def fit(self, width: int) -> int:
        """Arrange the controls for `width`; the height they then need."""
        self.panel.fit(width)
        return self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()

    def poke(self) -> None:
        """The mouse moved: show the controls for a while."""
        if not self.isVisible():
            self.show()
            self.raise_()
        self.timer.start(self.HIDE_MS)

    def enterEvent(self, event) -> None:
        self.timer.stop()  # never hide under the pointer
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.timer.start(self.HIDE_MS)
        super().leaveEvent(event)


class PresentationWindow(QWidget):
    def __init__(self, workshop, overlay: bool):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("workshop_presentation")
        self.setWindowTitle(translate("Workshop", "Wayline — workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ws = workshop
        self.quiet = False
        self.view = WorkshopView(workshop, self)
        self.caption = Chip(self, 26)
        self.clock = Chip(self, 34)
        self.dots = Chip(self, 24, ("#e2574c", "#ffffff"))
        self.toast = Toast(self)
        self.board = RankingBoard(self)
        self.matrix = None  # the opportunity matrix, made when first shown (Ctrl+Shift+O)
        self.overlay = Overlay(workshop, self) if overlay else None
        self._mouse = _MouseWatch(self)
        self.view.viewport().installEventFilter(self._mouse)
        self.links = [(workshop.updated, self.refresh), (workshop.timebox.changed, self.refresh_clock),
                      (workshop.message, self.say)]
        for signal, slot in self.links:
            signal.connect(slot)
        self.refresh()

    def present(self, screen, size=None) -> None:
        """Full screen on `screen`; `size` shows it windowed instead (tests, screenshots)."""
        if size is not None:
            self.resize(*size)
            self.show()
            return
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def close_quietly(self) -> None:
        self.quiet = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self.quiet and self.ws.active():  # closed by the system (Alt+F4): leave properly
            self.ws.leave()
        for signal, slot in self.links:
            signal.disconnect(slot)
        self.links = []
        if self.overlay is not None:
            self.overlay.panel.detach()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())
        self.board.setGeometry(self.rect())
        self.place_matrix()
        self.place_overlay()
        self.place_chips()
        if self.ws.active():
            self.ws.frame_views(animate=False)

    def show_matrix(self, shown: bool) -> None:
        """The matrix of the same map over the spotlight, or not. It takes no keyboard focus:
        typing still captures, and the workshop's keys (Esc, Ctrl+Shift+O) still reach it."""
        if shown and self.matrix is None:
            from ..matrix import Matrix  # loaded when first shown, as in the editor's window
            self.matrix = Matrix(self.ws.editor, self)
            self.matrix.widget.setParent(self)
            self.matrix.widget.setAutoFillBackground(True)  # over the map: nothing of it shows through
            for w in [self.matrix.widget, *self.matrix.widget.findChildren(QWidget)]:
                w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self.matrix is not None:
            self.place_matrix()
            self.matrix.widget.setVisible(shown)
            if shown:
                self.matrix.widget.raise_()
                for chip in (self.clock, self.dots, self.toast):
                    chip.raise_()
                if self.overlay is not None:
                    self.overlay.raise_()

    def place_matrix(self) -> None:
        if self.matrix is not None:
            top = GAP + max(self.caption.line_height(), self.clock.line_height()) + GAP // 2
            strip = self.strip_height() if self.overlay is not None and self.overlay.isVisible() else 0
            self.matrix.widget.setGeometry(0, top, self.width(), self.height() - top - strip)

    def strip_height(self) -> int:
        return self.overlay.geometry().height() if self.overlay is not None else 0

    def place_overlay(self) -> None:
        """The strip along the bottom, in as many rows as its full text needs; the map is
        framed above it and below the chips (shown or not, so nothing jumps)."""
        if self.overlay is not None:
            h = self.overlay.fit(self.width())
            self.overlay.setGeometry(0, self.height() - h, self.width(), h)
        chips = GAP + max(self.caption.line_height(), self.clock.line_height()) + GAP // 2
        reserved = framing.Insets(chips, self.strip_height())
        self.board.set_top(chips)
        if reserved != getattr(self.view, "reserved", None):
            self.view.reserved = reserved
            if self.ws.active():
                self.ws.frame_views(animate=False)

    def place_chips(self) -> None:
        self.caption.move(GAP, GAP)
        self.clock.move(self.width() - self.clock.width() - GAP, GAP)
        self.dots.move(self.width() - self.dots.width() - GAP, GAP * 2 + self.clock.height())
        # above the one-screen controls strip (shown or not, so a message never jumps)
        self.toast.move((self.width() - self.toast.width()) // 2,
                        self.height() - self.strip_height() - self.toast.height() - GAP * 3)
        if self.board.isVisible():  # the top-N board never hides the time box
            for chip in (self.clock, self.dots, self.toast):
                chip.raise_()
            if self.overlay is not None and self.overlay.isVisible():
                self.overlay.raise_()

    def say(self, text: str) -> None:
        """A passing message for the room, centred for its own width."""
        self.toast.say(text)
        self.place_chips()

    # -- showing the session ------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ws
        self.caption.say(stage_caption(ws.lay, ws.stage_id))
        self.dots.say(fill(translate("Workshop", "● %1 of %2 dots left"), str(ws.voting.left()), str(ws.voting.budget))
                      if ws.voting.active else ws.scoring.status())
        if ws.ranking_shown:
            self.board.show_ranking(ranking.top_cards(ws.editor.doc.journey, ws.top_n), ws.top_n)
        else:
            self.board.hide()
        self.show_matrix(ws.matrix_shown)
        self.place_overlay()  # the strip's buttons changed their text: maybe another row
        self.refresh_clock()

    def refresh_clock(self) -> None:
        tb = self.ws.timebox
        state = tb.state()
        text = tb.text()
        if state == "over":
            # the gentle signal: a slow pulse, one second red, one second darker
            overrun = int(-tb.countdown.remaining())
            self.clock.set_colours("#b91c1c" if overrun % 2 == 0 else "#7f1d1d", "#ffffff")
            text = fill(translate("Workshop", "Time's up  %1"), text)
        elif state in CLOCK_COLOURS:
            self.clock.set_colours(*CLOCK_COLOURS[state])
            text = ("❚❚ " if state == "paused" else "") + text
        self.clock.say(text)
        self.place_chips()


class _MouseWatch(QObject):
    """Mouse movement over the map shows the overlay (the view eats the events)."""

    def __init__(self, window: PresentationWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.MouseMove and self.window.overlay is not None:
            self.window.overlay.poke()
        return False
