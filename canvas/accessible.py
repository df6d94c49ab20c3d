"""The map as assistive technology sees it: stages, lanes, cards and markers.

Graphics items are not widgets, so a screen reader sees nothing of them by
itself. `install(view)` gives the view's viewport an accessible interface
(through `QAccessible.installFactory`) whose children are read from the
current layout: stages as column headers, lanes as row headers, then every
card and emotion marker in map order, each with its full text as its name,
"<lane> lane, <stage> stage" as its description, its rectangle on screen and
whether it is selected. The tree is rebuilt from the layout whenever it is
read, so it follows every edit; when the layout changes, assistive technology
is told to read it again, and when the arrow keys (or a click) select one
item while the map has the keyboard, or the keyboard comes back to the map
with one item selected, a focus event names that item.

Lifetime: Qt keeps every registered interface in its cache and deletes it
itself, but Python made them, so Python must hold each one while it is
registered and unregister it before letting go (or Qt keeps a dangling one).
`Parts` does both, and unregisters them all when the viewport goes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from model.layout import Rect

from .words import Canvas, fill

VIEWPORT_NAME = "mapCanvas"  # the viewport the factory gives a map interface
ROLES = {"stage": QAccessible.Role.ColumnHeader, "lane": QAccessible.Role.RowHeader,
         "card": QAccessible.Role.ListItem, "marker": QAccessible.Role.ListItem}
DOT = 6.0  # a marker is a dot: its rectangle is the square around it, in points
_factory_installed = False


def install(view) -> None:
    """Make the map view's stages, lanes, cards and markers accessible."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    viewport = view.viewport()
    viewport.setObjectName(VIEWPORT_NAME)
    view.setAccessibleName(QCoreApplication.translate("Canvas", "Journey map"))
    viewport.setAccessibleName(QCoreApplication.translate("Canvas", "Journey map"))
    view.accessible_parts = parts = Parts(view)
    viewport.destroyed.connect(parts.release)  # the closure keeps `parts` until then
    viewport.installEventFilter(parts)
    view.installEventFilter(parts)
    view.map_scene.selectionChanged.connect(parts.selection_moved)
    # an interface made before the viewport had its name is a plain widget's: drop it
    old = QAccessible.queryAccessibleInterface(viewport)
    if old is not None and not isinstance(old, MapAccessible):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(old))


def _factory(key: str, obj: QObject):
    if isinstance(obj, QWidget) and obj.objectName() == VIEWPORT_NAME:
        parts = getattr(obj.parentWidget(), "accessible_parts", None)
        if parts is not None:
            parts.root = MapAccessible(obj, parts)  # Python holds it; Qt deletes it with obj
            return parts.root
    return None


def notify(event: QAccessibleEvent) -> None:
    """Tell assistive technology (one place, so a test can listen)."""
    QAccessible.updateAccessibility(event)


