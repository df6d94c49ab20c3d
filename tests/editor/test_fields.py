"""No Save button to forget, in panels too: a field commits after a short
pause in typing and when the map closes, whatever had the focus."""
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.fields import PAUSE_MS
from model.document import Document


def persona_row(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, frustrations FROM persona ORDER BY position LIMIT 1").fetchone()
    finally:
        conn.close()


def type_into(qtbot, widget, text):
    """Into the field, at the end of what it holds, as a person would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_persona_fields_typed_then_closed_at_once_are_in_the_file(window, qtbot):
    panel = window.persona_panel
    path = window.editor.doc.path
    type_into(qtbot, panel.fields["name"], " Jones")
    type_into(qtbot, panel.fields["frustrations"], "; Slots vanish at checkout")
    window.close()  # Ctrl+W right away: no pause, focus still in the field
    name, frustrations = persona_row(path)
    assert name.endswith(" Jones") and frustrations.endswith("Slots vanish at checkout")


def test_a_pause_in_typing_commits_without_leaving_the_field(window, qtbot):
    field = window.persona_panel.fields["frustrations"]
    path = window.editor.doc.path
    type_into(qtbot, field, " and the app logs me out")
    assert field.hasFocus()
    qtbot.waitUntil(lambda: persona_row(path)[1].endswith("the app logs me out"), timeout=PAUSE_MS * 4)
    assert field.hasFocus()  # still typing: a commit never takes the cursor away
    qtbot.keyClicks(field, "!")
    qtbot.waitUntil(lambda: persona_row(path)[1].endswith("logs me out!"), timeout=PAUSE_MS * 4)
    assert field.toPlainText().endswith("logs me out!")


def test_one_stretch_of_typing_in_one_field_is_one_undo_step(window, qtbot):
    field = window.persona_panel.fields["name"]
    before = window.editor.doc.journey.personas[0].name
    type_into(qtbot, field, " A")
    qtbot.wait(PAUSE_MS * 2)
    qtbot.keyClicks(field, "B")
    qtbot.wait(PAUSE_MS * 2)
    assert window.editor.doc.journey.personas[0].name == before + " AB"
    window.editor.stack.undo()
    assert window.editor.doc.journey.personas[0].name == before


def test_a_stage_renamed_in_properties_then_closed_is_in_the_file(window, qtbot):
    ed = window.editor
    stage = ed.lay.stages[0]
    ed.scene.select("stage", [stage.id])
    field = window.properties_panel.stage_name
    field.selectAll()
    type_into(qtbot, field, "Discover")
    path = ed.doc.path
    window.close()
    with Document.open(path, read_only=True) as doc:
        assert doc.journey.stages[0].name == "Discover"
