"""Shows the links of the selected cards on the map (`canvas.link_overlay`):
selecting an opportunity draws faint connectors to the pain points it
addresses, and selecting a pain point to the opportunities that address it;
nothing is drawn while no linked card is selected."""
from __future__ import annotations

from PySide6.QtCore import QObject

from canvas.link_overlay import LinkOverlay
from model.changes import Changes
from model.link_drawing import link_pairs

from .mapeditor import MapEditor


class LinkLines(QObject):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.overlay = LinkOverlay()
        editor.scene.addItem(self.overlay)
        editor.view.selection_changed.connect(self.refresh)
        editor.changed.connect(self.follow)

    def follow(self, changes: Changes) -> None:
        if changes.touches("card", "link", "stage", "lane"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.editor.scene.selected("card")
        pairs = link_pairs(self.editor.doc.journey, selected) if selected else []
        self.overlay.show_links(self.editor.lay.card_by_id, pairs)
