"""In German, the sentences Wayline makes while it is used: undo step names
(Edit ▸ Undo "…") with the language's plural forms, the status bar after a
gesture, the model's refusals with their values filled in, the export dialog's
summary and preflight lines, and the German user guide. The English command line
keeps its English sentences (tests/export/test_cli*.py)."""
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from editor import help
from editor.clipboard import MAX_LINES
from editor.export_dialogs import PdfExportDialog, PngExportDialog
from editor.persona import PersonaPanel
from editor.sentences import local, shown
from model.errors import Figure
from model.layout import layout
from tests.canvas.helpers import centre, click, drag
from tests.editor.test_editing import empty_cell, file_rows, lane_of
from tests.editor.test_languages import TS, language  # noqa: F401 (a fixture)
from tests.conftest import ROOT
from tests.reliability.test_shared_folder import shared_map

CTRL = Qt.KeyboardModifier.ControlModifier
# words of the English sentences that must not be left in a German one
ENGLISH = {"Add", "Move", "Delete", "Deleted", "card", "cards", "stage", "stages", "with", "brings",
           "back", "Undo", "Redo", "marker", "The", "clipboard", "holds", "lines", "smallest", "text",
           "prints", "sheet", "map", "readable", "from", "picture", "pictures", "not", "is", "at"}


def english_left(sentence: str) -> set[str]:
    return {w.strip("&.,;:()“”„") for w in sentence.split()} & ENGLISH


@pytest.fixture
def german(language, wayline, sample_path, qtbot):  # noqa: F811
    """The sample map's window, in German."""
    language("de_DE")
    win = wayline.open(sample_path)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    win.view.set_zoom(0.7)
    return win


def undo_text(win) -> str:
    return win.actions["edit_undo"].text()


def undo_key() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


# -- (a) undo steps and the status bar, after real gestures ----------------------------
def test_adding_a_card_is_a_german_undo_step(german):
    ed, vp = german.editor, german.view.viewport()
    stage, lane, point = empty_cell(ed, "thoughts")
    click(german.view, *point)
    QTest.keyClick(vp, Qt.Key.Key_N)
    QTest.keyClicks(vp, "Wo fange ich an")
    QTest.keyClick(vp, Qt.Key.Key_Return)
    assert ("Wo fange ich an",) in file_rows(german, f"SELECT text FROM card WHERE lane_id = {lane.id}")
    assert undo_text(german) == "&Rückgängig: Karte hinzufügen"
    QTest.keyClick(vp, Qt.Key.Key_Z, CTRL)
    assert german.actions["edit_redo"].text() == "&Wiederholen: Karte hinzufügen"
    assert not english_left(german.actions["edit_redo"].text())


def test_moving_one_card_and_two_cards_are_named_with_the_german_plural(german):
    ed = german.editor
    actions = lane_of(ed, "actions")
    s0, s2, s5 = ed.lay.stages[0], ed.lay.stages[2], ed.lay.stages[5]
    card = next(c for c in ed.lay.cards if c.stage_id == s0.id and c.lane_id == actions.id)
    target = ed.lay.cells[(s2.id, actions.id)]
    drag(german.view, centre(card.rect), (target.x + 40, target.bottom - 6))
    assert file_rows(german, f"SELECT stage_id FROM card WHERE id = {card.id}") == [(s2.id,)]
    assert undo_text(german) == "&Rückgängig: 1 Karte verschieben"
    a, b = [c for c in ed.lay.cards if c.stage_id == s2.id and c.lane_id == actions.id][:2]
    click(german.view, *centre(a.rect))
    click(german.view, *centre(b.rect), CTRL)
    target = ed.lay.cells[(s5.id, actions.id)]
    drag(german.view, centre(b.rect), (target.x + 40, target.bottom - 6))
    assert undo_text(german) == "&Rückgängig: 2 Karten verschieben"
    QTest.keyClick(german.view.viewport(), Qt.Key.Key_Delete)
    assert not file_rows(german, f"SELECT id FROM card WHERE id IN ({a.id}, {b.id})")
    assert undo_text(german) == "&Rückgängig: 2 Karten löschen"
    assert not english_left(undo_text(german))


def test_deleting_a_stage_says_so_in_german(german):
    ed, vp = german.editor, german.view.viewport()
    by_name = {ed.text_of("stage", s.id): s for s in ed.lay.stages}
    decision = by_name["Decision"]
    n = len(file_rows(german, f"SELECT id FROM card WHERE stage_id = {decision.id}"))
    click(german.view, *centre(decision.header))
    QTest.keyClick(vp, Qt.Key.Key_Delete)
    said = german.statusBar().currentMessage()
    assert said == (f"Phase „Decision“ mit {n} Karten und 1 Emotionsmarkierung gelöscht — "
                    f"{undo_key()} holt sie zurück.")
    assert n > 1 and undo_text(german) == "&Rückgängig: Phase löschen" and not english_left(said)


