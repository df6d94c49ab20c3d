"""Where a new layout's background differs from the one shown: the rectangles a
view's cached background must draw again after an edit (`MapScene.show`), so a
row that grows redraws from that row down and an unchanged map redraws nothing.
Pure geometry on two layouts (no Qt).
"""
from __future__ import annotations

from model.layout import Layout, Rect


def changed_background(old: Layout, new: Layout, overview: bool) -> list[Rect]:
    """Where the background of `new` differs from `old`'s, as rectangles: all of it
    when a stage column moved or changed colour, else the title, the persona strip, every row from the first that grew or moved down, the emotion lanes whose
    curves changed, and (zoomed far out, where it draws cards) the re-stacked cells."""
    if old.width != new.width or [(s.id, s.column, s.colour) for s in old.stages] != \
            [(s.id, s.column, s.colour) for s in new.stages]:
        return [Rect(0, 0, max(old.width, new.width), max(old.height, new.height))]  # columns moved
    out = []
    if old.title != new.title:
        out.append(Rect(0, 0, new.width, new.title.y + new.title.height + 8))
    if (old.persona, old.persona_photo, old.persona_lines, old.legend) != \
            (new.persona, new.persona_photo, new.persona_lines, new.legend):
        out.append(new.persona or old.persona)
    rows = [(lane.row.y, lane.row.h) for lane in new.lanes]
    moved = [y for (y, h), before in zip(rows, [(lane.row.y, lane.row.h) for lane in old.lanes])
             if (y, h) != before]
    if moved or len(old.lanes) != len(new.lanes) or old.height != new.height:
        top = min(moved) if moved else 0.0
        out.append(Rect(0, top, new.width, max(old.height, new.height) - top))
    before = {box.lane_id: box for box in old.emotions}
    for box in new.emotions:
        if before.get(box.lane_id) != box:
            row = next(lane.row for lane in new.lanes if lane.id == box.lane_id)
            out.append(row)
    if overview:
        for cell in new.restacked or ():
            for lay in (old, new):
                for card in lay.cell_cards.get(cell, ()):
                    out.append(card.rect)
    return out
