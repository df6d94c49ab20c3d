"""File ▸ Export: the PDF and PNG dialogs preview what the engine will make,
refuse what it refuses, write what they previewed, and remember their settings."""
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from editor import export_preview
from editor.export_dialogs import PdfExportDialog, PngExportDialog
from export import tiling
from export.options import PdfOptions, PngOptions
from export.pdf import preview_pdf
from export.png import preview_png
from model.layout import layout


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, sample_doc, settings):
    """make(PdfExportDialog) -> a dialog on the sample map, shown, with private settings."""
    def make(cls=PdfExportDialog):
        dlg = cls(sample_doc, layout(sample_doc.journey), settings=settings)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg
    return make


@pytest.fixture
def save_to(monkeypatch):
    """Answer the save dialog with `path`, remembering what it was offered."""
    offered = []

    def answer(path):
        def fake(parent, caption, suggested, filters):
            offered.append(suggested)
            return str(path), filters
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return offered
    return answer


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def settled(qtbot, dlg, text):
    """Wait for the debounced preview to show `text` in its headline."""
    qtbot.waitUntil(lambda: text in dlg.headline.text(), timeout=3000)


def test_changing_options_updates_the_preview(qtbot, dialog, sample_doc):
    dlg = dialog()
    assert dlg.headline.text() == "1 page · 1189 × 841 mm"
    assert "readable from" in dlg.detail.text()
    choose(dlg.tile, "a4")
    pages = preview_pdf(sample_doc, PdfOptions(paper="a0", tile="a4")).pages
    settled(qtbot, dlg, f"{pages} pages")
    assert isinstance(dlg.preview_widget.plan, tiling.TilePlan)
    assert dlg.overlap.isEnabled() and not dlg.margin.isEnabled()
    choose(dlg.tile, None)
    choose(dlg.paper.combo, "a3")
    settled(qtbot, dlg, "1 page · 420 × 297 mm")
    assert "map at" in dlg.detail.text()


def test_a_refused_option_disables_export_and_says_why(qtbot, dialog):
    dlg = dialog()
    dlg.size_mode.buttons()[1].setChecked(True)  # fixed scale
    dlg.scale.setValue(1000)
    qtbot.waitUntil(lambda: not dlg.export_button.isEnabled(), timeout=3000)
    assert dlg.refusal.isVisible()
    assert "longer than PDF allows" in dlg.refusal.text()
    assert "Tile over" in dlg.refusal.text()  # the dialog's name for it, not "--tile"
    assert dlg.preview_widget.plan is None
    dlg.scale.setValue(100)
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=3000)
    assert not dlg.refusal.isVisible()


def test_a_custom_paper_with_no_room_left_is_refused(qtbot, dialog):
    dlg = dialog()
    choose(dlg.paper.combo, "custom")
    assert dlg.paper.custom_w.isVisible()
    dlg.paper.custom_w.setValue(600)
    dlg.paper.custom_h.setValue(900)
    dlg.refresh()
    assert dlg.headline.text().startswith("1 page · 900 × 600 mm")  # auto turns it landscape
    dlg.paper.custom_w.setValue(50)
    dlg.paper.custom_h.setValue(50)
    dlg.margin.setValue(30)  # 50 mm less 2 × 30 mm margins leaves nothing
    dlg.refresh()
    assert not dlg.export_button.isEnabled() and "no room" in dlg.refusal.text()


def test_export_writes_the_pdf_the_preview_promised(qtbot, dialog, save_to, sample_path, tmp_path):
    from pypdf import PdfReader
    dlg = dialog()
    choose(dlg.tile, "letter")
    dlg.size_mode.buttons()[2].setChecked(True)  # tiled, as wide as
    dlg.pages_wide.setValue(3)
    dlg.refresh()
    previewed = int(dlg.headline.text().split()[0])
    offered = save_to(tmp_path / "poster")  # no suffix typed: the dialog adds it
    dlg.export_button.click()
    out = tmp_path / "poster.pdf"
    assert offered == [str(sample_path.with_suffix(".pdf"))]  # beside the map, named after it
    assert dlg.exported is not None and dlg.exported.path == str(out)
    assert len(PdfReader(out).pages) == previewed == dlg.exported.pages
    assert dlg.result() == PdfExportDialog.DialogCode.Accepted


def test_cancel_leaves_no_file(qtbot, dialog, save_to, tmp_path, monkeypatch):
    dlg = dialog()
    out = tmp_path / "out" / "poster.pdf"
    out.parent.mkdir()
    save_to(out)
    monkeypatch.setattr(export_preview.QProgressDialog, "wasCanceled", lambda self: True)
    dlg.export_button.click()
    assert list(out.parent.iterdir()) == []  # neither the poster nor a temp file
    assert dlg.exported is None and dlg.isVisible()  # back to the options
    assert "cancelled" in dlg.detail.text()


def test_cancel_button_of_the_progress_dialog_stops_a_png(qtbot, dialog, save_to, tmp_path, monkeypatch):
    """A real click on Cancel while the export runs: the next progress call stops it."""
    real = export_preview.QProgressDialog.setValue

    def set_value(self, value):
        real(self, value)
        if value > 0:
            self.findChild(QPushButton).click()
    monkeypatch.setattr(export_preview.QProgressDialog, "setValue", set_value)
    dlg = dialog(PngExportDialog)
    save_to(tmp_path / "map.png")
    dlg.export_button.click()
    assert not (tmp_path / "map.png").exists() and dlg.exported is None
    assert "cancelled" in dlg.detail.text()


