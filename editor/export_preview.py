"""What the export dialogs show and how they run an export (Qt only, no decisions).

`SheetPreview` draws the sheet with the map on it, or the tile grid over the
poster, from the plan `export.pdf.plan_for` gives; `thumbnail` paints the map
once, small, with the canvas's own drawing; `run_with_progress` runs an
export behind a cancellable progress dialog.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProgressDialog, QSizePolicy, QWidget

from canvas.paint import paint_map
from export import paper, tiling
from model.layout import Layout
from model.theme import STANDARD

from .i18n import translate

THUMB_SIDE = 900          # pixels along the map's longer side: sharp at 2x in a ~400 px preview
PAPER = QColor("#ffffff")
DESK = QColor("#e6e8ec")
INK = QColor("#1f6feb")
MUTED = QColor("#7a8291")
FINISHING = 0.95          # the PDF's "Writing the file" step; the last strip of a PNG


def thumbnail(lay: Layout, picture, photo=None, transparent: bool = False) -> QImage:
    """The map painted small, as the export draws it (standard theme, no selection)."""
    k = THUMB_SIDE / max(lay.width, lay.height, 1.0)
    image = QImage(max(1, round(lay.width * k)), max(1, round(lay.height * k)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0) if transparent else PAPER)
    # the PNG export paints a transparent background this same way (export/qtpaint.py)
    theme = dataclasses.replace(STANDARD, background="transparent") if transparent else STANDARD
    painter = QPainter(image)
    try:
        painter.scale(k, k)
        paint_map(painter, lay, theme, picture, k, photo)  # lod = k: cards become blocks
    finally:
        painter.end()
    return image


class SheetPreview(QWidget):
    """A small drawing of what will print: a `paper.Sheet`, a `tiling.TilePlan`,
    or (PNG) the image alone; `None` shows that there is nothing to preview."""

    def __init__(self, lay: Layout, picture=None, photo=None, parent=None):
        super().__init__(parent)
        self.lay, self.picture, self.photo = lay, picture or (lambda _id: None), photo
        self.images: dict[bool, QImage] = {}  # painted once each: opaque, transparent
        self.plan = None
        self.checkered = False  # PNG with a transparent background
        self.setMinimumSize(QSize(320, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def image(self) -> QImage:
        if self.checkered not in self.images:
            self.images[self.checkered] = thumbnail(self.lay, self.picture, self.photo, self.checkered)
        return self.images[self.checkered]

    def show_plan(self, plan) -> None:
        self.plan = plan
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), DESK)
        if self.plan is None:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("ExportDialog", "No preview"))
        elif isinstance(self.plan, tiling.TilePlan):
            self._paint_tiles(p, self.plan)
        elif isinstance(self.plan, paper.Sheet):
            self._paint_sheet(p, self.plan)
        else:
            self._paint_image(p)
        p.end()

    def _fit(self, w: float, h: float) -> tuple[float, QPointF]:
        """Scale and offset that centre a w x h drawing in the widget, leaving room for shadows."""
        room = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        k = min(room.width() / w, room.height() / h)
        return k, QPointF(room.center().x() - w * k / 2, room.center().y() - h * k / 2)

    def _page(self, p: QPainter, rect: QRectF) -> None:
        p.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 40))  # a soft drop shadow
        p.fillRect(rect, PAPER)
        p.setPen(QPen(QColor("#b8bec8"), 1))
        p.drawRect(rect)

    def _map(self, p: QPainter, rect: QRectF) -> None:
        p.drawImage(rect, self.image)
        p.setPen(QPen(INK, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)

    def _paint_sheet(self, p: QPainter, s: paper.Sheet) -> None:
        k, o = self._fit(s.width, s.height)
        self._page(p, QRectF(o.x(), o.y(), s.width * k, s.height * k))
        foot = QRectF(o.x() + s.margin * k, o.y() + (s.height - s.margin - s.footer) * k,
                      (s.width - 2 * s.margin) * k, s.footer * k)
        p.fillRect(foot, QColor("#eef0f3"))  # where the footer line (title, date, page) goes
        self._map(p, QRectF(o.x() + s.x * k, o.y() + s.y * k,
                            self.lay.width * s.scale * k, self.lay.height * s.scale * k))

    def _paint_tiles(self, p: QPainter, plan: tiling.TilePlan) -> None:
        grid_w = max(plan.poster_w, plan.xs[-1] + plan.area_w)
        grid_h = max(plan.poster_h, plan.ys[-1] + plan.area_h)
        k, o = self._fit(grid_w, grid_h)
        self._page(p, QRectF(o.x(), o.y(), plan.poster_w * k, plan.poster_h * k))
        self._map(p, QRectF(o.x(), o.y(), plan.poster_w * k, plan.poster_h * k))
        font = QFont(self.font())
        font.setPixelSize(max(8, min(14, int(min(plan.area_w, plan.area_h) * k / 4))))
        p.setFont(font)
        for row in range(plan.rows):
            for col in range(plan.cols):
                tile = plan.tile_at(col, row)  # seams may sit in gutters: not evenly spaced
                rect = QRectF(o.x() + tile.x * k, o.y() + tile.y * k, plan.area_w * k, plan.area_h * k)
                self._tile(p, rect, tile.label, plan.printed(col, row))

    def _tile(self, p: QPainter, rect: QRectF, label: str, printed: bool) -> None:
        """A printed page: tinted (overlaps show darker, as the glue strips); a skipped one: dashed."""
        if printed:
            p.fillRect(rect, QColor(31, 111, 235, 28))
            p.setPen(QPen(INK, 1))
        else:
            p.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
        if printed and rect.width() > 18:
            box = p.fontMetrics().boundingRect(label).adjusted(-3, -1, 3, 1)
            box.moveTopLeft(rect.topLeft().toPoint() + QPoint(2, 2))
            p.fillRect(box, QColor(255, 255, 255, 210))  # readable over the map
            p.setPen(INK.darker(140))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_image(self, p: QPainter) -> None:
        k, o = self._fit(self.lay.width, self.lay.height)
        rect = QRectF(o.x(), o.y(), self.lay.width * k, self.lay.height * k)
        if self.checkered:
            self._checkers(p, rect)
        else:
            self._page(p, rect)
        p.drawImage(rect, self.image)

    def _checkers(self, p: QPainter, rect: QRectF, cell: int = 8) -> None:
        """The usual sign of a transparent background."""
        p.fillRect(rect, PAPER)
        p.save()
        p.setClipRect(rect)
        grey = QColor("#d5d8dd")
        for j in range(int(rect.height() // cell) + 1):
            for i in range(j % 2, int(rect.width() // cell) + 1, 2):
                p.fillRect(QRectF(rect.x() + i * cell, rect.y() + j * cell, cell, cell), grey)
        p.restore()


def run_with_progress(parent: QWidget, title: str, job):
    """Run `job(progress, cancelled)` behind a modal progress dialog and return its result.

    The export runs in this (GUI) thread and keeps the window alive through
    the events processed in its frequent progress calls: a worker thread would
    need a second connection to the map and Qt painting off the GUI thread for
    PNG. The dialog is application-modal, so nobody edits the map meanwhile.

    The exporters ask `cancelled()` once more after the file is in place (their
    last "Done" step), so a late Cancel would report "nothing was written" about
    a file that was: from `FINISHING` on, the export runs to its end."""
    dialog = QProgressDialog(title, translate("ExportDialog", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)  # a quick export never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)

    finishing = []

    def progress(fraction: float, message: str) -> None:
        if fraction >= FINISHING and not finishing:
            finishing.append(True)
            dialog.setCancelButton(None)
        if message:  # before the value: setValue repaints, and the two belong together
            dialog.setLabelText(message)
        dialog.setValue(round(fraction * 1000))
        QApplication.processEvents()

    def cancelled() -> bool:
        QApplication.processEvents()  # lets a click on Cancel land before we ask
        return dialog.wasCanceled() and not finishing

    try:
        return job(progress, cancelled)
    finally:
        dialog.close()
        dialog.deleteLater()
