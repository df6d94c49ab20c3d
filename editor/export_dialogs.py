"""File ▸ Export ▸ PDF poster… and PNG image…

`open_export(kind, editor, parent)` shows the dialog, runs the export and
returns the sentence for the status bar. The frame the two dialogs share
(preview, refusal, Export, remembered settings) is in `export_frame`, the
drawing and the progress dialog in `export_preview`.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from export import paper
from export.options import PdfOptions, PngOptions
from export.pdf import export_pdf, plan_for, preview_pdf
from export.png import MAX_DPI, MAX_SIDE, MIN_DPI, describe_png, export_png

from .export_frame import ExportDialog, PaperPicker, _mm_box, metres_box, pages, set_number
from .i18n import number, translate
from .sentences import local

PNG_PLAN = "image"   # SheetPreview draws the image alone
SMALL_TEXT_MM = 1.5  # capitals this small read from under half a metre: no use on a wall


def radio_row(group: QButtonGroup, text: str, name: str, field: QWidget | None = None) -> QWidget:
    """A radio button, and the box its value goes in, on one line."""
    button = QRadioButton(text, objectName=name)
    group.addButton(button)
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(button)
    if field is not None:
        line.addWidget(field)
    line.addStretch(1)
    return row


def number_box(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    return QSpinBox(objectName=name, minimum=low, maximum=high, value=value, suffix=suffix)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


# the plan's pages after the map (export.options.PLAN_PAGES), as the dialog names them
PLAN_PAGE_NAMES = {"matrix": QT_TRANSLATE_NOOP("PdfExportDialog", "Page: the opportunity matrix"),
                   "plan": QT_TRANSLATE_NOOP("PdfExportDialog", "Page: the ranked action plan"),
                   "metrics": QT_TRANSLATE_NOOP("PdfExportDialog", "Page: the metrics per stage")}


class PdfExportDialog(ExportDialog):
    KEY, TITLE = "pdf", QT_TRANSLATE_NOOP("ExportDialog", "Export PDF poster")
    FILTER = QT_TRANSLATE_NOOP("ExportDialog", "PDF poster (*.pdf)")
    TILES = ((QT_TRANSLATE_NOOP("PdfExportDialog", "None: one sheet"), None),
             (QT_TRANSLATE_NOOP("PdfExportDialog", "A4 pages"), "a4"),
             (QT_TRANSLATE_NOOP("PdfExportDialog", "Letter pages"), "letter"))

    def build_form(self, form: QFormLayout) -> None:
        self.paper = PaperPicker(self.changed)
        self.orientation = QComboBox(objectName="orientation")
        for text in (QT_TRANSLATE_NOOP("PdfExportDialog", "Auto"), QT_TRANSLATE_NOOP("PdfExportDialog", "Portrait"),
                     QT_TRANSLATE_NOOP("PdfExportDialog", "Landscape")):
            self.orientation.addItem(translate("PdfExportDialog", text), text.lower())
        self.margin = _mm_box(0, 200, 10, "margin")
        self.size_mode = QButtonGroup(self)
        self.scale = number_box(1, 10000, 100, translate("PdfExportDialog", " %"), "scale")
        self.pages_wide = number_box(1, 40, 3, translate("PdfExportDialog", " pages wide"), "pages_wide")
        size = QVBoxLayout()
        for text, name, field in ((translate("PdfExportDialog", "Fit to the paper"), "fit", None), (translate("PdfExportDialog", "Fixed scale"), "fixed", self.scale),
                                  (translate("PdfExportDialog", "Tiled, as wide as"), "by_pages", self.pages_wide)):
            size.addWidget(radio_row(self.size_mode, text, name, field))
        self.size_mode.buttons()[0].setChecked(True)
        self.tile = QComboBox(objectName="tile")
        local_tile = self.local_paper()[1]  # the office paper where the user lives comes first
        for text, name in sorted(self.TILES, key=lambda choice: (choice[1] is not None, choice[1] != local_tile)):
            self.tile.addItem(translate("PdfExportDialog", text), name)
        self.overlap = _mm_box(0, 50, 10, "overlap")
        self.marks = QCheckBox(translate("PdfExportDialog", "Crop marks and glue guides"), objectName="marks", checked=True)
        self.printer_border = _mm_box(0, 25, 5, "printer_border")
        self.bleed = _mm_box(0, 10, 0, "bleed")
        self.viewing = metres_box(1.0, "viewing_distance")
        self.links = QCheckBox(translate("PdfExportDialog", "Links between opportunities and pain points"),
                               objectName="links")
        self.plan_pages = {name: QCheckBox(translate("PdfExportDialog", text), objectName=f"page_{name}")
                           for name, text in PLAN_PAGE_NAMES.items()}
        self._rows(form, size)
        # the paper that is the norm where the user lives (a saved choice wins, in `restore`)
        self.paper.choose(self.local_paper()[0])

    @staticmethod
    def local_paper() -> tuple[str, str]:
        """The poster and tile papers that are the norm in the user's territory."""
        return paper.default_for(QLocale.territoryToCode(QLocale().territory()))

    def _rows(self, form: QFormLayout, size: QVBoxLayout) -> None:
        form.addRow(heading(translate("PdfExportDialog", "Sheet")))
        form.addRow(translate("PdfExportDialog", "Paper:"), self.paper)
        form.addRow(translate("PdfExportDialog", "Orientation:"), self.orientation)
        form.addRow(translate("PdfExportDialog", "Margin:"), self.margin)
        form.addRow(translate("PdfExportDialog", "Map size:"), size)
        form.addRow(translate("PdfExportDialog", "Bleed:"), self.bleed)
        form.addRow(translate("PdfExportDialog", "Read from:"), self.viewing)
        form.addRow(heading(translate("PdfExportDialog", "Tiling, for an office printer")))
        form.addRow(translate("PdfExportDialog", "Tile over:"), self.tile)
        form.addRow(translate("PdfExportDialog", "Overlap:"), self.overlap)
        form.addRow(translate("PdfExportDialog", "Printer border:"), self.printer_border)
        form.addRow("", self.marks)
        form.addRow(heading(translate("PdfExportDialog", "The plan")))
        form.addRow("", self.links)
        for box in self.plan_pages.values():
            form.addRow("", box)
            box.toggled.connect(self.changed)
        for signal in (self.links.toggled, self.orientation.currentIndexChanged, self.margin.valueChanged,
                       self.size_mode.buttonToggled, self.scale.valueChanged, self.pages_wide.valueChanged,
                       self.tile.currentIndexChanged, self.overlap.valueChanged, self.marks.toggled,
                       self.printer_border.valueChanged, self.bleed.valueChanged, self.viewing.valueChanged):
            signal.connect(self.changed)

    def mode(self) -> str:
        return self.size_mode.checkedButton().objectName()

    def sync_controls(self) -> None:
        tiled = self.tile.currentData() is not None
        by_pages = self.size_mode.buttons()[2]
        by_pages.setEnabled(tiled)
        if by_pages.isChecked() and not tiled:
            self.size_mode.buttons()[0].setChecked(True)  # "N pages wide" means nothing on one sheet
        fit = self.mode() == "fit"
        self.paper.setEnabled(fit)  # at a fixed scale or width the paper is not used
        self.orientation.setEnabled(fit)
        self.margin.setEnabled(not tiled)  # tiles have their own printer margins
        self.scale.setEnabled(self.mode() == "fixed")
        self.pages_wide.setEnabled(self.mode() == "by_pages")
        self.overlap.setEnabled(tiled)
        self.marks.setEnabled(tiled)
        self.printer_border.setEnabled(tiled)
        self.bleed.setEnabled(not tiled)  # tiles are trimmed by hand: no bleed

    def options(self) -> PdfOptions:
        mode, tile = self.mode(), self.tile.currentData()
        return PdfOptions(paper=self.paper.value(), orientation=self.orientation.currentData(),
                          margin_mm=self.margin.value(),
                          scale=self.scale.value() / 100 if mode == "fixed" else None,
                          tile=tile, pages_wide=self.pages_wide.value() if mode == "by_pages" and tile else None,
                          overlap_mm=self.overlap.value(), marks=self.marks.isChecked(),
                          printer_border_mm=self.printer_border.value(),
                          bleed_mm=self.bleed.value() if not tile else 0.0,
                          viewing_distance_m=self.viewing.value(), view=self.view, links=self.links.isChecked(),
                          pages=tuple(name for name, box in self.plan_pages.items() if box.isChecked()))

    def preview(self, options: PdfOptions):
        result = preview_pdf(self.doc, options, picture_sizes=self.picture_sizes())
        self.show_warnings(result.warnings)
        plan = plan_for(self.lay, options)  # the same plan, for the drawing
        w, h = result.size_mm
        what = local(result.summary).split("; ")[0]
        headline = f"{pages(result.pages)} · {number(w, group=False)} × {number(h, group=False)} mm"
        hint = local(result.smallest_text)
        hint = hint[:1].upper() + hint[1:]  # not capitalize(): German nouns keep their capitals
        if paper.smallest_text(self.lay, plan.scale)[0] < SMALL_TEXT_MM:
            hint += translate("PdfExportDialog", ": too small for a wall; choose a larger paper or tile the poster")
        return plan, headline, f"{what[:1].upper()}{what[1:]}.\n{hint}."

    def state(self) -> dict:
        return {**self.paper.state(), "orientation": self.orientation.currentData(),
                "margin": self.margin.value(), "mode": self.mode(), "scale": self.scale.value(),
                "pages_wide": self.pages_wide.value(), "tile": self.tile.currentData(),
                "overlap": self.overlap.value(), "marks": self.marks.isChecked(),
                "printer_border": self.printer_border.value(), "bleed": self.bleed.value(),
                "viewing_distance": self.viewing.value(), "links": self.links.isChecked(),
                "pages": [name for name, box in self.plan_pages.items() if box.isChecked()]}

    def restore(self, state: dict) -> None:
        self.paper.restore(state)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(state.get("orientation"))))
        self.tile.setCurrentIndex(max(0, self.tile.findData(state.get("tile"))))
        for box, key in ((self.margin, "margin"), (self.scale, "scale"),
                         (self.pages_wide, "pages_wide"), (self.overlap, "overlap"),
                         (self.printer_border, "printer_border"), (self.bleed, "bleed"),
                         (self.viewing, "viewing_distance")):
            set_number(box, state.get(key))
        self.marks.setChecked(state.get("marks", True) is not False)
        self.links.setChecked(state.get("links") is True)
        pages = state.get("pages") if isinstance(state.get("pages"), list) else []
        for name, box in self.plan_pages.items():
            box.setChecked(name in pages)
        chosen = [b for b in self.size_mode.buttons() if b.objectName() == state.get("mode")]
        if chosen:
            chosen[0].setChecked(True)
        self.sync_controls()

    def write(self, path, options, progress, cancelled):
        return export_pdf(self.doc, path, options, progress, cancelled)


