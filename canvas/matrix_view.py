"""The matrix on screen: the same map's opportunities placed by effort and
impact (`model.matrix`), drawn from the display list (`model.matrix_drawing`)
by the QPainter backend, as the map is.

A person drags a bubble (or a card waiting in the tray) to another cell and
lets go: the view says which card and which (effort, impact) through
`scored`, and the editor makes that one undo step. A click selects a card
(`selected`); the map shows the same selection. Nothing here edits the model.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from model import matrix_drawing
from model.matrix import Bubble, MatrixLayout, TrayCard
from model.theme import STANDARD, Theme

from .paint import draw


class CardOnMatrix(QGraphicsItem):
    """A bubble or a tray card: drawn at its layout place, moved by a drag."""

    def __init__(self, place: Bubble | TrayCard, theme: Theme):
        super().__init__()
        self.place, self.theme = place, theme  # not `shape`: QGraphicsItem.shape() is Qt's
        self.card_id = place.card_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        s = self.place
        if isinstance(s, Bubble):
            label_w = max(s.radius * 2, 130.0)
            bottom = s.label.y + s.label.height + 2
            return QRectF(s.x - label_w / 2, s.y - s.radius - 3, label_w, bottom - (s.y - s.radius - 3))
        r = s.rect
        return QRectF(r.x - 2, r.y - 2, r.w + 4, r.h + 4)

    def hit(self, point: QPointF) -> bool:
        """Whether a point (in the item's coordinates) is on the card itself, not the room around it."""
        s = self.place
        if isinstance(s, Bubble):
            return (point.x() - s.x) ** 2 + (point.y() - s.y) ** 2 <= (s.radius + 2) ** 2 or \
                self.boundingRect().adjusted(0, 2 * s.radius + 3, 0, 0).contains(point)
        return self.boundingRect().contains(point)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        s, selected = self.place, self.isSelected()
        items = matrix_drawing.bubble(s, self.theme, selected) if isinstance(s, Bubble) else \
            matrix_drawing.waiting(s, self.theme, selected)
        draw(painter, items)


class MatrixScene(QGraphicsScene):
    def __init__(self, theme: Theme = STANDARD, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.layout: MatrixLayout | None = None
        self.cards: dict[int, CardOnMatrix] = {}

    def show_matrix(self, m: MatrixLayout, selected=()) -> None:
        """Show a new layout: items made again (a matrix holds tens of cards, not thousands)."""
        self.layout = m
        for item in self.cards.values():
            self.removeItem(item)
        self.cards = {}
        for shape in [*m.bubbles, *m.waiting]:
            item = CardOnMatrix(shape, self.theme)
            self.addItem(item)
            item.setSelected(shape.card_id in selected)
            self.cards[shape.card_id] = item
        self.setSceneRect(0, 0, m.width, m.height)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        if self.layout is not None:
            draw(painter, matrix_drawing.background(self.layout, self.theme))

    def card_at(self, point: QPointF) -> CardOnMatrix | None:
        for item in self.items(point):
            if isinstance(item, CardOnMatrix) and item.hit(item.mapFromScene(point)):
                return item
        return None


class MatrixView(QGraphicsView):
    scored = Signal(int, int, int)   # card id, effort, impact: a card dropped on a cell
    selected = Signal(list)          # the card ids selected here

    def __init__(self, theme: Theme = STANDARD, parent=None):
        super().__init__(parent)
        self.setObjectName("matrix")
        self.matrix_scene = MatrixScene(theme, self)
        self.setScene(self.matrix_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._drag: tuple[CardOnMatrix, QPointF] | None = None

    def show_matrix(self, m: MatrixLayout, selected=()) -> None:
        self._drag = None
        self.matrix_scene.show_matrix(m, selected)
        self.fit()

    def fit(self) -> None:
        if self.matrix_scene.layout is not None:
            self.fitInView(self.matrix_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = self.mapToScene(event.position().toPoint())
        item = self.matrix_scene.card_at(point)
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not add:
            self.matrix_scene.clearSelection()
        if item is not None:
            item.setSelected(not item.isSelected() if add else True)
            self._drag = (item, point)
            item.setZValue(2)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.selected.emit([i.card_id for i in self.matrix_scene.selectedItems()])
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseMoveEvent(event)
        item, start = self._drag
        point = self.mapToScene(event.position().toPoint())
        item.setPos(point - start)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        item, start = self._drag
        self._drag = None
        self.viewport().unsetCursor()
        point = self.mapToScene(event.position().toPoint())
        m = self.matrix_scene.layout
        moved = (point - start).manhattanLength() >= 4
        item.setZValue(1)
        if not moved or not m.plot_contains(point.x(), point.y()):
            item.setPos(0, 0)  # a click, or let go outside the plot: it goes back
            event.accept()
            return
        effort, impact = m.value_at(point.x(), point.y())
        shape = item.place
        if isinstance(shape, Bubble) and (shape.effort, shape.impact) == (effort, impact):
            item.setPos(0, 0)
        else:
            self.scored.emit(item.card_id, effort, impact)
        event.accept()
