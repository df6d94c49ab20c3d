"""Dropping `.journey` files on a map window opens them.

The canvas takes dropped pictures onto a cell (canvas/view.py); a map dropped
there would be refused as "not a picture". This filter sits in front of the
canvas's viewport and of the window (toolbar, status bar, notices), takes
every drag that carries a map and hands the maps to `open_maps`, the way a
desktop editor opens a document dropped on it. Pictures in the same drop are
not added: one sentence says to drop them on a cell on their own.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject

from .i18n import translate

SUFFIX = ".journey"
MIXED = QT_TRANSLATE_NOOP("MapDrop", "Only the maps were opened: drop pictures on a cell on their own.")


def dropped_paths(mime) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def maps_in(paths: list[str]) -> list[str]:
    return [p for p in paths if p.lower().endswith(SUFFIX)]


class MapDrop(QObject):
    def __init__(self, open_maps, say, parent=None):
        super().__init__(parent)
        self.open_maps, self.say = open_maps, say

    def watch(self, widget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        paths = dropped_paths(event.mimeData())
        maps = maps_in(paths)
        if not maps:
            return False  # pictures and the rest: the canvas's own drop
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            if len(maps) < len(paths):
                self.say(translate("MapDrop", MIXED))
            self.open_maps(maps)
        return True
