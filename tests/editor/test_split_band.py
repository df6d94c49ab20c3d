"""View ▸ Split Band (issue 14): marks the stages where two shown personas feel 2
points or more apart. A view option: no undo step, nothing written to the map,
remembered in the settings for the next window; the workshop, the export dialog
and `wayline export --split-band` carry it into the session and onto paper."""
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from editor import split_band
from editor.export_dialogs import PdfExportDialog
from editor.workshop.session import Workshop
from model import drawing
from model.document import Document
from model.layout import layout
from model.personas import PersonaView

K = 2.0  # pixels per point


def post_purchase(lay):
    return next(s for s in lay.stages if " ".join(s.name.lines) == "Post-purchase")


def test_the_view_menu_toggle_shows_the_band_remembers_it_and_writes_nothing(wayline, window, qtbot):
    editor = window.editor
    action = window.actions["view_split_band"]
    assert action in window.view_menu.actions() and action.isCheckable() and not action.isChecked()
    assert not any(box.bands for box in editor.lay.emotions)  # off by default
    with open(editor.doc.path, "rb") as f:
        before = f.read()
    steps = editor.stack.count()
    window.view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.view_menu.isVisible)
    window.view_menu.setActiveAction(action)
    QTest.keyClick(window.view_menu, Qt.Key.Key_Return)  # chosen in the menu, as a person does
    assert action.isChecked() and editor.persona_view.split
    [band] = [r for box in editor.lay.emotions for r in box.bands]
    stage = post_purchase(editor.lay)
    assert stage.column.x <= band.x and band.right <= stage.column.right
    # on screen: the band's colour in that stage's part of the emotions lane
    image = editor.view.viewport().grab().toImage()
    centre = editor.view.mapFromScene(band.x + 3, band.y + 3)
    assert QColor(image.pixel(centre)).name() == drawing.SPLIT_FILL
    assert editor.stack.count() == steps
    with open(editor.doc.path, "rb") as f:
        assert f.read() == before  # a view: the map is not written
    assert split_band.remembered() is True
    # the workshop and the export dialog take the editor's view
    workshop = Workshop(editor)
    workshop.refresh()
    [shown] = [r for box in workshop.lay.emotions for r in box.bands]  # its own, larger theme
    stage = post_purchase(workshop.lay)
    assert stage.column.x <= shown.x and shown.right <= stage.column.right
    dialog = PdfExportDialog(editor.doc, editor.lay, view=editor.persona_view)
    tick = dialog.findChild(QCheckBox, "export_split_band")
    assert tick.isChecked() and dialog.view.split
    tick.click()
    assert not dialog.view.split and editor.persona_view.split  # this poster only
    assert not any(box.bands for box in dialog.preview_widget.lay.emotions)  # its preview follows
    dialog.deleteLater()
    action.trigger()
    assert not editor.persona_view.split and split_band.remembered() is False


def test_a_window_opens_with_the_band_it_was_left_with(wayline, sample_path, qtbot):
    QSettings("Wayline", "Wayline").setValue(split_band.KEY, True)
    try:
        win = wayline.open(sample_path)
        qtbot.waitExposed(win)
        assert win.actions["view_split_band"].isChecked()
        assert [r for box in win.editor.lay.emotions for r in box.bands]
    finally:
        QSettings("Wayline", "Wayline").remove(split_band.KEY)


def band_pixels(pdf_path, box) -> int:
    page = pdfium.PdfDocument(str(pdf_path))[0]
    image = page.render(scale=K).to_pil().convert("RGB")
    want = tuple(int(drawing.SPLIT_FILL[i:i + 2], 16) for i in (1, 3, 5))
    data = image.crop(tuple(int(v * K) for v in box)).tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if abs(data[i] - want[0]) + abs(data[i + 1] - want[1]) + abs(data[i + 2] - want[2]) < 10)


def test_export_split_band_prints_the_band_in_that_stage_only(sample_path, tmp_path):
    root = Path(__file__).resolve().parents[2]
    with Document.open(sample_path, read_only=True) as doc:
        lay = layout(doc.journey, view=PersonaView(split=True))
    lane = next(lane for lane in lay.lanes if lane.kind == "emotions")

    def run(*args):
        r = subprocess.run([sys.executable, str(root / "main.py"), "export", str(sample_path), *args,
                            "--scale", "100", "--margin", "0"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert r.returncode == 0, r.stderr
    run("--pdf", "plain.pdf")
    run("--pdf", "band.pdf", "--split-band")
    for stage in lay.stages:
        box = (stage.column.x, lane.row.y, stage.column.right, lane.row.bottom)
        with_band, without = band_pixels(tmp_path / "band.pdf", box), band_pixels(tmp_path / "plain.pdf", box)
        assert without == 0
        if stage is post_purchase(lay):
            assert with_band > 2000, with_band
        else:
            assert with_band == 0, (stage.name.lines, with_band)