def test_the_persona_panels_journey_label_is_german(german):
    """The label of the journey's title, seen left in English ("Journey") before."""
    panel = german.findChild(PersonaPanel)
    form = panel.layout().itemAt(0).layout()
    label = form.labelForField(panel.title)
    assert label.text() == "Journey-Titel"


# -- (c) a model refusal, its values filled in ----------------------------------------------
def test_a_file_that_is_no_map_is_refused_in_german_with_its_name(language, wayline, tmp_path):  # noqa: F811
    notes = tmp_path / "Notizen.journey"
    notes.write_text("Einkaufsliste: Milch, Brot\n" * 40)
    before = notes.read_bytes()
    language("de_DE")
    assert wayline.open(notes) is None
    assert wayline.messages[-1] == ("„Notizen.journey“ ist keine Wayline-Journey-Map "
                                    "(es ist überhaupt keine Kartendatei).")
    assert notes.read_bytes() == before
    language("en_GB")  # the same refusal in English: what the command line prints
    wayline.open(notes)
    assert wayline.messages[-1] == "“Notizen.journey” is not a Wayline journey map (it is not a map file at all)."


def test_too_many_lines_to_paste_are_refused_in_german_with_the_count(german):
    ed = german.editor
    QGuiApplication.clipboard().setText("\n".join(f"Zeile {i}" for i in range(MAX_LINES + 1001)))
    before = len(file_rows(german, "SELECT id FROM card"))
    stage, lane, point = empty_cell(ed, "thoughts")
    click(german.view, *point)
    QTest.keyClick(german.view.viewport(), Qt.Key.Key_V, CTRL)
    lines = f"{MAX_LINES + 1001:,}".replace(",", ".")  # German digits: 1.201
    assert german.statusBar().currentMessage() == (
        f"Die Zwischenablage enthält {lines} Textzeilen; Wayline fügt höchstens {MAX_LINES} auf einmal "
        "ein (eine Karte je Zeile).")
    assert len(file_rows(german, "SELECT id FROM card")) == before