class Parts(QObject):
    """The child interfaces of one map view, by (kind, id), in map order."""

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.root: MapAccessible | None = None
        self.lay = None
        self.keys: list[tuple[str, int]] = []
        self.made: dict[tuple[str, int], PartAccessible] = {}
        self.names: dict[tuple[str, int], str] = {}
        self.coming = False  # the keyboard came back to the map; its focus is named next

    def current(self) -> list[tuple[str, int]]:
        """The keys of the layout shown now; parts whose item went are unregistered."""
        lay = self.view.map_scene.lay
        if lay is not self.lay:
            self.lay = lay
            self.keys = [] if lay is None else (
                [("stage", s.id) for s in lay.stages] + [("lane", ln.id) for ln in lay.lanes]
                + [("card", c.id) for c in _in_map_order(lay)]
                + [("marker", m.id) for m in lay.markers])
            live = set(self.keys)
            for key in [k for k in self.made if k not in live]:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(self.made.pop(key)))
                self.names.pop(key, None)
        return self.keys

    def part(self, key: tuple[str, int]) -> PartAccessible:
        if key not in self.made:
            self.made[key] = made = PartAccessible(self, *key)
            QAccessible.registerAccessibleInterface(made)
            self.names[key] = made.text(QAccessible.Text.Name)  # what it was read as
        return self.made[key]

    def box(self, kind: str, item_id: int):
        lay = self.view.map_scene.lay
        if lay is None:
            return None
        if kind == "card":
            return lay.card_by_id.get(item_id)
        boxes = {"stage": lay.stages, "lane": lay.lanes, "marker": lay.markers}[kind]
        return next((b for b in boxes if b.id == item_id), None)

    def focused(self) -> tuple[str, int] | None:
        """The one selected item while the map has the keyboard: where its focus is."""
        window = self.view.window()
        if window.focusWidget() not in (self.view, self.view.viewport()):
            return None
        scene = self.view.map_scene
        chosen = [(kind, i) for kind in ("card", "marker", "stage", "lane") for i in scene.selected(kind)]
        return chosen[0] if len(chosen) == 1 else None

    # -- telling assistive technology ------------------------------------------------
    def selection_moved(self) -> None:
        if not QAccessible.isActive():
            return
        self.follow_layout()
        key = self.focused()
        if key is not None and key in self.current():
            notify(QAccessibleEvent(self.part(key), QAccessible.Event.Focus))

    def follow_layout(self) -> None:
        """After an edit: the children changed, and the names of parts already read."""
        if self.view.map_scene.lay is self.lay:
            return
        self.current()
        notify(QAccessibleEvent(self.view.viewport(), QAccessible.Event.ObjectReorder))
        for key, part in list(self.made.items()):
            name = part.text(QAccessible.Text.Name)
            if self.names.get(key, name) != name:
                notify(QAccessibleEvent(part, QAccessible.Event.NameChanged))
            self.names[key] = name

    def eventFilter(self, watched, event) -> bool:
        if not QAccessible.isActive():
            return False
        if event.type() == QEvent.Type.Paint:
            # the viewport repaints after every change of the layout: the moment to say so
            self.follow_layout()
        elif event.type() == QEvent.Type.FocusIn and watched is self.view and not self.coming:
            # Tab back into the map: name the selected card, once Qt has named the view
            # (once, though the window's activation may bring a second FocusIn)
            self.coming = True
            QTimer.singleShot(0, self, self.focus_came_back)
        return False

    def focus_came_back(self) -> None:
        self.coming = False
        self.selection_moved()

    def release(self, *_args) -> None:
        for part in self.made.values():
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(part))
        self.made.clear()


