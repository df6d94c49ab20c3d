"""File ▸ Print…: the map printed through Qt's printer, here to a PDF file and read back."""
import pypdfium2
from pdfminer.high_level import extract_text
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest

from editor import printing
from editor.printing import PrintOptions, print_map

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    return printer


def inked_box(page) -> tuple[float, float, float, float]:
    """The share of the page's width and height that holds ink, and where it starts."""
    image = page.render(scale=0.5).to_pil().convert("L")
    box = image.point(lambda v: 255 if v < 245 else 0).getbbox()
    w, h = image.size
    return (box[2] - box[0]) / w, (box[3] - box[1]) / h, box[0] / w, box[1] / h


def test_fit_to_page_prints_the_whole_map_on_one_page(window, tmp_path):
    out = tmp_path / "printed.pdf"
    assert print_map(window.editor, pdf_printer(out), PrintOptions(tiled=False)) == 1
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) == 1
    wide, tall, left, top = inked_box(pdf[0])
    lay = window.editor.lay
    # fitted: one side fills the printable area (A4 landscape less 10 mm margins)
    assert wide > 0.85 or tall > 0.85
    assert abs(wide / tall - (lay.width / lay.height) * (210 / 297)) < 0.08
    text = " ".join(extract_text(str(out)).split())
    journey = window.editor.doc.journey
    assert journey.stages[0].name in text and journey.personas[0].name in text
    assert all(card.text.split()[0] in text for card in journey.cards if card.text)


def test_tiled_prints_pages_wide_and_labels_each_page(window, tmp_path):
    out = tmp_path / "tiles.pdf"
    pages = print_map(window.editor, pdf_printer(out), PrintOptions(tiled=True, pages_wide=3))
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) == pages and pages % 3 == 0 and pages >= 3
    rows = pages // 3
    text = " ".join(extract_text(str(out)).split())  # Qt's PDF spaces words with tabs
    for label in ("A1", "B1", "C1", f"C{rows}"):
        assert f"{label} of 3×{rows}" in text
    # every page of the first row carries ink across its width: the map, not a blank
    for n in range(3):
        assert inked_box(pdf[n])[0] > 0.8
    # a card of the first stage is printed on the left column's pages, not the right's
    leftmost = min(window.editor.lay.cards, key=lambda c: c.rect.x)
    word = " ".join(lay_text for lay_text in leftmost.text.lines).split()[0]
    pages_text = [" ".join(pdf[n].get_textpage().get_text_range().split()) for n in range(pages)]
    assert any(word in pages_text[n] for n in range(0, pages, 3))
    assert not any(word in pages_text[n] for n in range(2, pages, 3))


def test_ctrl_p_prints_through_the_dialog_and_remembers_the_way(window, tmp_path, monkeypatch):
    """The dialog itself is Qt's; accepting it (here, without showing it) prints."""
    out = tmp_path / "from-dialog.pdf"
    seen = {}

    def accept(dialog):
        seen["tabs"] = dialog.findChild(printing.PrintOptionsTab)
        seen["tabs"].tiled.setChecked(True)
        seen["tabs"].wide.setValue(2)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_P, CTRL)
    assert seen["tabs"] is not None
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) >= 2
    assert window.statusBar().currentMessage().startswith(f"Sent {len(pdf)} pages")
    assert printing.remembered() == PrintOptions(tiled=True, pages_wide=2)


def test_a_cancelled_print_prints_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    called = []
    monkeypatch.setattr(printing, "print_map", lambda *a: called.append(a))
    window.actions["file_print"].trigger()
    assert called == []
