"""Panels read the change record: they reload when it names what they show, and
only then. (Beside the canvas tests: the views here sit next to the canvas.)"""
import pytest

from editor.find import FindBar
from editor.panels import PropertiesPanel
from editor.persona import PersonaPanel
from model.operations import Op

from .helpers import centre, click


@pytest.fixture
def panels(map_editor, qtbot):
    props, persona = PropertiesPanel(map_editor), PersonaPanel(map_editor)
    for widget in (props, persona):
        qtbot.addWidget(widget)
    yield props, persona
    map_editor.scene.blockSignals(True)  # as MapEditor.close does: the scene dies first


def counting(monkeypatch, obj, name):
    calls = []
    original = getattr(obj, name)
    monkeypatch.setattr(obj, name, lambda *a: (calls.append(a), original(*a)))
    return calls


def test_properties_reload_only_for_the_selected_card(map_editor, panels, monkeypatch):
    props, _ = panels
    chosen, other = map_editor.lay.cards[0], map_editor.lay.cards[5]
    click(map_editor.view, *centre(chosen.rect))
    assert props.currentWidget() is props.pages["card"] and props.ids == [chosen.id]
    fills = counting(monkeypatch, props, "_fill_card")
    map_editor.run("Edit", [Op("update_card", {"card_id": other.id, "text": "Someone else's card"})])
    assert fills == []
    map_editor.run("Edit", [Op("update_card", {"card_id": chosen.id, "text": "Rewritten"})])
    assert len(fills) == 1 and props.card_text.toPlainText() == "Rewritten"
    map_editor.stack.undo()
    assert len(fills) == 2 and props.card_text.toPlainText() != "Rewritten"


def test_a_panel_edit_is_one_record_that_says_the_panel_asked(map_editor, panels):
    props, _ = panels
    card = map_editor.lay.cards[0]
    click(map_editor.view, *centre(card.rect))
    records = []
    map_editor.changed.connect(records.append)
    props.card_votes.setValue(3)
    assert [(r.origin, r.cards) for r in records] == [("panel", {card.id})]
    assert map_editor.doc.store.card(card.id).votes == 3


def test_the_persona_panel_reloads_only_for_personas_and_the_journey(map_editor, panels, monkeypatch):
    _, persona = panels
    reloads = counting(monkeypatch, persona, "reload")
    card = map_editor.lay.cards[0]
    map_editor.run("Edit", [Op("update_card", {"card_id": card.id, "text": "Not about the persona"})])
    assert reloads == []
    map_editor.run("Rename", [Op("update_journey", {"title": "Weekly shop"})])
    assert len(reloads) == 1 and persona.title.text() == "Weekly shop"


def test_an_open_find_bar_counts_again_after_an_edit(map_editor, qtbot):
    bar = FindBar(map_editor, lambda match, text: None)
    qtbot.addWidget(bar)
    bar.open_bar()
    bar.field.setText("zzneedle")
    assert bar.count.text() == "No matches"
    card = map_editor.lay.cards[0]
    map_editor.run("Edit", [Op("update_card", {"card_id": card.id, "text": "a zzneedle here"})])
    assert bar.count.text() == "1 of 1"