class PngExportDialog(ExportDialog):
    KEY, TITLE = "png", QT_TRANSLATE_NOOP("ExportDialog", "Export PNG image")
    FILTER = QT_TRANSLATE_NOOP("ExportDialog", "PNG image (*.png)")

    def build_form(self, form: QFormLayout) -> None:
        self.size_mode = QButtonGroup(self)
        self.dpi = number_box(MIN_DPI, MAX_DPI, 150, translate("PngExportDialog", " dpi"), "dpi")
        self.width = number_box(16, MAX_SIDE, 4000, translate("PngExportDialog", " px wide"), "width")
        size = QVBoxLayout()
        size.addWidget(radio_row(self.size_mode, translate("PngExportDialog", "Resolution"), "by_dpi", self.dpi))
        size.addWidget(radio_row(self.size_mode, translate("PngExportDialog", "Width"), "by_width", self.width))
        self.size_mode.buttons()[0].setChecked(True)
        self.paper = PaperPicker(self.changed, none_text=translate("PngExportDialog", "The map at 100 %"))
        self.background = QComboBox(objectName="background")
        self.background.addItem(translate("PngExportDialog", "White"), False)
        self.background.addItem(translate("PngExportDialog", "Transparent"), True)
        self.viewing = metres_box(1.0, "viewing_distance")
        form.addRow(heading(translate("PngExportDialog", "Image")))
        form.addRow(translate("PngExportDialog", "Size:"), size)
        form.addRow(translate("PngExportDialog", "Print size:"), self.paper)
        form.addRow(translate("PngExportDialog", "Background:"), self.background)
        form.addRow(translate("PngExportDialog", "Read from:"), self.viewing)
        hint = QLabel(translate("PngExportDialog", "The resolution is pixels per inch at the print size."), wordWrap=True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        for signal in (self.size_mode.buttonToggled, self.dpi.valueChanged, self.width.valueChanged,
                       self.background.currentIndexChanged, self.viewing.valueChanged):
            signal.connect(self.changed)

    def by_width(self) -> bool:
        return self.size_mode.checkedButton().objectName() == "by_width"

    def sync_controls(self) -> None:
        self.dpi.setEnabled(not self.by_width())
        self.width.setEnabled(self.by_width())

    def options(self) -> PngOptions:
        by_width = self.by_width()
        return PngOptions(dpi=None if by_width else float(self.dpi.value()),
                          width=self.width.value() if by_width else None,
                          transparent=self.background.currentData(), paper=self.paper.value(),
                          viewing_distance_m=self.viewing.value(), view=self.view)

    def preview(self, options: PngOptions):
        w, h, dpi, warnings = describe_png(self.doc, options, picture_sizes=self.picture_sizes())
        self.show_warnings(warnings)
        self.preview_widget.checkered = options.transparent
        printed = f"{number(w / dpi * 25.4, group=False)} × {number(h / dpi * 25.4, group=False)} mm"
        plan = PNG_PLAN
        if options.paper:  # the image is that paper's sheet, as the PDF's
            plan = paper.fit_sheet(self.lay.width, self.lay.height, options.paper, options.orientation,
                                   options.margin_mm * paper.MM)
        return plan, translate("PngExportDialog", "{w} × {h} pixels").format(w=number(w), h=number(h)), \
            translate("PngExportDialog", "{dpi} dpi, printing {printed}; {mp} megapixels.").format(
                dpi=number(dpi), printed=printed, mp=number(w * h / 1e6, 1))

    def state(self) -> dict:
        return {**self.paper.state(), "by_width": self.by_width(), "dpi": self.dpi.value(),
                "width": self.width.value(), "transparent": self.background.currentData(),
                "viewing_distance": self.viewing.value()}

    def restore(self, state: dict) -> None:
        self.paper.restore(state)
        set_number(self.dpi, state.get("dpi"))
        set_number(self.width, state.get("width"))
        set_number(self.viewing, state.get("viewing_distance"))
        self.size_mode.buttons()[1 if state.get("by_width") is True else 0].setChecked(True)
        self.background.setCurrentIndex(1 if state.get("transparent") is True else 0)
        self.sync_controls()

    def write(self, path, options, progress, cancelled):
        return export_png(self.doc, path, options, progress, cancelled)


def open_export(kind: str, editor, parent=None) -> str | None:
    """File ▸ Export: show the dialog for `kind` ("pdf" | "png"); the sentence
    that says where the file went, or None when nothing was written."""
    editor.view.commit_edit()  # text being typed on a card belongs in the poster
    cls = PdfExportDialog if kind == "pdf" else PngExportDialog
    dialog = cls(editor.doc, editor.lay, editor.picture, editor.persona_photo(), parent=parent,
                 view=editor.persona_view)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.exported is None:
            return None
        r = dialog.exported
        return translate("ExportDialog", "Exported {path}: {summary}.").format(path=r.path, summary=local(r.summary))
    finally:
        dialog.deleteLater()
