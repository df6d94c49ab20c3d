"""Several personas through the Persona panel, as a person uses it (issue 14):
add one (empty, or copying another's curve and tags), choose it, give it a look,
put a marker on its curve with a double-click, reorder and remove it — each one
undo step, in the file at once — and every curve drawn in its persona's look."""
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QScrollArea

from model.document import Document
from model.personas import MAX_PERSONAS
from tests.canvas.helpers import at


def panel_of(window):
    window.findChild(QDockWidget, "persona_dock").show()
    return window.persona_panel


def choose_from_add_menu(qtbot, panel, index: int) -> None:
    """Open the Add persona menu with a real click and pick entry `index` with the keyboard."""
    button = panel.personas.add
    menu = button.menu()
    pick_when_shown(menu, index)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_when_shown(menu: QMenu, index: int) -> None:
    """Once the menu is open (its click runs a local event loop), entry `index` by keys."""
    def pick():
        if not menu.isVisible():
            QTimer.singleShot(20, pick)
            return
        for _ in range(index + 1):
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)
    QTimer.singleShot(20, pick)


def ctrl_z(window) -> None:
    """Ctrl+Z as a person presses it: on the map, in the active window (after a click in
    a panel the keyboard is elsewhere, and Undo is the window's shortcut)."""
    window.activateWindow()
    # activation comes through the event loop: on a loaded machine it can still be pending,
    # and a window shortcut (Undo) answers only in the active window
    for _ in range(200):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(10)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def saved(window):
    """The personas and markers the file holds now (read from disk)."""
    with Document.open(window.editor.doc.path, read_only=True) as other:
        return ([(p.name, p.colour, p.line, p.shape) for p in other.journey.personas],
                sorted((m.persona_id, m.stage_id, m.feeling) for m in other.journey.markers))


def test_add_choose_restyle_mark_reorder_and_remove_a_persona(window, qtbot):
    editor, panel = window.editor, panel_of(window)
    first, second = editor.doc.journey.personas[:2]
    assert [panel.personas.list.item(i).text() for i in range(panel.personas.list.count())] == \
        [first.name, second.name]
    # "Copy the curve and tags of <second>": the third entry of the menu (empty, first, second)
    choose_from_add_menu(qtbot, panel, 2)
    qtbot.waitUntil(lambda: len(editor.doc.journey.personas) == 3)
    new = editor.doc.journey.personas[2]
    assert editor.persona_id() == new.id and panel.personas.list.currentRow() == 2
    copied = sorted((m.stage_id, m.feeling) for m in editor.doc.journey.markers if m.persona_id == new.id)
    assert copied == sorted((m.stage_id, m.feeling) for m in editor.doc.journey.markers
                            if m.persona_id == second.id)
    tagged = [c for c in editor.doc.journey.cards if str(second.id) in c.personas.split()]
    assert tagged and all(str(new.id) in c.personas.split() for c in tagged)
    assert editor.stack.undoText().endswith("persona")  # one step
    # its look: a star on a dotted line, chosen in the combo boxes with the keyboard
    panel.shape.setFocus()
    QTest.keyClick(panel.shape, Qt.Key.Key_End)
    panel.line.setFocus()
    QTest.keyClick(panel.line, Qt.Key.Key_Home)
    QTest.keyClick(panel.line, Qt.Key.Key_Down)
    QTest.keyClick(panel.line, Qt.Key.Key_Down)
    assert (new.shape, new.line) == ("star", "dotted")
    curves = [c for box in editor.lay.emotions for c in box.curves if c.persona_id == new.id]
    assert curves and all((c.look.shape, c.look.line) == ("star", "dotted") for c in curves)
    # a double-click on the emotion lane puts a marker on the chosen persona's curve
    lane = next(lane for lane in editor.lay.lanes if lane.kind == "emotions")
    stage = editor.lay.stages[-1]
    before = {m.id for m in editor.doc.journey.markers}
    view = editor.view
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      at(view, stage.column.x + stage.column.w * 0.8, lane.row.y + lane.row.h * 0.3))
    added = [m for m in editor.doc.journey.markers if m.id not in before]
    assert len(added) == 1 and added[0].persona_id == new.id
    # up one place, then removed; undo brings it back with its curve and tags
    QTest.mouseClick(panel.personas.up, Qt.MouseButton.LeftButton)
    assert [p.id for p in editor.doc.journey.personas] == [first.id, new.id, second.id]
    QTest.mouseClick(panel.personas.remove, Qt.MouseButton.LeftButton)
    assert [p.id for p in editor.doc.journey.personas] == [first.id, second.id]
    assert not [m for m in editor.doc.journey.markers if m.persona_id == new.id]
    assert not any(str(new.id) in c.personas.split() for c in editor.doc.journey.cards)
    assert saved(window)[0] == [(p.name, p.colour, p.line, p.shape) for p in editor.doc.journey.personas]
    ctrl_z(window)
    assert [p.id for p in editor.doc.journey.personas] == [first.id, new.id, second.id]
    assert len([m for m in editor.doc.journey.markers if m.persona_id == new.id]) == len(copied) + 1
    assert all(str(new.id) in c.personas.split() for c in tagged)


def test_a_seventh_persona_cannot_be_added(window, qtbot):
    editor, panel = window.editor, panel_of(window)
    while len(editor.doc.journey.personas) < MAX_PERSONAS:
        choose_from_add_menu(qtbot, panel, 0)
        count = len(editor.doc.journey.personas)
        qtbot.waitUntil(lambda: len(editor.doc.journey.personas) >= count)
    assert not panel.personas.add.isEnabled() and str(MAX_PERSONAS) in panel.personas.add.toolTip()
    looks = {(p.colour, p.line, p.shape) for p in editor.doc.journey.personas}
    assert len(looks) == MAX_PERSONAS and len({c for c, _, _ in looks}) == MAX_PERSONAS  # each its own


