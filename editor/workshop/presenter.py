"""The presenter view, on the laptop when a projector is connected: the same
map (the projector's scene, so both show the same spotlight and the card being
typed) beside the facilitator's controls, the time box, the next stage, the
legibility check and the notes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from .board import Toast
from .controls import ControlPanel
from .view import WorkshopView
from ..i18n import translate

PANEL_WIDTH = 360


class PresenterWindow(QWidget):
    def __init__(self, workshop):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("workshop_presenter")
        self.setWindowTitle(translate("Workshop", "Wayline — presenter view"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ws = workshop
        self.quiet = False
        self.view = WorkshopView(workshop, self)
        self.panel = ControlPanel(workshop, compact=False)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(PANEL_WIDTH)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addWidget(scroll)
        self.toast = Toast(self)
        workshop.message.connect(self.show_message)

    def present(self, screen, size=None) -> None:
        if size is not None:
            self.resize(*size)
            self.show()
            return
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def show_message(self, text: str) -> None:
        self.toast.say(text)
        self.toast.move(16, self.height() - self.toast.height() - 16)
        self.toast.raise_()

    def close_quietly(self) -> None:
        self.quiet = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self.quiet and self.ws.active():
            self.ws.leave()
        if self.panel.links:
            self.panel.detach()
            self.ws.message.disconnect(self.show_message)
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.ws.active():
            self.ws.frame_views(animate=False)
