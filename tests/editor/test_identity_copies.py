"""Copies are new rows: duplicating or pasting cards gives them new uuids
(the originals keep theirs), and undoing and redoing a paste keeps the copies'."""
from model import rules


def _uuids(doc) -> dict:
    return {c.id: c.uuid for c in doc.journey.cards}


def test_duplicate_gives_new_identities(window):
    ed = window.editor
    picked = [ed.lay.cards[0].id, ed.lay.cards[1].id]
    before = _uuids(ed.doc)
    ed.scene.select("card", picked)
    ed.duplicate_selection()
    after = _uuids(ed.doc)
    new = {i: u for i, u in after.items() if i not in before}
    assert len(new) == 2 and all(rules.identity_ok(u) for u in new.values())
    assert not set(new.values()) & set(before.values())
    assert {i: after[i] for i in before} == before


def test_paste_gives_new_identities_and_redo_keeps_them(window):
    ed = window.editor
    ed.scene.select("card", [ed.lay.cards[0].id])
    assert ed.copy_selection()
    before = _uuids(ed.doc)
    window.actions["edit_paste"].trigger()
    pasted = {i: u for i, u in _uuids(ed.doc).items() if i not in before}
    assert len(pasted) == 1 and not set(pasted.values()) & set(before.values())
    window.actions["edit_undo"].trigger()
    assert _uuids(ed.doc) == before
    window.actions["edit_redo"].trigger()
    assert _uuids(ed.doc) == {**before, **pasted}
