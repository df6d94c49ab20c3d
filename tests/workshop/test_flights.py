"""Issue 18 items 2 and 5: a flight does not check legibility at every frame, it is
drawn (the map shows mid-flight, not a blank screen), and in a cell taller than the
screen the draft, then the card it became, stay on screen."""
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from editor.workshop import legibility
from editor.workshop.spotlight import Camera

from .helpers import key, on_screen, type_line


def test_a_flight_checks_legibility_once_as_it_lands_not_every_frame(workshop, monkeypatch, qtbot):
    monkeypatch.setattr(Camera, "DURATION_MS", 300)
    view = workshop.presentation.view
    panel = workshop.presentation.overlay.panel
    workshop.spotlight(None, animate=False)
    assert "too small" in panel.legible.text()              # the whole map is unreadable
    checks, frames = [], []
    real = legibility.too_small
    monkeypatch.setattr(legibility, "too_small", lambda *a, **k: checks.append(1) or real(*a, **k))
    view.camera.animation.valueChanged.connect(frames.append)
    key(view, Qt.Key.Key_Right)                              # the whole map -> stage 1, flown
    assert view.camera.flying()
    qtbot.waitUntil(lambda: not view.camera.flying(), timeout=3000)
    qtbot.waitUntil(lambda: "Every card" in panel.legible.text(), timeout=1000)
    assert len(frames) >= 4                                  # it did fly, frame by frame
    assert len(checks) == 1                                  # and checked once, on landing


def test_mid_flight_the_projector_shows_the_map(workshop, monkeypatch, qtbot):
    monkeypatch.setattr(Camera, "DURATION_MS", 400)
    view = workshop.presentation.view
    workshop.spotlight(None, animate=False)
    key(view, Qt.Key.Key_Right)
    view.camera.animation.pause()                            # held mid-way, painted from the pictures
    for ms in (100, 200):                                    # the pictures: one a tick
        view.camera.animation.setCurrentTime(ms)
    assert view.camera.flying() and len(view.camera.pictures.shots) == 2
    image = view.viewport().grab().toImage()
    background = QColor(workshop.theme.background).rgb()
    step = 16
    painted = sum(image.pixel(x, y) != background
                  for x in range(0, image.width(), step) for y in range(0, image.height(), step))
    assert painted > 0.3 * (image.width() // step) * (image.height() // step)
    # where the landing picture shows, it is the map as it will be: a spotlit card is there
    card = next(c for c in workshop.lay.cards if c.stage_id == workshop.stage_id)
    middle = view.mapFromScene(QPointF(card.rect.x + card.rect.w / 2, card.rect.y + 3))
    assert QColor(image.pixel(middle)).rgb() != background
    view.camera.finish()
    assert not view.camera.flying() and not view.camera.pictures.shots


def shown(view) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def inside(view, rect) -> bool:
    return shown(view).contains(QRectF(rect.x, rect.y, rect.w, rect.h))


def test_in_a_cell_taller_than_the_screen_the_draft_then_its_card_stay_on_screen(make_workshop):
    ws = make_workshop(size=(960, 540))
    view = ws.presentation.view
    cell = ws.capture.cell
    for i in range(12):
        type_line(view, f"Note {i} from the room, long enough to take two lines")
    assert ws.lay.cells[cell].h * view.zoom() > view.viewport().height()  # taller than the screen
    QTest.keyClicks(view.viewport(), "The draft at the foot")
    view.camera.finish()
    draft = ws.capture.draft_rect()
    assert inside(view, draft) and on_screen(ws, draft)
    key(view, Qt.Key.Key_Return)
    view.camera.finish()
    new = ws.lay.cell_cards[cell][-1]
    assert next(c.text for c in ws.editor.doc.journey.cards if c.id == new.id) == "The draft at the foot"
    assert inside(view, new.rect) and on_screen(ws, new.rect)

