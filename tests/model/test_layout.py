"""The pure layout: no Qt, no overlaps, nothing clipped, hit tests agree."""
import sys

from model import text
from model.layout import feeling_at, feeling_y, layout


def test_the_model_never_loads_qt(sample_path):
    """Run the whole model in a fresh interpreter and look at what got imported."""
    import subprocess
    from pathlib import Path
    code = ("import sys; from model.document import Document; from model.layout import layout; "
            f"d = Document.open({str(sample_path)!r}); layout(d.journey); d.close(); "
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('PySide6', 'shiboken'))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_cards_stay_inside_their_cells_and_never_overlap(sample_doc):
    lay = layout(sample_doc.journey)
    assert len(lay.cards) == 48  # the sample: 46 cards, and 2 for its second persona
    for card in lay.cards:
        cell = lay.cells[(card.stage_id, card.lane_id)]
        r = card.rect
        assert cell.x <= r.x and r.right <= cell.right and cell.y <= r.y and r.bottom <= cell.bottom
    by_cell = {}
    for card in lay.cards:
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card.rect)
    for rects in by_cell.values():
        rects.sort(key=lambda r: r.y)
        assert all(a.bottom <= b.y for a, b in zip(rects, rects[1:]))


def test_every_text_line_fits_its_card(sample_doc):
    lay = layout(sample_doc.journey)
    for card in lay.cards:
        for line in card.text.lines:
            assert card.text.x + text.measure(line, card.text.size, card.text.bold) <= card.rect.right
        assert card.text.y + card.text.height <= card.rect.bottom


def test_rows_grow_to_fit_a_tall_cell(sample_doc):
    from model.operations import Op
    j = sample_doc.journey
    lane = j.lanes[0]
    before = layout(j).lanes[0].row.h
    sample_doc.apply(Op("add_cards", {"cards": [{"stage_id": j.stages[0].id, "lane_id": lane.id,
                                                 "text": "word " * 200}]}))
    lay = layout(j)
    assert lay.lanes[0].row.h > before + 100
    assert lay.lanes[1].row.y == lay.lanes[0].row.bottom


def test_hit_tests_find_the_cell_and_the_gap(sample_doc):
    lay = layout(sample_doc.journey)
    card = lay.cards[1]
    cell = lay.cells[(card.stage_id, card.lane_id)]
    assert lay.cell_at(cell.x + 5, cell.y + 5) == (card.stage_id, card.lane_id)
    assert lay.cell_at(-10, cell.y) is None
    assert lay.drop_index(card.stage_id, card.lane_id, card.rect.y + 1) == card.index
    assert lay.drop_index(card.stage_id, card.lane_id, card.rect.bottom - 1) == card.index + 1


def test_markers_sit_at_their_feeling_and_the_curve_passes_through_them(sample_doc):
    lay = layout(sample_doc.journey)
    box = lay.emotions[0]
    for marker in lay.markers:
        assert abs(marker.y - feeling_y(box, marker.feeling)) < 1e-9
        assert abs(feeling_at(box, marker.y) - marker.feeling) < 1e-9
    # one curve per persona (and per state), each through its own markers only
    assert {(c.persona_id, c.target) for c in box.curves} == {(m.persona_id, m.target) for m in lay.markers}
    assert len(sample_doc.journey.personas) >= 2 and len(box.curves) >= 2
    for curve in box.curves:
        points = {seg[0] for seg in curve.segments} | {seg[3] for seg in curve.segments}
        own = [m for m in lay.markers if (m.persona_id, m.target) == (curve.persona_id, curve.target)]
        assert points == {(m.x, m.y) for m in own}
        assert all(m.look == curve.look for m in own)
        persona = next(p for p in sample_doc.journey.personas if p.id == curve.persona_id)
        assert (curve.look.colour, curve.look.line, curve.look.shape) == (persona.colour, persona.line, persona.shape)
    assert [c.persona_id for c in box.curves if not c.target] == \
        [p.id for p in sample_doc.journey.personas if any(m.persona_id == p.id for m in lay.markers)]


def test_wrap_breaks_long_words_and_keeps_every_character():
    s = "Supercalifragilisticexpialidocious and 日本語のテキスト 👨‍👩‍👧"
    lines = text.wrap(s, 60, 11)
    assert "".join(lines).replace(" ", "") == s.replace(" ", "")
    assert all(text.measure(line, 11) <= 60 for line in lines if len(line) > 1)
    assert not any(line.endswith("\u200d") for line in lines)


def test_a_cached_layout_equals_a_fresh_one_after_every_edit(sample_doc):
    """The stack cache may only save work, never show a stale card."""
    import random
    from model.layout import StackCache
    from model.operations import Op
    j = sample_doc.journey
    cache = StackCache()
    rng = random.Random(5)
    lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    for i in range(60):
        card = rng.choice(j.cards)
        op = rng.choice([
            Op("update_card", {"card_id": card.id, "text": "word " * rng.randrange(1, 30)}),
            Op("move_cards", {"card_ids": [card.id], "stage_id": rng.choice(j.stages).id,
                              "lane_id": rng.choice(lanes).id, "index": rng.randrange(3)}),
            Op("move_stage", {"stage_id": rng.choice(j.stages).id, "index": rng.randrange(6)}),
            Op("update_stage", {"stage_id": rng.choice(j.stages).id, "width": rng.uniform(150, 400)}),
            Op("update_card", {"card_id": card.id, "votes": rng.randrange(4)}),
        ])
        sample_doc.apply(op)
        cached, fresh = layout(j, cache=cache), layout(j)
        assert cached.cards == fresh.cards and cached.lanes == fresh.lanes and cached.cells == fresh.cells


def test_editing_a_returned_layout_never_reaches_the_cache(sample_doc):
    from model.layout import StackCache
    j = sample_doc.journey
    cache = StackCache()
    first = layout(j, cache=cache)
    for stack in first.cell_cards.values():
        stack.clear()  # e.g. the workshop hides its draft card from hit tests
    again = layout(j, cache=cache)
    assert again.cell_cards == layout(j).cell_cards and len(again.cards) == 48
