"""The interface in another language: with WAYLINE_LANG=de the main window, its
menus, panels and dialogs come out in German (Wayline's translation), Qt's own
buttons too (Qt's translation), numbers and dates follow the locale, and the
default poster paper follows the territory."""
import os
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDialogButtonBox,
                               QDockWidget, QGroupBox, QLabel, QLineEdit, QListWidget, QMenu, QTableWidget,
                               QWidget)

import resources
from editor import help, i18n
from editor.crash import CrashDialog
from editor.export_dialogs import PdfExportDialog, PngExportDialog
from editor.export_frame import PaperPicker
from editor.new_map import NewMapDialog
from editor.printing import PrintOptions, PrintOptionsTab
from editor.recover import RecoverDialog, describe
from export import paper
from model import backups
from model.layout import layout

TS = resources.path("translations", "wayline_de.ts")


@pytest.fixture
def language(monkeypatch, qapp):
    """use(lang): the application in that language from now on; the tests' language
    (tests/conftest.py) again afterwards."""
    before = os.environ.get("WAYLINE_LANG")
    def use(lang: str) -> None:
        monkeypatch.setenv("WAYLINE_LANG", lang)
        i18n.install(qapp)
    yield use
    if before is None:
        monkeypatch.delenv("WAYLINE_LANG", raising=False)
    else:
        monkeypatch.setenv("WAYLINE_LANG", before)
    i18n.install(qapp)


def same_in_german() -> set[str]:
    """Texts the German translation deliberately leaves as they are ("Name", "Persona", " mm")."""
    root = ET.parse(TS).getroot()
    return {m.findtext("source").strip() for m in root.iter("message")
            if m.findtext("translation") == m.findtext("source")}


# proper names: the paper sizes, and Qt's "OK", are the same words in German
ALLOWED = {"Wayline", "OK"} | {text for text, _ in PaperPicker.CHOICES if not text.startswith(("36-inch", "Custom"))}
# not the editor's to translate yet, named so that it is not missed: the canvas's
# accessible name (canvas/)
NOT_YET: set[str] = set()  # every text is translated


def visible_texts(widget: QWidget) -> set[str]:
    """Every text a user can see or hear in `widget` and its children (not map content)."""
    texts = {widget.windowTitle()}
    for w in [widget, *widget.findChildren(QWidget)]:
        texts |= {w.toolTip(), w.accessibleName()}
        if w.property("map_content"):  # its texts are the map's (persona names), not Wayline's
            continue
        if isinstance(w, QLabel):
            texts.add(w.text())
        elif isinstance(w, QAbstractButton):
            texts.add(w.text())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QDockWidget):
            texts.add(w.windowTitle())
        elif isinstance(w, QMenu):
            texts.add(w.title())
        elif isinstance(w, QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        elif isinstance(w, QAbstractSpinBox) and hasattr(w, "suffix"):
            texts.add(w.suffix())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QTableWidget):
            texts |= {w.horizontalHeaderItem(c).text() for c in range(w.columnCount())}
        elif isinstance(w, QListWidget):
            texts |= {w.item(r).text() for r in range(w.count())}
    for action in widget.findChildren(QAction):
        texts |= {action.text(), action.statusTip(), action.toolTip()}
    # a path (the recent maps, the folder of a new map) is the user's, not a text to translate
    return {t.strip() for t in texts if t and any(c.isalpha() for c in t) and not t.startswith("/")}


def everything_shown(wayline, map_path, tmp_path, qtbot) -> set[str]:
    """The texts of a window on `map_path` and of every dialog it opens."""
    win = wayline.open(map_path)
    qtbot.waitExposed(win)
    win.view.set_zoom(0.7)
    for name in ("plan", "metrics"):  # tabs made when first shown
        win.panel(name)
    win.show_matrix(True)  # the matrix and its bar, made when first shown
    table = tmp_path / f"{map_path.stem}-values.csv"
    table.write_text("metric,stage,date,value\nNPS,Purchase,2026-11-30,20\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / f"{map_path.stem}.ini"), QSettings.Format.IniFormat)
    dialogs = [NewMapDialog(tmp_path, win), RecoverDialog(map_path, win),
               PdfExportDialog(win.editor.doc, win.editor.lay, settings=settings, parent=win),
               PngExportDialog(win.editor.doc, win.editor.lay, settings=settings, parent=win),
               help.show_about(win), help.show(win, help.ShortcutsDialog), help.show(win, help.GuideDialog),
               PrintOptionsTab(PrintOptions()), CrashDialog("Traceback: ...", tmp_path / "wayline.log"),
               win.matrix.ask_names(), win.metrics_panel.import_from(str(table))]
    texts = visible_texts(win)
    for dialog in dialogs:
        texts |= visible_texts(dialog)
        dialog.close()
        dialog.deleteLater()
    win.close()
    return texts


def test_no_visible_text_of_the_window_and_its_dialogs_is_left_in_english(
        language, wayline, sample_path, tmp_path, qtbot):
    english_map, german_map = tmp_path / "en.journey", tmp_path / "de.journey"
    shutil.copy(sample_path, english_map)
    shutil.copy(sample_path, german_map)
    language("en_GB")
    english = everything_shown(wayline, english_map, tmp_path, qtbot)
    language("de_DE")
    german = everything_shown(wayline, german_map, tmp_path, qtbot)
    assert len(german) > 150  # the walk saw the menus, panels and dialogs, not an empty window
    left = german & english - same_in_german() - ALLOWED - NOT_YET
    assert not left, f"left in English: {sorted(left)}"


def test_qts_own_buttons_come_out_in_german(language, qtbot):
    """Qt's translations (qtbase_de) are loaded with Wayline's: a standard button is German."""
    if not list(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).glob("qtbase_de.qm")):
        pytest.skip("Qt's German translations (qtbase_de.qm) are not installed with this PySide6")
    language("de_DE")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Cancel,
                                                             QDialogButtonBox.StandardButton.Close)}
    assert texts == {"Abbrechen", "Schließen"}


