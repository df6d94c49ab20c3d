"""Copy and paste keep the personas a card is for: in the same map the same
personas, in another map none of the first map's (its personas are others,
even where their ids are the same)."""
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from editor import clipboard
from model.document import Document
from tests.canvas.helpers import centre, click

CTRL = Qt.KeyboardModifier.ControlModifier


def _box(window, card_id):
    return next(b for b in window.editor.lay.cards if b.id == card_id).rect


def _copy_paste(source, target, card_id, into_card_id):
    source.view.centerOn(*centre(_box(source, card_id)))
    click(source.view, *centre(_box(source, card_id)))
    QTest.keyClick(source.view.viewport(), Qt.Key.Key_C, CTRL)
    target.view.centerOn(*centre(_box(target, into_card_id)))
    click(target.view, *centre(_box(target, into_card_id)))
    assert target.editor.scene.selected("card") == [into_card_id]
    before = {c.id for c in target.editor.doc.journey.cards}
    said = []
    target.editor.message.connect(said.append)
    if target is source:
        QTest.keyClick(target.view.viewport(), Qt.Key.Key_V, CTRL)
    else:  # a window shortcut goes to the active window, which offscreen is not a second one
        target.actions["edit_paste"].trigger()
    assert said == []
    [new] = [c for c in target.editor.doc.journey.cards if c.id not in before]
    return new


def test_a_card_for_one_persona_pastes_for_her_in_the_same_map(window):
    j = window.editor.doc.journey
    ruth = j.personas[1]
    card = next(c for c in j.cards if c.personas == str(ruth.id))
    new = _copy_paste(window, window, card.id, j.cards[0].id)
    carried = json.loads(bytes(QGuiApplication.clipboard().mimeData().data(clipboard.MIME)))
    assert carried["cards"][0]["persona_uuids"] == [ruth.uuid]
    assert new.text == card.text and new.personas == str(ruth.id)
    with Document.open(window.editor.doc.path, read_only=True) as again:
        assert next(c for c in again.journey.cards if c.id == new.id).personas == str(ruth.id)


def test_in_another_map_the_personas_it_lacks_are_dropped(wayline, window, tmp_path, qtbot):
    j = window.editor.doc.journey
    ruth = j.personas[1]
    card = next(c for c in j.cards if c.personas == str(ruth.id))
    other_path = tmp_path / "other.journey"
    Document.create(other_path, "sample").close()  # same ids 1 and 2, other personas (other uuids)
    other = wayline.open(other_path)
    other.resize(1400, 900)
    qtbot.waitExposed(other)
    other.view.set_zoom(0.7)
    new = _copy_paste(window, other, card.id, other.editor.doc.journey.cards[0].id)
    assert new.text == card.text and new.personas == ""