def test_a_cancel_while_the_file_is_written_comes_too_late(qtbot, dialog, save_to, tmp_path, monkeypatch):
    """The exporters' last step runs after the file is in place: a Cancel there
    must not be reported as "nothing was written"."""
    real = export_preview.QProgressDialog.setValue

    def set_value(self, value):
        real(self, value)
        if value >= 950:
            self.cancel()
    monkeypatch.setattr(export_preview.QProgressDialog, "setValue", set_value)
    dlg = dialog()
    save_to(tmp_path / "late.pdf")
    dlg.export_button.click()
    assert (tmp_path / "late.pdf").exists() and dlg.exported is not None


def test_settings_persist_between_two_dialogs(qtbot, dialog, save_to):
    first = dialog()
    choose(first.paper.combo, "a2")
    choose(first.orientation, "portrait")
    choose(first.tile, "letter")
    first.size_mode.buttons()[2].setChecked(True)
    first.pages_wide.setValue(4)
    first.overlap.setValue(15)
    first.marks.setChecked(False)
    save_to("")  # the user closes the file dialog: the settings are kept all the same
    first.export_button.click()
    first.close()
    second = dialog()
    assert second.state() == first.state()
    assert second.options() == first.options()
    assert second.headline.text() == first.headline.text()


def test_damaged_settings_fall_back_to_the_defaults(qtbot, dialog, settings):
    settings.setValue("export/pdf", "{not json")
    assert dialog().options().paper == "a0"


def test_png_shows_its_size_in_pixels_live(qtbot, dialog, sample_doc):
    dlg = dialog(PngExportDialog)
    w, h, _ = preview_png(sample_doc, PngOptions(dpi=150))
    assert dlg.headline.text() == f"{w:,} × {h:,} pixels"
    dlg.size_mode.buttons()[1].setChecked(True)
    dlg.width.setValue(2000)
    settled(qtbot, dlg, "2,000 × ")
    choose(dlg.background, True)
    qtbot.waitUntil(lambda: dlg.preview_widget.checkered, timeout=3000)


def test_png_refusal_and_export(qtbot, dialog, save_to, tmp_path):
    from PIL import Image
    dlg = dialog(PngExportDialog)
    choose(dlg.paper.combo, "custom")
    dlg.paper.custom_w.setValue(5000)
    dlg.paper.custom_h.setValue(5000)
    dlg.dpi.setValue(600)
    dlg.refresh()
    assert not dlg.export_button.isEnabled() and "too large" in dlg.refusal.text()
    choose(dlg.paper.combo, None)
    dlg.size_mode.buttons()[1].setChecked(True)
    dlg.width.setValue(640)
    dlg.refresh()
    save_to(tmp_path / "map.png")
    dlg.export_button.click()
    with Image.open(tmp_path / "map.png") as image:
        assert image.size[0] == 640 and dlg.headline.text().startswith(f"640 × {image.size[1]:,}")


def test_the_file_menu_reaches_both_dialogs(window, qtbot, save_to, tmp_path):
    actions = {a.objectName() for a in window.export_menu.actions()}
    assert actions == {"file_export_pdf", "file_export_png"}
    assert window.actions["file_export_pdf"].text() == "&PDF Poster…"
    save_to(tmp_path / "from-menu.pdf")
    seen = []

    def press_export():
        dlg = QApplication.activeModalWidget()
        seen.append(type(dlg).__name__)
        dlg.export_button.click()
    QTimer.singleShot(100, press_export)
    window.actions["file_export_pdf"].trigger()
    assert seen == ["PdfExportDialog"]
    assert (tmp_path / "from-menu.pdf").exists()
    assert "from-menu.pdf" in window.statusBar().currentMessage()


def test_text_too_small_for_a_wall_is_pointed_out(qtbot, dialog):
    dlg = dialog()
    assert "too small" not in dlg.detail.text()  # A0: about 4 mm capitals
    choose(dlg.paper.combo, "a4")
    settled(qtbot, dlg, "297 × 210 mm")
    assert "too small for a wall" in dlg.detail.text()


def test_preflight_warnings_are_listed_in_the_preview(qtbot, dialog):
    dlg = dialog()
    assert "92 ppi" in dlg.warnings.text() and dlg.warnings.isVisible()  # the sample's pictures on A0
    assert dlg.export_button.isEnabled()             # warnings do not stop the export
    dlg.viewing.setValue(3.0)
    qtbot.waitUntil(lambda: "not from 3 m" in dlg.warnings.text(), timeout=3000)
    png = dialog(PngExportDialog)
    choose(png.paper.combo, "a4")
    qtbot.waitUntil(lambda: "0.25 pt" in png.warnings.text(), timeout=3000)


def test_arch_papers_bleed_and_printer_border_reach_the_options(qtbot, dialog):
    dlg = dialog()
    choose(dlg.paper.combo, "arch-d")
    dlg.bleed.setValue(3)
    settled(qtbot, dlg, "914 × 610 mm")
    assert dlg.options().paper == "arch-d" and dlg.options().bleed_mm == 3
    choose(dlg.tile, "a4")
    dlg.printer_border.setValue(8)
    qtbot.waitUntil(lambda: "A4" in dlg.detail.text(), timeout=3000)
    options = dlg.options()
    assert options.printer_border_mm == 8 and options.bleed_mm == 0   # tiles have no bleed
    assert dlg.preview_widget.plan.margin == pytest.approx(13 * tiling.MM)
