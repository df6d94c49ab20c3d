"""Scene items: each knows its id and its layout box and draws itself: its
display list (`model.drawing`, the same the PDF prints) through `canvas.paint`. Items hold no business rules and never reach into the view or
the model; the scene replaces their box after every layout (`show`).

An item sits at its box's top-left corner (`setPos`), so a drag or a re-layout
that only moves it keeps its device-coordinate cache. A card item sits in its
cell's `CellItem`, placed relative to the cell's corner: a row that moves (a
card above grew) or a column that shifts (a stage before it went) moves each
of its cells with one `setPos`, not each card.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from model import persona_looks
from model import text as textmod
from model.layout import CardBox, LaneBox, MarkerBox, Rect, StageBox
from model.theme import Theme

from . import paint

SELECTION = "#1f6feb"
# looked up once: an enum member read through PySide costs ~2 µs, and an undo that
# brings back a stage makes hundreds of items
NO_PEN = Qt.PenStyle.NoPen
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
MARGIN = 3.0  # room outside the box for pens and the selection outline


def lod_of(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class BoxItem(QGraphicsRectItem):
    """An item drawn from one layout box: `kind` and `id` name what it shows.

    A rect item only for its bounding rect, kept in C++ (`setRect`, no pen): Qt asks
    for it thousands of times a frame when rows move, and a Python `boundingRect`
    cost a call into Python each time (~2 ms a frame at 1,000 cards). It paints in
    Python, and only when its cached picture is drawn again."""

    kind = ""

    def __init__(self, box, theme: Theme, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.drawn = box  # the box its picture was drawn from (`box`: where it is now)
        self.theme = theme
        self.setPen(NO_PEN)
        self.setRect(self.bounds(box))
        self.setFlag(SELECTABLE)
        self.setPos(*self.origin(box))

    @property
    def id(self) -> int:
        return self.drawn.id

    @property
    def box(self):
        """Its box in the layout shown."""
        return self.drawn

    def rect_of(self, box) -> Rect:
        raise NotImplementedError

    def origin(self, box) -> tuple[float, float]:
        r = self.rect_of(box)
        return r.x, r.y

    def show(self, box) -> None:
        """Take a new box from a fresh layout: move if only moved, else redraw."""
        if box == self.drawn:
            self.setPos(*self.origin(box))  # a cancelled drag leaves the item elsewhere
            return
        old, self.drawn = self.drawn, box
        self.setPos(*self.origin(box))
        if self.same_look(old, box):
            return
        self.setRect(self.bounds(box))  # tells Qt the geometry changes, as it wants
        self.update()

    def drag_by(self, dx: float, dy: float) -> None:
        """Shown dx, dy away from where its box puts it (a drag's feedback)."""
        x, y = self.origin(self.box)
        self.setPos(x + dx, y + dy)

    def same_look(self, old, new) -> bool:
        """True when only the position changed (so the cached picture still holds)."""
        return self.look(old) == self.look(new)

    def look(self, box):
        """What the item draws, free of where: equal looks draw the same picture."""
        r = self.rect_of(box)
        return r.w, r.h, _shifted(box, r)

    def bounds(self, box) -> QRectF:
        r = self.rect_of(box)
        return QRectF(-MARGIN, -MARGIN, r.w + 2 * MARGIN, r.h + 2 * MARGIN)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect_of(self.box)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-r.x, -r.y)  # paint functions draw in layout coordinates
        self.draw(painter, lod_of(painter))
        if self.isSelected():
            pen = QPen(QColor(SELECTION), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3), 5, 5)

    def draw(self, painter: QPainter, lod: float) -> None:
        raise NotImplementedError


def _shifted(box, rect: Rect):
    """The box's drawn content relative to its corner: position-free, comparable."""
    fields = dict(box.__dict__)
    for k, v in fields.items():
        if isinstance(v, Rect):
            fields[k] = (v.x - rect.x, v.y - rect.y, v.w, v.h)
        elif hasattr(v, "lines") and hasattr(v, "x"):
            fields[k] = (v.lines, v.x - rect.x, v.y - rect.y, v.size, v.bold)
    fields.pop("index", None)
    for k in ("x", "y"):
        fields.pop(k, None)
    return fields


CARD_Z, LIFTED_Z = 2, 5  # cards (their cells) above the background; a dragged one above all


class CellItem(QGraphicsRectItem):
    """The cards of one cell (stage × lane), as its children, placed relative to
    the cell's corner: a cell that moves with its row or column is one `setPos`.
    It draws nothing and is never hit (`ItemHasNoContents`, an empty rect)."""

    kind = ""

    def __init__(self, corner: tuple[float, float]):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(CARD_Z)
        self.corner = corner
        self.setPos(*corner)

    def move_to(self, corner: tuple[float, float]) -> None:
        if corner != self.corner:
            self.corner = corner
            self.setPos(*corner)


