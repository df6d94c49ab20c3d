"""What assistive technology reads of a map window, read back through Qt's own
accessibility interfaces (the ones the platform bridges, AT-SPI, UI Automation
and NSAccessibility, walk): every stage, lane and card of the sample map with
its text, lane and stage; the tree after an edit; the focus event the arrow
keys send; the keyboard reaching the map and every card; names on the panels."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from shiboken6 import Shiboken

from canvas import accessible
from model.document import Document
from tests.canvas.helpers import centre, click

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture(autouse=True)
def active():
    """As when a screen reader runs (offscreen, no bridge turns it on)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def tree(window) -> list:
    root = QAccessible.queryAccessibleInterface(window.view.viewport())
    return [root.child(i) for i in range(root.childCount())]


def read(window) -> dict:
    """(role, name, description) of every child of the map, in order."""
    return [(c.role(), c.text(NAME), c.text(DESCRIPTION)) for c in tree(window)]


def press(window, key, times=1):
    for _ in range(times):
        QTest.keyClick(window.view.viewport(), key)


def test_the_tree_has_every_stage_lane_and_card_with_its_lane_and_stage(window, sample_path):
    root = QAccessible.queryAccessibleInterface(window.view.viewport())
    assert root.text(NAME) == "Journey map" and root.role() == QAccessible.Role.Pane
    seen = read(window)
    reader = Document.open(sample_path, read_only=True)
    try:
        j = reader.journey
        stage_name = {s.id: s.name for s in j.stages}
        lane_name = {ln.id: ln.name for ln in j.lanes}
        expected_cards = sorted((c.text or "Picture", f"{lane_name[c.lane_id]} lane, {stage_name[c.stage_id]} stage")
                                for c in j.cards)
        stages, lanes = [s.name for s in j.stages], [ln.name for ln in j.lanes]
    finally:
        reader.close()
    assert [n for r, n, _ in seen if r == QAccessible.Role.ColumnHeader] == stages
    assert [n for r, n, _ in seen if r == QAccessible.Role.RowHeader] == lanes
    # after the headers, the cards (then the markers); votes follow lane and stage
    cards = sorted((n, ", ".join(d.split(", ")[:2]))
                   for r, n, d in seen[len(stages) + len(lanes):][:len(expected_cards)])
    assert cards == expected_cards and len(expected_cards) > 20


def test_each_card_is_where_it_shows_on_screen(window):
    ed, view = window.editor, window.view
    root = QAccessible.queryAccessibleInterface(view.viewport())
    card = ed.lay.cards[3]
    part = next(c for c in tree(window) if c.text(NAME) == ed.text_of("card", card.id))
    centre_on_screen = view.viewport().mapToGlobal(view.mapFromScene(*centre(card.rect)))
    assert part.rect().contains(centre_on_screen) and part.rect().width() > 10
    assert root.childAt(centre_on_screen.x(), centre_on_screen.y()).text(NAME) == part.text(NAME)
    assert root.indexOfChild(part) == tree(window).index(part)
    assert part.parent().text(NAME) == "Journey map"


def test_the_tree_follows_an_edit(window, qtbot):
    ed = window.editor
    before = len(tree(window))
    stage, lane = ed.lay.stages[2], ed.lay.lanes[4]
    window.view.card_add_requested.emit(stage.id, lane.id)
    QTest.keyClicks(window.view.viewport(), "Delivery slot gone at checkout")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    names = read(window)
    assert len(names) == before + 1
    added = [(n, d) for r, n, d in names if n == "Delivery slot gone at checkout"]
    assert added == [("Delivery slot gone at checkout",
                      f"{ed.text_of('lane', lane.id)} lane, {ed.text_of('stage', stage.id)} stage")]
    card = next(c for c in ed.lay.cards if c.text.lines and "Delivery slot" in c.text.lines[0])
    part = next(c for c in tree(window) if c.text(NAME) == "Delivery slot gone at checkout")
    window.view.text_edit_requested.emit("card", card.id, "Slot vanished")
    assert part.text(NAME) == "Slot vanished"
    ed.scene.select("card", [card.id])
    window.editor.delete_selection()
    assert len(tree(window)) == before and not Shiboken.isValid(part)  # unregistered
    assert "Slot vanished" not in [n for _, n, _ in read(window)]