def test_numbers_follow_the_locale(language, qtbot, sample_doc, tmp_path):
    """German groups thousands with a dot: the PNG dialog's size and the zoom say so."""
    language("de_DE")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PngExportDialog(sample_doc, layout(sample_doc.journey), settings=settings)
    qtbot.addWidget(dialog)
    w, h = (int(n.replace(".", "")) for n in dialog.headline.text().removesuffix(" Pixel").split(" × "))
    assert w > 1000 and dialog.headline.text() == f"{w:,} × {h:,} Pixel".replace(",", ".")
    assert i18n.number(1234.5, 1) == "1.234,5"


def test_zoom_is_shown_in_the_locales_digits(language, wayline, sample_path, qtbot):
    language("de_DE")
    win = wayline.open(sample_path)
    qtbot.waitExposed(win)
    win.view.set_zoom(12.5 * win.view.logicalDpiX() / 72)
    assert win.zoom_label.text() == "1.250 %"


def test_backup_dates_are_written_the_locales_way(language, tmp_path):
    backup = tmp_path / f"map {datetime(2026, 3, 5, 14, 30).strftime(backups.STAMP)}.journey"
    backup.write_bytes(b"not a map")
    language("de_DE")
    assert describe(backup) == "Do., 5. März 2026, 14:30 — beschädigt, kann nicht wiederhergestellt werden"
    language("en_GB")
    assert describe(backup) == "Thu 05 Mar 2026 14:30 — damaged, cannot be restored"


@pytest.mark.parametrize("territory, expected", [("US", ("arch-d", "letter")), ("ca", ("arch-d", "letter")),
                                                 ("PH", ("arch-d", "letter")), ("DE", ("a0", "a4")),
                                                 ("GB", ("a0", "a4")), ("", ("a0", "a4"))])
def test_default_paper_by_territory(territory, expected):
    assert paper.default_for(territory) == expected


@pytest.mark.parametrize("lang, poster, tile", [("en_US", "arch-d", "letter"), ("de_DE", "a0", "a4"),
                                                ("en_GB", "a0", "a4")])
def test_the_pdf_dialog_starts_on_the_territorys_papers(language, qtbot, sample_doc, tmp_path, lang, poster, tile):
    language(lang)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PdfExportDialog(sample_doc, layout(sample_doc.journey), settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.paper.value() == poster
    # one sheet stays the first choice; the territory's office paper is the first tiling offered
    assert [dialog.tile.itemData(i) for i in range(2)] == [None, tile]


def test_a_screen_reader_hears_the_map_in_german(language, wayline, sample_path, qtbot):
    """What the map view says to assistive technology (canvas/accessible.py) is translated
    too: the pane, where a card is, its votes (German plural), a stage's place."""
    from PySide6.QtGui import QAccessible
    language("de_DE")
    win = wayline.open(sample_path)
    qtbot.waitExposed(win)
    QAccessible.setActive(True)
    try:
        root = QAccessible.queryAccessibleInterface(win.view.viewport())
        assert root.text(QAccessible.Text.Name) == "Journey Map"
        assert "Phasen" in root.text(QAccessible.Text.Description) and "Pfeiltasten" in root.text(
            QAccessible.Text.Description)
        parts = [root.child(i) for i in range(root.childCount())]
        described = [p.text(QAccessible.Text.Description) for p in parts]
        assert any(d.startswith("Phase 1 von ") for d in described)
        voted = [d for d in described if "Stimme" in d]
        assert voted and any(d.endswith("Stimmen") for d in voted)
        assert not [d for d in described if re.search(r"\b(lane|stage|votes?)\b", d)]  # ("Backstage" is a name)
    finally:
        QAccessible.setActive(False)
        win.close()
