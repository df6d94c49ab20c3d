"""The workshop acts on change records: it listens only while shown, and one
quick capture costs one layout of its scene (and one of the editor's)."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import editor.mapeditor as mapeditor
import editor.workshop.session as session
from model.layout import layout
from model.operations import Op

from .helpers import cell_texts, key


def count_layouts(monkeypatch):
    """Calls of the workshop's layout and of the editor's, from now on."""
    calls = {"workshop": 0, "editor": 0}

    def counted(name, fn):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return fn(*args, **kwargs)
        return wrapper
    monkeypatch.setattr(session, "relayout", counted("workshop", session.relayout))
    monkeypatch.setattr(mapeditor, "relayout", counted("editor", mapeditor.relayout))
    return calls


def test_one_quick_capture_costs_one_layout(workshop, monkeypatch):
    view = workshop.presentation.view
    journey = workshop.editor.doc.journey
    cell = workshop.capture.cell
    QTest.keyClicks(view.viewport(), "Asks a neighbour about delivery slots")
    records = []
    workshop.editor.changed.connect(records.append)
    calls = count_layouts(monkeypatch)
    key(view, Qt.Key.Key_Return)
    assert cell_texts(journey, *cell)[-1] == "Asks a neighbour about delivery slots"
    # the editor's canvas, covered by the workshop, is not laid out until it shows again
    assert calls == {"workshop": 1, "editor": 0}
    assert len(records) == 1 and records[0].origin == "workshop"
    new_card = max(c.id for c in journey.cards)
    assert new_card in workshop.lay.card_by_id and workshop.draft_box is not None
    assert workshop.draft_box.rect.y > workshop.lay.card_by_id[new_card].rect.y  # the next draft below it
    editor = workshop.editor
    assert new_card not in editor.scene.cards
    workshop.leave()
    assert calls["editor"] == 1  # it caught up, in one layout
    assert editor.lay == layout(journey, editor.theme) and new_card in editor.scene.cards


def test_typing_and_capturing_lay_out_only_the_drafts_cell_and_the_rows_it_moves(workshop):
    """The draft is part of the layout's change record, not a map of its own: typing a
    line more and capturing re-stack its cell (and move the rows below), never the
    rows above it nor the whole map again."""
    view = workshop.presentation.view
    cell = workshop.capture.cell
    lanes = [lane.id for lane in workshop.lay.lanes]
    above = set(lanes[:lanes.index(cell[1])])
    QTest.keyClicks(view.viewport(), "Asks ")
    for words in ("a neighbour about delivery slots and then asks the shop again " * 3).split():
        QTest.keyClicks(view.viewport(), words + " ")
        assert workshop.lay.base is not None, "typing laid the whole map out again"
        assert not {lane for _, lane in workshop.lay.restacked} & above
    assert len(workshop.draft_box.text.lines) > 1  # it grew as it was typed
    key(view, Qt.Key.Key_Return)
    lay = workshop.lay
    assert lay.base is not None and cell in lay.restacked
    assert not {lane for _, lane in lay.restacked} & above
    assert workshop.draft_box is not None and workshop.draft_box.id not in lay.card_by_id
    assert all(box.id > 0 for box in lay.cards)  # the draft is no card


def test_a_workshop_that_was_left_stops_listening_and_catches_up(workshop, monkeypatch):
    editor = workshop.editor
    card = workshop.lay.cards[0]
    workshop.leave()
    workshop.leave()  # twice (a window closing after Esc): still quiet, no error
    calls = count_layouts(monkeypatch)
    editor.run("Edit", [Op("update_card", {"card_id": card.id, "text": "Changed while nobody watched"})])
    assert calls == {"workshop": 0, "editor": 1}
    assert workshop.lay.card_by_id[card.id].text != editor.lay.card_by_id[card.id].text
    workshop.enter(size=(1280, 800))
    assert calls["workshop"] == 1
    assert " ".join(workshop.lay.card_by_id[card.id].text.lines) == "Changed while nobody watched"
    editor.run("Edit", [Op("update_card", {"card_id": card.id, "text": "Seen"})])
    assert calls["workshop"] == 2 and workshop.lay.card_by_id[card.id].text.lines == ("Seen",)
