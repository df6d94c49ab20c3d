"""Links drawn (issue 15 item 1): selecting an opportunity shows faint
connectors to the pain points it addresses, on screen; `export --links`
prints them, drawn by the same function; the export dialog offers them and
the plan's pages."""
import pypdfium2 as pdfium
from PIL import ImageChops
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

import main
from model.link_drawing import connectors, link_pairs
from model.op import Op
from tests.canvas.helpers import centre, click


def select_card(window, card_id, qtbot):
    box = window.editor.lay.card_by_id[card_id]
    click(window.view, *centre(box.rect))
    qtbot.waitUntil(lambda: window.editor.scene.selected("card") == [card_id])


def test_selecting_an_opportunity_draws_its_links_and_another_card_none(planned, qtbot):
    planned.view.set_zoom(0.7)
    journey = planned.editor.doc.journey
    opportunity = journey.links[0].opportunity_id
    pains = [k.pain_point_id for k in journey.links if k.opportunity_id == opportunity]
    overlay = planned.link_lines.overlay
    select_card(planned, opportunity, qtbot)
    paths = [p for p in overlay.items if type(p).__name__ == "Path"]
    assert len(paths) == len(pains) == 2
    for pain in pains:  # the overlay's area holds both ends of each link
        for card in (opportunity, pain):
            r = planned.editor.lay.card_by_id[card].rect
            assert overlay.boundingRect().contains(QPointF(r.x + r.w / 2, r.y + r.h / 2))
    # the connector is painted: the viewport differs from the same view with an unlinked card selected
    start = paths[0].ops[0][1:]
    end = paths[0].ops[1][-2:]
    mid = planned.view.mapFromScene(QPointF((start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    linked = planned.view.viewport().grab().toImage()
    touchpoint = next(c for c in journey.cards if next(l for l in journey.lanes if l.id == c.lane_id).kind
                      == "touchpoints")
    select_card(planned, touchpoint.id, qtbot)
    assert overlay.items == []
    planned.view.centerOn(planned.view.mapToScene(planned.view.viewport().rect().center()))
    unlinked = planned.view.viewport().grab().toImage()
    differ = sum(linked.pixelColor(mid.x() + dx, mid.y() + dy) != unlinked.pixelColor(mid.x() + dx, mid.y() + dy)
                 for dx in range(-6, 7) for dy in range(-6, 7))
    assert differ > 0


def test_a_pain_point_shows_the_opportunities_that_address_it(planned, qtbot):
    journey = planned.editor.doc.journey
    pain = journey.links[0].pain_point_id
    select_card(planned, pain, qtbot)
    assert link_pairs(journey, [pain]) == [(journey.links[0].opportunity_id, pain)]
    assert len([p for p in planned.link_lines.overlay.items if type(p).__name__ == "Path"]) == 1


def render(pdf, page=0, scale=1.0):
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[page].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()


def test_export_links_prints_the_connectors_and_only_when_asked(planned_path, tmp_path):
    plain, linked = tmp_path / "plain.pdf", tmp_path / "linked.pdf"
    assert main.main(["export", str(planned_path), "--pdf", str(plain), "--paper", "a2"]) == 0
    assert main.main(["export", str(planned_path), "--pdf", str(linked), "--paper", "a2", "--links"]) == 0
    difference = ImageChops.difference(render(plain), render(linked)).getbbox()
    assert difference is not None  # something more is drawn
    from model.plain import PlainDocument
    from model.layout import layout
    with PlainDocument.open(planned_path) as doc:
        lay = layout(doc.journey)
        drawn = connectors(lay.card_by_id, link_pairs(doc.journey))
    assert len([p for p in drawn if type(p).__name__ == "Path"]) == 2
    again = tmp_path / "again.pdf"
    assert main.main(["export", str(planned_path), "--pdf", str(again), "--paper", "a2"]) == 0
    assert ImageChops.difference(render(plain), render(again)).getbbox() is None  # off by default


def test_the_export_dialog_offers_links_and_the_plans_pages(planned, qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from editor.export_dialogs import PdfExportDialog
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PdfExportDialog(planned.editor.doc, planned.editor.lay, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.links, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.plan_pages["plan"], Qt.MouseButton.LeftButton)
    options = dialog.options()
    assert options.links is True and options.pages == ("plan",)
    assert dialog.state()["pages"] == ["plan"]


def test_ranked_opportunities_and_addressed_pain_points_wear_tags_on_screen_and_in_print(planned, qtbot,
                                                                                          planned_path, tmp_path):
    from model.backlog import backlog
    journey = planned.editor.doc.journey
    ranks = {e.card.id: e.rank for e in backlog(journey) if e.rank is not None}
    texts = {t.lines.lines[0] for t in planned.link_lines.tags.items if type(t).__name__ == "Text"}
    assert {f"#{r}" for r in ranks.values()} <= texts and "addressed by 1" in texts
    # a click on a tag selects the card under it: the tags take no clicks
    card = next(iter(ranks))
    r = planned.editor.lay.card_by_id[card].rect
    click(planned.view, r.x + 12, r.y + 1)
    qtbot.waitUntil(lambda: planned.editor.scene.selected("card") == [card])
    # a new score re-ranks at once
    other = next(c for c in journey.cards if c.id not in ranks and c.id in
                 {e.card.id for e in backlog(journey)})
    planned.editor.run("Score", [Op("update_card", {"card_id": other.id, "impact": 5, "effort": 1})])
    texts = [t.lines.lines[0] for t in planned.link_lines.tags.items if type(t).__name__ == "Text"]
    assert texts.count("#1") == 1 and f"#{len(ranks) + 1}" in texts
    out = tmp_path / "poster.pdf"
    assert main.main(["export", str(planned_path), "--pdf", str(out), "--paper", "a2"]) == 0
    doc = pdfium.PdfDocument(str(out))
    try:
        printed = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    assert "addressed by 1" in printed and "#1" in printed


def test_the_tags_follow_the_cards_when_the_map_catches_up_after_the_workshop(planned, qtbot):
    """While the workshop covers the map its layout waits; the tags must move with their
    cards when it catches up, not stay where the cards were."""
    editor = planned.editor
    journey = editor.doc.journey
    tagged = next(c for c in journey.cards if c.impact is not None)
    editor.cover(True)
    editor.run("Add", [Op("add_cards", {"cards": [{"stage_id": tagged.stage_id, "lane_id": tagged.lane_id,
                                                   "position": 0, "text": "A long card " * 12}]})])
    editor.cover(False)
    box = editor.lay.card_by_id[tagged.id].rect
    tag = next(p for p in planned.link_lines.tags.items if type(p).__name__ == "Box" and abs(p.x - box.x - 8) < 0.01
               and abs(p.y + p.h / 2 - box.y) < 0.01)
    assert tag is not None


def test_alt_dragging_a_pain_point_onto_an_opportunity_links_them(planned, qtbot):
    from tests.canvas.helpers import drag
    journey = planned.editor.doc.journey
    planned.view.set_zoom(0.7)
    linked = {(k.opportunity_id, k.pain_point_id) for k in journey.links}
    kinds = {l.id: l.kind for l in journey.lanes}
    opportunity = next(c for c in journey.cards if kinds[c.lane_id] == "opportunities")
    pain = next(c for c in journey.cards if kinds[c.lane_id] == "pain_points"
                and (opportunity.id, c.id) not in linked)
    boxes = planned.editor.lay.card_by_id
    before = len(journey.links)
    drag(planned.view, centre(boxes[pain.id].rect), centre(boxes[opportunity.id].rect),
         modifiers=Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(planned.editor.doc.journey.links) == before + 1)
    assert (opportunity.id, pain.id) in {(k.opportunity_id, k.pain_point_id) for k in planned.editor.doc.journey.links}
    assert planned.editor.stack.undoText() == "Link cards"
    # the cards did not move, and no line is left on the map
    assert (planned.editor.lay.card_by_id[pain.id].stage_id, planned.editor.lay.card_by_id[pain.id].lane_id) == \
        (pain.stage_id, pain.lane_id)
    assert not [i for i in planned.editor.scene.items() if type(i).__name__ == "QGraphicsLineItem"]
    # two touchpoints: said, not linked
    touch = [c for c in journey.cards if kinds[c.lane_id] == "touchpoints"][:2]
    drag(planned.view, centre(boxes[touch[0].id].rect), centre(boxes[touch[1].id].rect),
         modifiers=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(planned.editor.doc.journey.links) == before + 1
    assert "Link an opportunity to a pain point" in planned.statusBar().currentMessage()
