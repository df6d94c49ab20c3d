"""Finding text in a journey: case and accents ignored, reading order."""
from model.operations import Op
from model.search import find, fold


def test_fold_ignores_case_and_accents():
    assert fold("Café CRÈME") == fold("cafe creme")
    assert fold("Straße") == fold("STRASSE")
    assert fold("ｆｕｌｌ") == "full"  # full-width letters typed on a CJK keyboard


def test_find_covers_every_text_in_reading_order(sample_doc):
    doc = sample_doc
    j = doc.journey
    first, second = j.stages[0], j.stages[1]
    lane = next(l for l in j.lanes if l.kind != "emotions")
    doc.apply(Op("add_cards", {"cards": [{"stage_id": second.id, "lane_id": lane.id, "text": "Zebra later"},
                                         {"stage_id": first.id, "lane_id": lane.id, "text": "zébra first"}]}))
    doc.apply(Op("update_stage", {"stage_id": second.id, "name": "Zebra crossing"}))
    doc.apply(Op("update_persona", {"persona_id": j.personas[0].id, "quote": "I hate zebras"}))
    doc.apply(Op("update_lane", {"lane_id": lane.id, "name": "Zebra lane"}))
    found = find(j, "  ZEBRA ")
    texts = [(m.kind, m.field) for m in found]
    assert texts == [("persona", "quote"), ("card", "text"), ("stage", "name"), ("card", "text"),
                     ("lane", "name")]
    cards = [m.id for m in found if m.kind == "card"]
    by_id = {c.id: c for c in j.cards}
    assert [by_id[i].text for i in cards] == ["zébra first", "Zebra later"]


def test_nothing_is_found_for_blank_or_absent_text(sample_doc):
    assert find(sample_doc.journey, "   ") == []
    assert find(sample_doc.journey, "no such words anywhere 1234") == []