def test_arrow_keys_send_focus_to_the_selected_card(window, monkeypatch):
    ed, view = window.editor, window.view
    sent = []
    monkeypatch.setattr(accessible, "notify", lambda event: sent.append(
        (event.type(), event.accessibleInterface())))
    first = ed.lay.cell_cards[(ed.lay.stages[0].id, ed.lay.lanes[0].id)][0]
    click(view, *centre(first.rect))
    press(window, Qt.Key.Key_Down)
    chosen = ed.scene.selected("card")
    assert len(chosen) == 1 and chosen[0] != first.id
    focus = [i for t, i in sent if t == QAccessible.Event.Focus]
    assert focus and focus[-1].text(NAME) == ed.text_of("card", chosen[0])
    assert " lane, " in focus[-1].text(DESCRIPTION)
    root = QAccessible.queryAccessibleInterface(view.viewport())
    assert root.focusChild().text(NAME) == ed.text_of("card", chosen[0])
    assert root.focusChild().state().focused and root.focusChild().state().selected


def test_tabbing_back_to_the_map_names_the_selected_card(window, qtbot, monkeypatch):
    ed, view = window.editor, window.view
    sent = []
    monkeypatch.setattr(accessible, "notify", lambda event: sent.append(
        (event.type(), event.accessibleInterface())))
    window.activateWindow()
    window.find_bar.show()
    window.find_bar.field.setFocus()
    card = ed.lay.cards[5]
    ed.scene.select("card", [card.id])
    assert not [i for t, i in sent if t == QAccessible.Event.Focus]  # the keyboard is elsewhere
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: any(t == QAccessible.Event.Focus for t, _ in sent), timeout=3000)
    assert {i.text(NAME) for t, i in sent if t == QAccessible.Event.Focus} == {ed.text_of("card", card.id)}


def test_a_keyboard_user_reaches_the_map_and_every_card(window, qtbot):
    """Tab from the find field reaches the map; then the arrows (to the top of a stage,
    down it, on to the next) visit every card, and what the map says has focus is its text."""
    ed, view = window.editor, window.view
    window.activateWindow()
    window.find_bar.show()
    window.find_bar.field.setFocus()
    for _ in range(60):
        if QApplication.focusWidget() in (view, view.viewport()):
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (view, view.viewport())
    root = QAccessible.queryAccessibleInterface(view.viewport())
    read_out, visited = {}, set()
    steps = len(ed.lay.cards) + len(ed.lay.lanes) + 4
    for _stage in ed.lay.stages:
        for key in [Qt.Key.Key_Up] * steps + [Qt.Key.Key_Down] * steps:
            press(window, key)
            for card_id in ed.scene.selected("card"):
                visited.add(card_id)
                read_out[card_id] = root.focusChild().text(NAME)
        press(window, Qt.Key.Key_Right)
    assert visited == {c.id for c in ed.lay.cards}
    assert all(read_out[i] == ed.text_of("card", i) for i in visited)


def test_every_panel_and_dock_has_a_name(window):
    window.find_bar.show()
    named = [window.properties_panel, window.persona_panel, window.find_bar, window.notice_panel,
             window.write_back_banner, window.view] + window.findChildren(QDockWidget)
    for widget in named:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face.text(NAME).strip(), widget
    for name in ("findField", "findPrevious", "findNext", "findClose"):  # words, not "▲"
        face = QAccessible.queryAccessibleInterface(window.find_bar.findChild(QWidget, name))
        assert face.text(NAME)[:1].isalpha(), name


def test_an_edit_tells_assistive_technology_to_read_again(window, qtbot, monkeypatch):
    """After the layout changes the map says its children changed, and a card whose
    text changed says its name changed, so a screen reader does not read stale text."""
    ed, view = window.editor, window.view
    sent = []
    monkeypatch.setattr(accessible, "notify", lambda event: sent.append(
        (event.type(), event.accessibleInterface())))
    card = ed.lay.cards[0]
    part = next(c for c in tree(window) if c.text(NAME) == ed.text_of("card", card.id))
    qtbot.wait(50)
    sent.clear()
    view.text_edit_requested.emit("card", card.id, "Compares three grocery apps")
    qtbot.waitUntil(lambda: any(t == QAccessible.Event.NameChanged for t, _ in sent), timeout=3000)
    assert [i.text(NAME) for t, i in sent if t == QAccessible.Event.NameChanged] == \
        ["Compares three grocery apps"]
    reorder = [i for t, i in sent if t == QAccessible.Event.ObjectReorder]
    assert reorder and reorder[0].text(NAME) == "Journey map"
    assert part.text(NAME) == "Compares three grocery apps"
