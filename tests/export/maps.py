"""Small maps for the export tests, built through the model's own operations."""
from __future__ import annotations

from model.document import Document
from model.operations import Op

SCRIPTS = {
    "cyrillic": "Покупатель сравнивает цены доставки",
    "greek": "Ο πελάτης συγκρίνει τιμές",
    "cjk": "顾客比较送货价格",
    "arabic": "العميل يقارن أسعار التوصيل",
    "hebrew": "הלקוח משווה מחירי משלוח",
    "emoji": "Happy 😀 family 👨‍👩‍👧 flag 🇫🇷",
    "accents": "Crème brûlée, Zoë, naïve — e\u0301 combining",
}


def make_map(path, texts, stage=0, lane=0, **extra) -> Document:
    """A blank map with `texts` as cards in one cell (stage and lane by index)."""
    doc = Document.create(path, "blank")
    j = doc.journey
    cards = [{"stage_id": j.stages[stage].id, "lane_id": j.lanes[lane].id, "text": t, **extra}
             for t in texts]
    doc.apply(Op("add_cards", {"cards": cards}))
    return doc


def big_map(path, n: int) -> Document:
    """n cards spread over every card lane and stage of the blank template."""
    doc = Document.create(path, "blank")
    j = doc.journey
    lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    cards = []
    for i in range(n):
        s, lane = j.stages[i % len(j.stages)], lanes[(i // len(j.stages)) % len(lanes)]
        cards.append({"stage_id": s.id, "lane_id": lane.id,
                      "text": f"Card {i}: the customer checks the delivery slot again",
                      "channel": "web" if lane.kind == "touchpoints" else None, "votes": i % 4})
    doc.apply(Op("add_cards", {"cards": cards}))
    return doc