class MapAccessible(QAccessibleWidget):
    """The viewport: a pane whose children are the map's parts."""

    def __init__(self, viewport: QWidget, parts: Parts):
        super().__init__(viewport, QAccessible.Role.Pane, QCoreApplication.translate("Canvas", "Journey map"))
        self.parts = parts

    def childCount(self) -> int:
        return len(self.parts.current())

    def child(self, index: int):
        keys = self.parts.current()
        return self.parts.part(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        key = getattr(child, "key", None)
        keys = self.parts.current()
        return keys.index(key) if key in keys else -1

    def focusChild(self):
        key = self.parts.focused()
        return self.parts.part(key) if key is not None and key in self.parts.current() else None

    def childAt(self, x: int, y: int):
        view = self.parts.view
        lay = view.map_scene.lay
        local = view.viewport().mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        if lay is None or not view.viewport().rect().contains(local):
            return None
        pos = view.mapToScene(local)
        hit = view.map_scene.hit(pos.x(), pos.y(), 0.0)
        key = (hit.kind, hit.id)
        return self.parts.part(key) if key in self.parts.current() else None

    def text(self, kind):
        if kind == QAccessible.Text.Description:
            lay = self.parts.view.map_scene.lay
            if lay is not None:
                return ", ".join((Canvas.tr("%n stage(s)", None, len(lay.stages)),
                                  Canvas.tr("%n lane(s)", None, len(lay.lanes)),
                                  Canvas.tr("%n card(s)", None, len(lay.cards)))) + \
                    QCoreApplication.translate("Canvas", "; the arrow keys move from card to card")
        return super().text(kind)


class PartAccessible(QAccessibleInterface):
    """One stage, lane, card or marker, read from the layout each time it is asked."""

    def __init__(self, parts: Parts, kind: str, item_id: int):
        super().__init__()
        self.parts, self.kind, self.item_id = parts, kind, item_id
        self.key = (kind, item_id)

    def isValid(self) -> bool:
        return self.parts.box(self.kind, self.item_id) is not None

    def object(self):
        return None

    def window(self):
        return QAccessible.queryAccessibleInterface(self.parts.view.window())

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        return []

    def focusChild(self):
        return None

    def childAt(self, x: int, y: int):
        return None

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.parts.view.viewport())

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def role(self):
        return ROLES[self.kind]

    def setText(self, kind, text: str) -> None:
        pass  # edits go through the map's own editing, where they can be undone

    def text(self, kind) -> str:
        box = self.parts.box(self.kind, self.item_id)
        if box is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self.name(box)
        if kind == QAccessible.Text.Description:
            return self.description(box)
        return ""

    def full_text(self, kind: str, item_id: int, lines) -> str:
        """The model's text (the layout has only the wrapped lines)."""
        return self.parts.view.texts(kind, item_id) or " ".join(lines.lines)

    def name(self, box) -> str:
        if self.kind == "card":
            text = self.full_text("card", box.id, box.text)
            if text:
                return text
            return QCoreApplication.translate("Canvas", "Picture") if box.asset_id is not None else \
                QCoreApplication.translate("Canvas", "Empty card")
        if self.kind == "marker":
            return self.full_text("marker", box.id, box.label) or fill(
                QCoreApplication.translate("Canvas", "Feeling %1"), f"{box.feeling:+g}")
        return self.full_text(self.kind, box.id, box.name)

    def description(self, box) -> str:
        lay = self.parts.view.map_scene.lay
        if self.kind in ("stage", "lane"):
            count = len(lay.stages if self.kind == "stage" else lay.lanes)
            said = QCoreApplication.translate("Canvas", "Stage %1 of %2") if self.kind == "stage" else \
                QCoreApplication.translate("Canvas", "Lane %1 of %2")
            return fill(said, str(box.index + 1), str(count))
        lane, stage = self.parts.box("lane", box.lane_id), self.parts.box("stage", box.stage_id)
        where = [fill(QCoreApplication.translate("Canvas", "%1 lane"), self.full_text("lane", lane.id, lane.name)),
                 fill(QCoreApplication.translate("Canvas", "%1 stage"), self.full_text("stage", stage.id, stage.name))]
        if self.kind == "marker":
            where.insert(0, fill(QCoreApplication.translate("Canvas", "feeling %1"), f"{box.feeling:+g}"))
        elif box.votes:
            where.append(Canvas.tr("%n vote(s)", None, box.votes))
        return ", ".join(where)

    def rect(self) -> QRect:
        """Where it is on the screen now (the view maps the layout's points)."""
        box = self.parts.box(self.kind, self.item_id)
        if box is None:
            return QRect()
        r = box.header if self.kind in ("stage", "lane") else (
            box.rect if self.kind == "card" else Rect(box.x - DOT, box.y - DOT, 2 * DOT, 2 * DOT))
        view = self.parts.view
        shown = view.mapFromScene(QRectF(r.x, r.y, r.w, r.h)).boundingRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def state(self):
        state = QAccessible.State()
        state.selectable = state.focusable = True
        item = self.parts.view.map_scene.item(self.kind, self.item_id)
        state.selected = item is not None and item.isSelected()
        state.focused = self.parts.focused() == self.key
        viewport = self.parts.view.viewport()
        shown = QRect(viewport.mapToGlobal(viewport.rect().topLeft()), viewport.size())
        state.offscreen = not shown.intersects(self.rect())  # scrolled away, not hidden
        return state


def _in_map_order(lay) -> list:
    """Cards stage by stage, lane by lane, top to bottom in a cell: reading order."""
    stage_at = {s.id: s.index for s in lay.stages}
    lane_at = {lane.id: lane.index for lane in lay.lanes}
    return sorted(lay.cards, key=lambda c: (stage_at[c.stage_id], lane_at[c.lane_id], c.index))