class CardItem(BoxItem):
    kind = "card"

    def __init__(self, box: CardBox, theme: Theme, picture, cell: CellItem):
        super().__init__(box, theme, cell)  # made in its cell: placed once, in the scene with it
        self.picture = picture
        self.setZValue(CARD_Z)
        # cards move often and are many: keep each one's pixels (see DESIGN, Performance)
        self.setCacheMode(DEVICE_CACHE)

    def rect_of(self, box: CardBox) -> Rect:
        return box.rect

    def origin(self, box: CardBox) -> tuple[float, float]:
        return box.offset  # the layout's own numbers: its cell's corner + these is exactly box.rect

    def box_in(self, box: CardBox, cell: CellItem) -> None:
        """`show` a new box, which may be in another cell than the last."""
        if self.parentItem() is not cell:
            self.setParentItem(cell)
        self.show(box)

    @property
    def box(self) -> CardBox:
        """Its box in the layout shown. A cell the layout only moved (`Layout.moved`)
        hands its cards nothing one by one: their look and place in the cell are the
        ones drawn, so the layout's box is theirs (O(cells) for a row that moves)."""
        scene = self.scene()
        lay = getattr(scene, "lay", None)
        return self.drawn if lay is None else lay.card_by_id.get(self.drawn.id, self.drawn)

    def lift(self, lifted: bool) -> None:
        """Above every other card while dragged: a child is stacked among its cell's
        cards only, so its cell goes up with it."""
        z = LIFTED_Z if lifted else CARD_Z
        self.setZValue(z)
        if self.parentItem() is not None:
            self.parentItem().setZValue(z)

    def look(self, box: CardBox):
        # every field the card's drawing reads (model.drawing.card), as a tuple: when
        # rows below an edit move, thousands of cards are compared, and the generic
        # field-by-field copy cost ~14 µs a card
        r, t, im = box.rect, box.text, box.image
        return (r.w, r.h, box.kind, box.colour, box.channel, box.votes, box.asset_id,
                t.lines, t.x - r.x, t.y - r.y, t.size, t.bold,
                None if im is None else (im.x - r.x, im.y - r.y, im.w, im.h), box.chips)

    def draw(self, painter, lod):
        paint.paint_card(painter, self.box, self.theme, self.picture, lod)


class StageHeaderItem(BoxItem):
    kind = "stage"

    def __init__(self, box: StageBox, theme: Theme):
        super().__init__(box, theme)
        self.setZValue(3)
        self.setCacheMode(DEVICE_CACHE)

    def rect_of(self, box: StageBox) -> Rect:
        return box.header

    def draw(self, painter, lod):
        paint.paint_stage_header(painter, self.box, self.theme)


class LaneHeaderItem(BoxItem):
    kind = "lane"

    def __init__(self, box: LaneBox, theme: Theme):
        super().__init__(box, theme)
        self.setZValue(3)
        self.setCacheMode(DEVICE_CACHE)

    def rect_of(self, box: LaneBox) -> Rect:
        return box.header

    def draw(self, painter, lod):
        paint.paint_lane_header(painter, self.box, self.theme)


class MarkerItem(BoxItem):
    """An emotion marker; its origin is the marker's centre, so a vertical drag is setPos."""

    kind = "marker"

    def __init__(self, box: MarkerBox, theme: Theme):
        super().__init__(box, theme)
        self.setZValue(4)

    def rect_of(self, box: MarkerBox) -> Rect:
        r = self.theme.marker_radius
        return Rect(box.x - r, box.y - r, 2 * r, 2 * r)

    def origin(self, box):
        return box.x, box.y

    def same_look(self, old, new) -> bool:
        # the label's height above the face too: a label moves clear of another persona's
        return (old.feeling, old.label.lines, old.label.y - old.y, old.look, old.target) == \
            (new.feeling, new.label.lines, new.label.y - new.y, new.look, new.target)

    def bounds(self, box) -> QRectF:
        r = persona_looks.reach(self.theme.marker_radius) + MARGIN  # its persona's shape around the face
        label = box.label
        widest = max((textmod.measure(line, label.size) for line in label.lines), default=0)
        w = max(r, widest / 2 + MARGIN)  # the label is centred under (or over) the face
        top = min(-r, label.y - box.y - MARGIN)
        return QRectF(-w, top, 2 * w, max(r, label.y - box.y + label.height + MARGIN) - top)

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-self.box.x, -self.box.y)
        paint.paint_marker(painter, self.box, self.theme, lod_of(painter))
        if self.isSelected():
            pen = QPen(QColor(SELECTION), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = self.theme.marker_radius + 3
            painter.drawEllipse(QRectF(self.box.x - r, self.box.y - r, 2 * r, 2 * r))
