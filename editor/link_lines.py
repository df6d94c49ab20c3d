"""The plan on the map (`canvas.overlay`): the links of the selected cards —
selecting an opportunity draws faint connectors to the pain points it
addresses, a pain point to the opportunities that address it — and the tags
on cards (a scored opportunity's rank, a pain point's "addressed by 2"). Both
step aside while a gesture runs (a dragged card would leave its tag behind)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from canvas.overlay import Overlay
from model.changes import Changes
from model.link_drawing import connectors, link_pairs
from model.plan_marks import marks, tags

from .mapeditor import MapEditor
from .sentences import Status


class LinkLines(QObject):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.overlay, self.tags = Overlay(), Overlay()
        for item in (self.overlay, self.tags):
            editor.scene.addItem(item)
        editor.view.selection_changed.connect(self.refresh)
        editor.shown.connect(self.follow)  # after a layout: the boxes the marks sit on are current
        editor.gestures.busy_changed.connect(self.step_aside)
        self.refresh_tags()

    def follow(self, changes: Changes | None) -> None:
        """The canvas shows a new layout; None: everything may have changed (a catch-up)."""
        if changes is None or changes.touches("card", "link", "stage", "lane", "journey"):
            self.refresh()
            self.refresh_tags()

    def step_aside(self, busy: bool) -> None:
        for item in (self.overlay, self.tags):
            item.setVisible(not busy)

    def refresh(self) -> None:
        selected = self.editor.scene.selected("card")
        pairs = link_pairs(self.editor.doc.journey, selected) if selected else []
        boxes = self.editor.lay.card_by_id
        self.overlay.show(connectors(boxes, pairs), [boxes[i].rect for pair in pairs for i in pair if i in boxes])

    def refresh_tags(self) -> None:
        boxes = self.editor.lay.card_by_id
        found = tags(self.editor.doc.journey, lambda n: Status.tr("addressed by %n", None, n))
        self.tags.show(marks(boxes, found), [boxes[i].rect for i in found if i in boxes])
