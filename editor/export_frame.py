"""The frame both export dialogs share: options, live preview, refusal, export.

The dialogs only gather options: every size, page count and refusal comes
from the export engine (`preview_pdf`, `preview_png`, `plan_for`), so the
dialog and the file it writes cannot disagree. A refused option shows the
engine's sentence and disables Export. The last options are kept in
QSettings (one JSON value per dialog) and restored next time.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget)

from export import paper
from export.options import Cancelled
from model.document import Document
from model.errors import JourneyError
from model.layout import Layout, layout
from model.personas import EVERYONE, PersonaView

from .export_preview import SheetPreview, run_with_progress
from .i18n import number, translate
from .sentences import local, refusal

SETTINGS = ("Wayline", "Wayline")  # the application's own settings (editor/app.py)
CUSTOM = "custom"
REFRESH_MS = 120                   # typing 1-2-0-0 in a box lays out once, not four times


def gui_sentence(message: str) -> str:
    """The engine's sentences are shared with the command line; name the dialog's
    control instead of the command-line flag."""
    return message.replace("(--tile a4)", translate("ExportDialog", "(Tile over: A4)"))


class ExportDialog(QDialog):
    """The frame both dialogs share: options on the left, preview on the right,
    a summary, the refusal sentence, and Export/Cancel. Subclasses supply
    `build_form`, `options`, `preview`, `state`, `restore` and `write`."""

    KEY = ""          # settings key and file suffix: "pdf" | "png"
    FILTER = ""
    TITLE = ""

    def __init__(self, doc: Document, lay: Layout, picture=None, photo=None,
                 settings: QSettings | None = None, parent=None, view: PersonaView = EVERYONE):
        super().__init__(parent)
        self.doc, self.lay = doc, lay
        self.view = view  # whose curves the editor shows: the poster shows the same
        self.settings = settings if settings is not None else QSettings(*SETTINGS)
        self.exported = None        # export.options.Result once a file is written
        self.current = None         # the last options the engine accepted
        self.setWindowTitle(translate("ExportDialog", self.TITLE))
        self.preview_widget = SheetPreview(lay, picture, photo)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS, timeout=self.refresh)
        self._build()
        self.restore(self._load())
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.build_form(form)
        # the editor's View ▸ Split Band, for this poster only (not remembered)
        self.split_band = QCheckBox(translate("ExportDialog", "Mark where personas' curves split"))
        self.split_band.setObjectName("export_split_band")
        self.split_band.setChecked(self.view.split)
        self.split_band.toggled.connect(self._split_toggled)
        form.addRow("", self.split_band)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(form_box, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(QFrame(frameShape=QFrame.Shape.VLine, frameShadow=QFrame.Shadow.Sunken))
        body.addLayout(self._side(), 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(860, 520)

    def _split_toggled(self, on: bool) -> None:
        """The band on or off for this poster: the preview is drawn again with it."""
        self.view = dataclasses.replace(self.view, split=on)
        self.lay = layout(self.doc.journey, view=self.view)
        self.preview_widget.lay, self.preview_widget.images = self.lay, {}
        self.changed()

    def _side(self) -> QVBoxLayout:
        """The preview and, under it, what it means: pages, size, smallest text, or the refusal."""
        side = QVBoxLayout()
        side.addWidget(self.preview_widget, 1)
        self.headline = QLabel(objectName="export_headline")
        self.headline.setStyleSheet("font-weight: 600; font-size: 120%;")
        self.detail = QLabel(objectName="export_detail", wordWrap=True)
        self.refusal = QLabel(objectName="export_refusal", wordWrap=True)
        self.refusal.setStyleSheet("color: #b42318; background: #fef3f2; padding: 6px;"
                                   "border: 1px solid #fecdca; border-radius: 4px;")
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel(objectName="export_warnings", wordWrap=True)
        self.warnings.setStyleSheet("color: #7a4b00; background: #fffaeb; padding: 6px;"
                                    "border: 1px solid #fedf89; border-radius: 4px;")
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.headline, self.detail, self.warnings, self.refusal):
            side.addWidget(w)
        self.warnings.hide()
        return side

    def show_warnings(self, warnings) -> None:
        """The preflight's warnings (export.preflight), one per line; they do not stop Export."""
        self.warnings.setText("\n".join(f"⚠ {local(w.sentence)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def picture_sizes(self) -> dict:
        """Each printed picture's pixel size, read once per dialog (the map does not change under it)."""
        if getattr(self, "_picture_sizes", None) is None:
            from export import preflight
            photo = self.doc.journey.personas[0].photo_id if self.doc.journey.personas else None
            self._picture_sizes = preflight.picture_sizes(self.lay, self.doc.asset_bytes, photo)
        return self._picture_sizes

    def changed(self, *_) -> None:
        """Any option changed: update the enabled controls now, the preview shortly."""
        self.sync_controls()
        self._timer.start()

    def sync_controls(self) -> None:
        """Enable the controls that matter for the current choices (subclasses)."""

    # -- preview ------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the engine what these options would make, and show it (or its refusal)."""
        self._timer.stop()
        try:
            options = self.options()
            plan, headline, detail = self.preview(options)
        except JourneyError as e:
            self.current = None
            self.preview_widget.show_plan(None)
            self.headline.setText(translate("ExportDialog", "Cannot export with these settings"))
            self.detail.setText("")
            self.show_warnings(())
            self.refusal.setText(gui_sentence(refusal(e)))
            self.refusal.show()
        else:
            self.current = options
            self.preview_widget.show_plan(plan)
            self.headline.setText(headline)
            self.detail.setText(detail)
            self.refusal.hide()
        self.export_button.setEnabled(self.current is not None)

    # -- exporting ------------------------------------------------------------------
    def start_export(self) -> None:
        self.refresh()  # a change typed a moment ago must not be skipped
        options = self.current
        if options is None:
            return
        self._save()
        path = self.ask_path()
        if not path:
            return
        try:
            self.exported = run_with_progress(self, translate("ExportDialog", "Exporting {name}").format(name=Path(path).name),
                                            lambda progress, cancelled:
                                            self.write(path, options, progress, cancelled))
        except Cancelled as e:
            self.detail.setText(refusal(e))
            return
        except JourneyError as e:  # e.g. the folder is not writable: choose another
            self.refusal.setText(gui_sentence(refusal(e)))
            self.refusal.show()
            return
        self.accept()

    def ask_path(self) -> str:
        """The output file, beside the map and named after it by default."""
        suggested = self.doc.path.with_suffix(f".{self.KEY}")
        path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", self.TITLE), str(suggested),
                                              translate("ExportDialog", self.FILTER))
        if path and not path.lower().endswith(f".{self.KEY}"):
            path += f".{self.KEY}"  # Linux file dialogs do not add it
        return path

    # -- settings ------------------------------------------------------------------
    def _load(self) -> dict:
        raw = self.settings.value(f"export/{self.KEY}", "")
        try:
            state = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            return {}  # a damaged setting only costs the defaults
        return state if isinstance(state, dict) else {}

    def _save(self) -> None:
        self.settings.setValue(f"export/{self.KEY}", json.dumps(self.state()))
        self.settings.sync()


class PaperPicker(QWidget):
    """A paper name from the engine's list, or a custom width × height in mm.
    `value()` is what `PdfOptions.paper`/`PngOptions.paper` take ("a1",
    "roll36", "600x900mm"); with `none_text`, a first choice meaning None."""

    CHOICES = (("A0", "a0"), ("A1", "a1"), ("A2", "a2"), ("A3", "a3"), ("A4", "a4"),
               ("Letter", "letter"), ("Legal", "legal"), ("Tabloid", "tabloid"),
               ("ANSI D", "ansi-d"), ("ANSI E", "ansi-e"), ("ARCH C (18 × 24 in)", "arch-c"),
               ("ARCH D (24 × 36 in)", "arch-d"), ("ARCH E (36 × 48 in)", "arch-e"),
               (QT_TRANSLATE_NOOP("PaperPicker", "36-inch roll"), paper.ROLL),
               (QT_TRANSLATE_NOOP("PaperPicker", "Custom size"), CUSTOM))

    def __init__(self, on_change, none_text: str | None = None, parent=None):
        super().__init__(parent)
        self.combo = QComboBox(objectName="paper")
        if none_text:
            self.combo.addItem(none_text, None)
        for text, name in self.CHOICES:
            self.combo.addItem(translate("PaperPicker", text), name)
        self.custom_w, self.custom_h = (_mm_box(50, 5080, 600, "custom_width"),
                                        _mm_box(50, 5080, 900, "custom_height"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.custom_w)
        self.times = QLabel("×")
        row.addWidget(self.times)
        row.addWidget(self.custom_h)
        for w in (self.combo, self.custom_w, self.custom_h):
            (w.currentIndexChanged if w is self.combo else w.valueChanged).connect(on_change)
        self.combo.currentIndexChanged.connect(self._show_custom)
        self._show_custom()

    def _show_custom(self) -> None:
        custom = self.combo.currentData() == CUSTOM
        for w in (self.custom_w, self.times, self.custom_h):
            w.setVisible(custom)

    def choose(self, name: str) -> None:
        """Make paper `name` the current choice (a default before the saved one is restored)."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))

    def value(self) -> str | None:
        name = self.combo.currentData()
        if name == CUSTOM:
            return f"{self.custom_w.value():g}x{self.custom_h.value():g}mm"
        return name

    def state(self) -> dict:
        return {"paper": self.combo.currentData(), "custom_w": self.custom_w.value(),
                "custom_h": self.custom_h.value()}

    def restore(self, state: dict) -> None:
        index = self.combo.findData(state.get("paper", self.combo.currentData()))
        self.combo.setCurrentIndex(max(0, index))
        set_number(self.custom_w, state.get("custom_w"))
        set_number(self.custom_h, state.get("custom_h"))


def metres_box(value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(objectName=name, minimum=0.1, maximum=50, value=value, decimals=1,
                         singleStep=0.5, suffix=translate("ExportDialog", " m"))
    box.setKeyboardTracking(True)
    return box


def _mm_box(low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(objectName=name, minimum=low, maximum=high, value=value, decimals=0, suffix=translate("ExportDialog", " mm"))
    box.setKeyboardTracking(True)
    return box


def set_number(box, value) -> None:
    """Restore a saved number; anything that is not one keeps the default."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        box.setValue(value)


def pages(n: int) -> str:
    """"1 page", "12 pages", in the user's language and digits."""
    # one form for one and one for many, as English, German and French have; a language
    # with more plural forms would move to Qt's "%n" numerus forms and an English .qm
    if n == 1:
        return translate("ExportDialog", "1 page")
    return translate("ExportDialog", "{n} pages").format(n=number(n))
