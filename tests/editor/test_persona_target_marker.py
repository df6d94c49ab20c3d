"""A marker straight onto the chosen persona's target curve (issue 14): the Persona
panel's "New markers: Felt | Target" choice, then a double-click on the emotions
lane — one undo step, in the file at once, said in the status bar with the
persona's name, and drawn as a target marker (hollow, on the fainter curve)."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from model import marker_labels
from model import text as textmod
from model.document import Document
from tests.canvas.helpers import at
from tests.editor.test_personas_panel import ctrl_z


def saved_markers(window):
    with Document.open(window.editor.doc.path, read_only=True) as other:
        return sorted((m.persona_id, m.target, m.stage_id, m.feeling) for m in other.journey.markers)


def double_click_emotions(editor, share: float = 0.8):
    lane = next(lane for lane in editor.lay.lanes if lane.kind == "emotions")
    stage = editor.lay.stages[2]
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      at(editor.view, stage.column.x + stage.column.w * share, lane.row.y + lane.row.h * 0.3))
    return stage


def test_target_choice_puts_a_double_clicked_marker_on_the_chosen_personas_target_curve(window, qtbot):
    editor = window.editor
    window.findChild(QDockWidget, "persona_dock").show()
    panel = window.persona_panel
    maya, ruth = editor.doc.journey.personas[:2]
    panel.personas.list.setCurrentRow(1)  # Ruth
    qtbot.waitUntil(panel.personas.target.isVisible)
    assert panel.personas.felt.isChecked() and not panel.personas.target.isChecked()
    QTest.mouseClick(panel.personas.target, Qt.MouseButton.LeftButton)
    assert editor.marker_target and panel.personas.target.isChecked()
    assert window.statusBar().currentMessage() == \
        f"New markers go on {ruth.name}'s target curve (the future state)."
    before, steps = saved_markers(window), editor.stack.count()
    stage = double_click_emotions(editor)
    after = saved_markers(window)
    [added] = [m for m in after if m not in before]
    assert added[:3] == (ruth.id, 1, stage.id)  # Ruth's, on the target curve, in the file
    assert editor.stack.count() == steps + 1 and editor.stack.undoText() == "Add target marker"
    assert window.statusBar().currentMessage() == \
        f"Marker added to {ruth.name}'s target curve (the future state)."
    [box] = [m for m in editor.lay.markers if m.id in editor.scene.selected("marker")]
    assert box.target and box.persona_id == ruth.id
    assert (ruth.id, True) in {(c.persona_id, c.target) for e in editor.lay.emotions for c in e.curves}
    ctrl_z(window)
    assert saved_markers(window) == before
    # back to Felt: the next marker is on the felt curve
    QTest.mouseClick(panel.personas.felt, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == f"New markers go on {ruth.name}'s felt curve (today)."
    double_click_emotions(editor, 0.2)
    [added] = [m for m in saved_markers(window) if m not in before]
    assert added[:2] == (ruth.id, 0) and editor.stack.undoText() == "Add emotion marker"


def test_the_m_key_follows_the_choice_too(window, qtbot):
    editor = window.editor
    window.findChild(QDockWidget, "persona_dock").show()
    panel = window.persona_panel
    qtbot.waitUntil(panel.personas.target.isVisible)
    QTest.mouseClick(panel.personas.target, Qt.MouseButton.LeftButton)
    before = saved_markers(window)
    window.activateWindow()
    editor.view.setFocus()
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_M)
    [added] = [m for m in saved_markers(window) if m not in before]
    assert added[:2] == (editor.persona_id(), 1)


def test_labels_moved_clear_of_another_persona_stay_inside_their_canvas_items(window, qtbot):
    """On the sample map some of Ruth's labels sit above her face (clear of Maya's
    labels): each marker item's drawn area holds its label, wherever it went, and
    the labels on screen do not meet."""
    editor = window.editor
    moved = [m for m in editor.lay.markers if m.label.lines and m.label.y < m.y]
    assert moved  # on the sample map, e.g. "Driver phoned ahead"
    for m in editor.lay.markers:
        if not m.label.lines:
            continue
        item = editor.scene.item("marker", m.id)
        label = marker_labels.box(m.label, textmod.measure)
        drawn = item.sceneBoundingRect()
        assert drawn.top() <= label.y and label.bottom <= drawn.bottom(), m.label.lines
        assert drawn.left() <= label.x and label.right <= drawn.right(), m.label.lines