def test_the_notices_a_map_opens_with_are_german(language, wayline, tmp_path, qtbot):  # noqa: F811
    """A map in a synced folder whose stage widths had to be repaired: two notices."""
    path = shared_map(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stage SET width = -5")
    stages = len(sqlite3.connect(path).execute("SELECT id FROM stage").fetchall())
    language("de_DE")
    window = wayline.open(path)
    qtbot.waitExposed(window)
    synced, repaired = window.notice_panel.texts()
    assert synced.startswith("„map.journey“ liegt auf einem Dropbox-Ordner, wo direktes Bearbeiten nicht sicher ist")
    assert repaired == f"{stages} Werte repariert, wo eine Phasenbreite außerhalb des Bereichs lag."
    assert window.editor.doc.notices[1] == f"Repaired {stages} values where a stage width was out of range."



def test_a_repaired_persona_reference_is_said_in_german(language, wayline, sample_path, qtbot):  # noqa: F811
    """Hostile persona references (issue 14's file format) are repaired and said in German too."""
    with sqlite3.connect(sample_path) as conn:
        conn.execute("UPDATE card SET personas = '99' WHERE id = (SELECT min(id) FROM card)")
        conn.execute("UPDATE persona SET line = 'wavy'")
    language("de_DE")
    window = wayline.open(sample_path)
    qtbot.waitExposed(window)
    said = window.notice_panel.texts()
    assert "1 Wert repariert, wo eine Karte für Personas galt, die die Karte nicht hat." in said
    assert any(t.endswith("wo die Linie einer Persona unbekannt war.") for t in said)


# -- (d) the export dialog's summary and preflight --------------------------------------------
def test_the_pdf_dialogs_summary_and_preflight_are_german(language, qtbot, sample_doc, tmp_path):  # noqa: F811
    language("de_DE")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PdfExportDialog(sample_doc, layout(sample_doc.journey), settings=settings)
    qtbot.addWidget(dialog)
    pictures = dialog.warnings.text()  # on A0, the sample's photos have too few pixels
    assert pictures.startswith("⚠ ") and " Bilder werden mit " in pictures and " ppi gedruckt (unter 150 ppi)" in pictures
    dialog.paper.combo.setCurrentIndex(dialog.paper.combo.findData("a4"))
    qtbot.waitUntil(lambda: "297 × 210 mm" in dialog.headline.text(), timeout=3000)
    detail = dialog.detail.text()
    assert detail.startswith("Ein Bogen 297 × 210 mm, Karte bei ") and "\nKleinste Schrift " in detail
    assert "," in detail.split("Kleinste Schrift ")[1].split(" mm")[0]  # "1,2 mm": the German decimal comma
    warnings = dialog.warnings.text().splitlines()
    assert any(w.startswith("⚠ Die kleinste Schrift wird ") for w in warnings)
    assert not english_left(detail) and not any(english_left(w) for w in warnings + [pictures])


def test_the_png_dialogs_refusal_is_german_with_its_numbers(language, qtbot, sample_doc, tmp_path):  # noqa: F811
    language("de_DE")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PngExportDialog(sample_doc, layout(sample_doc.journey), settings=settings)
    qtbot.addWidget(dialog)
    dialog.paper.combo.setCurrentIndex(dialog.paper.combo.findData("custom"))
    dialog.paper.custom_w.setValue(5000)
    dialog.paper.custom_h.setValue(5000)
    dialog.dpi.setValue(600)
    dialog.refresh()
    said = dialog.refusal.text()
    assert not dialog.export_button.isEnabled()
    assert said.startswith("Ein PNG mit ") and said.endswith(" Pixeln ist zu groß, um es irgendwo zu öffnen; "
                                                             "wählen Sie eine niedrigere dpi-Zahl oder exportieren "
                                                             "Sie ein PDF-Poster.")
    w, h = said.removeprefix("Ein PNG mit ").split(" Pixeln")[0].split(" × ")
    assert "." in w and "," not in w  # 118.110: German thousands


# -- (e) the user guide ---------------------------------------------------------------------
def test_help_opens_the_german_user_guide(language, wayline, sample_path, qtbot):  # noqa: F811
    language("de_DE")
    win = wayline.open(sample_path)
    qtbot.waitExposed(win)
    win.actions["help_guide"].trigger()  # Help ▸ Wayline User Guide (F1: tests/editor/test_desktop.py)
    guide = win.findChild(help.GuideDialog)
    assert guide is not None and guide.isVisible()
    assert guide.browser.source().toLocalFile().endswith("guide/index.de.html")
    assert guide.browser.documentTitle() == "Wayline-Benutzerhandbuch"
    assert "Einen Workshop leiten" in guide.browser.toPlainText()


def test_english_and_a_language_without_a_guide_get_the_english_guide(language, wayline, sample_path, qtbot):  # noqa: F811
    for lang in ("en_GB", "fr_FR"):
        language(lang)
        win = wayline.open(sample_path)
        guide = help.show(win, help.GuideDialog)
        assert guide.browser.source().toLocalFile().endswith("guide/index.html")
        assert guide.browser.documentTitle() == "Wayline User Guide"
        win.close()


def test_only_a_figure_is_shown_in_the_users_digits(language):  # noqa: F811
    """A card whose text is "1.5" stays "1.5" in German; the 1.5 m of a distance becomes 1,5 m."""
    language("de_DE")
    assert shown(Figure("1.5")) == "1,5" and shown("1.5") == "1.5" and shown(Figure("12")) == "12"


def test_a_refusal_raised_as_plain_english_is_translated_when_it_is_a_known_sentence(language):  # noqa: F811
    language("de_DE")
    assert local("An emotions lane holds emotion markers, not cards.") == \
        "Eine Emotionsbahn enthält Emotionsmarkierungen, keine Karten."
    assert local("Something no translation knows.") == "Something no translation knows."


# -- the translation itself --------------------------------------------------------------------
def messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for m in context.iter("message"):
            yield context.findtext("name"), m


def test_the_german_translation_is_finished(language):  # noqa: F811
    """No entry waits for a translation, every count has both German plural forms, and
    every placeholder of the English sentence is in the German one."""
    seen = 0
    for context, m in messages():
        source, translation = m.findtext("source"), m.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] if m.get("numerus") == "yes" \
            else [translation.text or ""]
        assert ("%n" in source) == (m.get("numerus") == "yes"), f"a count not marked plural: {source}"
        assert len(forms) == (2 if "%n" in source else 1) and all(f.strip() for f in forms), source
        for placeholder in {p for p in ("%1", "%2", "%3", "%4", "%5", "%6", "%n") if p in source}:
            assert all(placeholder in f for f in forms), (source, placeholder)
        seen += 1
    assert seen > 500


def test_the_compiled_translation_is_the_ts_file(language):  # noqa: F811
    """The .qm shipped is compiled from this .ts: every entry translates through it, in
    both plural forms."""
    language("de_DE")
    for context, m in messages():
        source, translation = m.findtext("source"), m.find("translation")
        if m.get("numerus") == "yes":
            one, many = [f.text for f in translation.iter("numerusform")]
            assert QCoreApplication.translate(context, source, None, 1) == one.replace("%n", "1")
            assert QCoreApplication.translate(context, source, None, 5) == many.replace("%n", "5")
        else:
            assert QCoreApplication.translate(context, source) == translation.text, (context, source)


def test_the_ts_holds_every_sentence_of_the_code(tmp_path):
    """pyside6-lupdate over the sources finds nothing the .ts lacks: the editor's
    translate() calls, its plural counts and the Qt-free QT_TRANSLATE_NOOP marks of the
    model and the export engine (so a refusal written in model/ is translated)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("editor", "canvas", "model", "export")
                     for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-locations", "none", "-no-obsolete"],
                   cwd=ROOT, check=True, capture_output=True)
    def entries(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source"), m.find("translation").get("type"))
                for c in root.iter("context") for m in c.iter("message")}
    assert entries(fresh) == entries(TS)
    assert ("Refusal", "“%1” does not exist.", None) in entries(TS)           # model/fileformat.py
    assert ("Preflight", "“%1” has characters no font can draw: %2.", None) in entries(TS)  # export/
