"""Legibility: the check, its indicator in the presenter view, and the fix."""
from editor.workshop import legibility
from model.layout import Rect


def test_too_small_counts_only_cards_on_screen(workshop):
    cards = workshop.lay.cards
    everything = Rect(-1e6, -1e6, 2e6, 2e6)
    size = workshop.theme.card_text
    assert len(legibility.too_small(cards, everything, 23.9 / size)) == \
        len([c for c in cards if c.text.lines and c.text.size * 23.9 / size < 24])
    assert legibility.too_small(cards, everything, 24.0 / size) == []
    assert legibility.too_small(cards, Rect(-500, -500, 10, 10), 0.1) == []
    assert legibility.readable_zoom(cards, device_ratio=2.0) == 12.0 / size


def test_presenter_view_shows_the_check_and_fixes_it(make_workshop):
    ws = make_workshop(screens=2)
    panel = ws.presenter.panel
    assert "readable" in panel.legible.text() and not panel.readable.isEnabled()
    ws.whole_map()
    assert "too small" in panel.legible.text() and panel.readable.isEnabled()
    panel.readable.click()
    ws.projector_view.camera.finish()
    assert ws.unreadable() == [] and "Every card" in panel.legible.text()
