"""Edit ▸ Find, driven from the keyboard as a person does: Ctrl+F, type,
Enter for the next match, Shift+Enter back, Esc to the map again."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from model.operations import Op


def press(widget, sequence: QKeySequence.StandardKey | str):
    seq = QKeySequence(sequence) if isinstance(sequence, str) else QKeySequence.keyBindings(sequence)[0]
    combo = seq[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def add_cards(window, texts):
    ed = window.editor
    j = ed.doc.journey
    lane = next(l for l in j.lanes if l.kind == "pain_points")
    cards = [{"stage_id": j.stages[i].id, "lane_id": lane.id, "text": t} for i, t in enumerate(texts)]
    ed.run("Add cards", [Op("add_cards", {"cards": cards})])


def test_ctrl_f_finds_cards_in_reading_order_and_shows_each(window, qtbot):
    add_cards(window, ["Delivery slot gone", "No slot on Friday", "A SLOT at last"])
    window.view.setFocus()
    press(window.view, QKeySequence.StandardKey.Find)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "slot")
    ed = window.editor
    found = [m for m in bar.matches if m.kind == "card"]
    assert len(found) >= 3 and bar.count.text().startswith("1 of ")
    first = ed.scene.selected("card")
    assert first and first[0] == bar.matches[0].id
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text().startswith("2 of ")
    second = ed.scene.selected(bar.matches[1].kind)
    assert second == [bar.matches[1].id]
    item = ed.scene.item(bar.matches[1].kind, bar.matches[1].id)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.intersects(item.sceneBoundingRect())
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text().startswith("1 of ")
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()


def test_no_match_is_said_and_changes_nothing(window, qtbot):
    window.view.setFocus()
    press(window.view, QKeySequence.StandardKey.Find)
    qtbot.keyClicks(window.find_bar.field, "zzqx nothing")
    assert window.find_bar.count.text() == "No matches"
    assert not window.editor.stack.canUndo()


def test_a_persona_match_raises_the_persona_panel_with_the_text_selected(window, qtbot):
    dock = window.findChild(QDockWidget, "persona_dock")
    dock.hide()
    window.view.setFocus()
    press(window.view, QKeySequence.StandardKey.Find)
    persona = window.editor.doc.journey.personas[0]
    word = persona.frustrations.split()[0]
    qtbot.keyClicks(window.find_bar.field, word)
    while window.find_bar.matches[window.find_bar.index].kind != "persona":
        QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert dock.isVisible()
    field = window.persona_panel.fields[window.find_bar.matches[window.find_bar.index].field]
    assert field.textCursor().selectedText().casefold() == word.casefold()
