"""File ▸ Print…: the map on a real printer through Qt's print dialog.

Drawn by the same QPainter backend as the canvas and the PNG (`canvas.paint.
paint_map`, pictures decoded as `export.qtpaint` does), so a printed page is
the screen's map. Two ways: *fit* scales the whole map onto one page; *tiled*
makes it `pages_wide` pages wide, the pages overlapping by a glue strip and the
seams moved into the gutters between stages and lanes where that costs no page,
as the tiled PDF does (`export.tiling.seams`), each page labelled "B2 of 3×2".
The choice lives in a tab of the print dialog and is remembered.

`print_map(editor, printer, options)` does the drawing and needs no dialog, so
tests print to a PDF file (`QPrinter.OutputFormat.PdfFormat`).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFormLayout, QRadioButton, QSpinBox, QWidget

from canvas.paint import paint_map
from export import tiling
from export.pdf import sources
from export.qtpaint import BLEED, StripPainter, visible
from model.layout import Layout, Rect

from .i18n import number, translate

MM = 72 / 25.4
OVERLAP = 10 * MM        # the glue strip, as the tiled PDF's default
LABEL_BAND = 6 * MM      # at the foot of a tile: its label, outside the map
LABEL_SIZE = 9           # points: read at arm's length while the pages are laid out
MAX_PAGES_WIDE = 20


@dataclass(frozen=True)
class PrintOptions:
    tiled: bool = False
    pages_wide: int = 2


@dataclass(frozen=True)
class Page:
    region: Rect         # the part of the map on this page, layout points
    label: str = ""      # "B2 of 3×2" on a tile


def plan(lay: Layout, page_w: float, page_h: float, options: PrintOptions) -> tuple[float, list[Page]]:
    """(printed points per layout point, the pages) for a printable area of page_w × page_h points."""
    if not options.tiled:
        scale = min(page_w / lay.width, page_h / lay.height)
        return scale, [Page(Rect(0, 0, lay.width, lay.height))]
    area_h = page_h - LABEL_BAND
    wide = max(1, min(MAX_PAGES_WIDE, options.pages_wide))
    poster_w = wide * (page_w - OVERLAP) + OVERLAP  # as the PDF's --pages-wide
    scale = poster_w / lay.width
    gx, gy = tiling.gutters(lay)
    xs = tiling.seams(poster_w, page_w, OVERLAP, [g * scale for g in gx])
    ys = tiling.seams(lay.height * scale, area_h, OVERLAP, [g * scale for g in gy])
    pages = []
    for r, y in enumerate(ys):
        for c, x in enumerate(xs):
            name = tiling.Tile(c, r, x, y).label
            pages.append(Page(Rect(x / scale, y / scale, page_w / scale, area_h / scale),
                              translate("Printing", "{tile} of {columns}×{rows}").format(tile=name, columns=len(xs), rows=len(ys))))
    return scale, pages


def print_map(editor, printer: QPrinter, options: PrintOptions = PrintOptions()) -> int:
    """Print the editor's map on `printer`; returns the number of pages."""
    _journey, asset_bytes, photo_id = sources(editor.doc)
    lay, theme = editor.lay, editor.theme
    area = printer.pageRect(QPrinter.Unit.Point)
    scale, pages = plan(lay, area.width(), area.height(), options)
    dots = printer.resolution() / 72  # device pixels per printed point
    pictures = StripPainter(lay, theme, asset_bytes, photo_id, scale * dots, printer.resolution(), False)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("Printing", "The printer could not be started."))
    try:
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            _page(painter, lay, theme, pictures, page, scale, dots, area.height())
    finally:
        painter.end()
    return len(pages)


def _page(painter: QPainter, lay, theme, pictures: StripPainter, page: Page, scale: float,
          dots: float, height: float) -> None:
    """One page; `height` of the printable area in points, `dots` device pixels a point."""
    r, k = page.region, scale * dots
    painter.save()
    painter.scale(k, k)
    painter.translate(-r.x, -r.y)
    painter.setClipRect(QRectF(r.x, r.y, r.w, r.h))
    paint_map(painter, on_page(lay, r), theme, pictures.picture, 1.0, pictures.photo)
    painter.restore()
    if page.label:
        painter.save()
        font = QFont("Noto Sans")
        font.setPixelSize(round(LABEL_SIZE * dots))
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        band = QRectF(0, r.h * k, painter.device().width(), (height - r.h * scale) * dots)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, page.label)
        painter.restore()


def on_page(lay: Layout, r: Rect) -> Layout:
    """Only the cards that reach onto the page (and the markers of its rows): the
    clip hides the rest from the eye, but the printer would still be sent every
    card on every tile. Markers' labels reach sideways further than any bleed,
    and there are few: every marker of the rows is kept."""
    lay = visible(lay, r.y, r.y + r.h)
    cards = [c for c in lay.cards if c.rect.x - BLEED < r.right and c.rect.right + BLEED > r.x]
    return dataclasses.replace(lay, cards=cards)


class PrintOptionsTab(QWidget):
    """The print dialog's "Map" tab: fit to one page, or tiled N pages wide."""

    def __init__(self, options: PrintOptions):
        super().__init__()
        self.setWindowTitle(translate("Printing", "Map"))
        self.setObjectName("printOptions")
        self.fit = QRadioButton(translate("Printing", "Fit the whole map on one page"))
        self.tiled = QRadioButton(translate("Printing", "Tiled, to glue together:"))
        self.wide = QSpinBox()
        self.wide.setRange(1, MAX_PAGES_WIDE)
        self.wide.setSuffix(translate("Printing", " pages wide"))
        self.wide.setValue(options.pages_wide)
        self.tiled.toggled.connect(self.wide.setEnabled)  # the width means something only when tiled
        self.wide.setEnabled(options.tiled)
        (self.tiled if options.tiled else self.fit).setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.fit)
        form.addRow(self.tiled, self.wide)

    def options(self) -> PrintOptions:
        return PrintOptions(self.tiled.isChecked(), self.wide.value())


def remembered() -> PrintOptions:
    settings = QSettings("Wayline", "Wayline")
    return PrintOptions(settings.value("print/tiled", False, bool), settings.value("print/pages_wide", 2, int))


def remember(options: PrintOptions) -> None:
    settings = QSettings("Wayline", "Wayline")
    settings.setValue("print/tiled", options.tiled)
    settings.setValue("print/pages_wide", options.pages_wide)


def print_dialog(editor, parent: QWidget) -> str:
    """File ▸ Print…: Qt's print dialog with the Map tab; returns what to say."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(editor.doc.path.stem)
    tab = PrintOptionsTab(remembered())
    dialog = QPrintDialog(printer, parent)
    dialog.setOptionTabs([tab])  # native dialogs (Windows, macOS) show no tabs: the remembered way prints
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return ""
    options = tab.options()
    remember(options)
    try:
        pages = print_map(editor, printer, options)
    except OSError as e:
        return str(e)
    if pages == 1:
        return translate("Printing", "Sent 1 page of “{map}” to the printer.").format(map=editor.doc.path.stem)
    return translate("Printing", "Sent {n} pages of “{map}” to the printer.").format(n=number(pages), map=editor.doc.path.stem)