def test_each_curve_is_drawn_in_its_personas_colour(window, qtbot):
    editor = window.editor
    image = editor.view.viewport().grab().toImage()
    colours = {QColor(p.colour).rgb() & 0xFFFFFF for p in editor.doc.journey.personas}
    seen = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y) & 0xFFFFFF
            if rgb in colours:
                seen.add(rgb)
    assert seen == colours


def test_unticking_and_focusing_change_the_view_not_the_file(window, qtbot):
    """A persona's tick shows or hides its curve, Focus dims the others: on the canvas,
    in the workshop and in an export, with no undo step and nothing written."""
    editor, panel = window.editor, panel_of(window)
    maya, ruth = editor.doc.journey.personas[:2]
    steps, saved_before = editor.stack.count(), saved(window)
    item = panel.personas.list.item(0)
    rect = panel.personas.list.visualItemRect(item)
    box = QPoint(rect.left() + 10, rect.center().y())  # the tick box, at the item's left
    QTest.mouseClick(panel.personas.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box)
    assert editor.persona_view.hidden == {maya.id}
    assert {m.persona_id for m in editor.lay.markers} == {ruth.id}
    assert [e.persona_id for e in editor.lay.legend] == [ruth.id]
    QTest.mouseClick(panel.personas.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box)
    assert editor.persona_view.hidden == frozenset()
    panel.personas.list.setCurrentRow(1)  # Ruth chosen, then Focus
    QTest.mouseClick(panel.personas.focus, Qt.MouseButton.LeftButton)
    assert editor.persona_view.focus == ruth.id
    curves = {c.persona_id: c.dim for box_ in editor.lay.emotions for c in box_.curves if not c.target}
    assert curves == {maya.id: True, ruth.id: False}
    from editor.workshop.session import Workshop
    workshop = Workshop(editor)
    workshop.refresh()
    assert {c.persona_id: c.dim for b in workshop.lay.emotions for c in b.curves if not c.target} == curves
    assert editor.stack.count() == steps and saved(window) == saved_before  # a view: nothing written


def test_a_card_is_marked_for_a_persona_and_shows_its_chip(window, qtbot):
    """Properties ▸ For: ticking a persona marks the selected card for it (one undo
    step, in the file); the card then wears that persona's chip on screen and in print."""
    from PySide6.QtWidgets import QCheckBox
    editor = window.editor
    maya, ruth = editor.doc.journey.personas[:2]
    card = next(c for c in editor.lay.cards if not editor.doc.store.card(c.id).personas)
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(editor.view, card.rect.x + 12, card.rect.y + card.rect.h - 6))
    dock = window.findChild(QDockWidget, "properties_dock")
    dock.show()
    dock.raise_()
    ticks = [t for t in window.findChildren(QCheckBox) if t.property("map_content")]
    assert [t.text() for t in ticks] == [maya.name, ruth.name] and not any(t.isChecked() for t in ticks)
    window.findChild(QScrollArea, "properties_scroll").ensureWidgetVisible(ticks[1])
    qtbot.waitUntil(ticks[1].isVisible)
    QTest.mouseClick(ticks[1], Qt.MouseButton.LeftButton)
    assert editor.doc.store.card(card.id).personas == str(ruth.id)
    assert editor.stack.undoText() == "Set card personas"
    box = editor.lay.card_by_id[card.id]
    assert [chip.colour for chip in box.chips] == [ruth.colour]
    editor.scene.clearSelection()  # the selection's outline runs along the card's top edge, over the chip
    image = editor.view.viewport().grab().toImage()
    chip_at = editor.view.mapFromScene(box.rect.right - 8, box.rect.y)
    assert QColor(image.pixel(chip_at)).name() == ruth.colour  # the chip, drawn on its card
    ctrl_z(window)
    assert editor.doc.store.card(card.id).personas == "" and editor.lay.card_by_id[card.id].chips == ()


def test_a_marker_goes_on_the_target_curve_and_a_lane_to_a_persona(window, qtbot):
    """Properties: a selected marker's "On the target curve" box moves it to its persona's
    target curve (drawn fainter, hollow); a lane's "Belongs to" gives it to a persona,
    whose chip its header then wears. One undo step each."""
    from PySide6.QtWidgets import QComboBox
    editor, view = window.editor, window.editor.view
    ruth = editor.doc.journey.personas[1]
    window.findChild(QDockWidget, "properties_dock").show()
    panel = window.properties_panel
    marker = next(m for m in editor.lay.markers if m.persona_id == ruth.id)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(view, marker.x, marker.y))
    assert editor.scene.selected("marker") == [marker.id]
    qtbot.waitUntil(panel.marker_target.isVisible)
    QTest.mouseClick(panel.marker_target, Qt.MouseButton.LeftButton)
    assert editor.doc.store.marker(marker.id).target == 1
    curves = {(c.persona_id, c.target) for b in editor.lay.emotions for c in b.curves}
    assert (ruth.id, True) in curves
    assert editor.stack.undoText() == "Move marker to another curve"
    lane = next(l for l in editor.lay.lanes if l.kind == "pain_points")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(view, lane.header.x + 40, lane.header.y + lane.header.h / 2))  # its middle: near its top edge a press resizes
    assert editor.scene.selected("lane") == [lane.id]
    combo = panel.lane_persona
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [p.name for p in editor.doc.journey.personas]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # the last persona: Ruth
    assert editor.find("lane", lane.id).persona_id == ruth.id
    box = next(l for l in editor.lay.lanes if l.id == lane.id)
    assert box.look is not None and box.look.colour == ruth.colour
    ctrl_z(window)
    assert editor.find("lane", lane.id).persona_id is None
