"""Found walking through a workshop as a facilitator would (QA pass)."""
from PySide6.QtCore import Qt

from tests.workshop.helpers import CTRL, key


def test_a_message_for_the_room_is_centred_above_the_controls_strip(workshop, qtbot):
    """Ctrl+D's instructions ("Voting round: 3 dots each…") were drawn under the
    one-screen controls strip, and a new message kept the last one's centring."""
    window = workshop.presentation
    window.overlay.poke()                        # the facilitator just moved the mouse
    key(window.view, Qt.Key.Key_D, CTRL)
    toast = window.toast
    assert toast.isVisible() and toast.text().startswith("Voting round")
    assert toast.geometry().bottom() < window.overlay.geometry().top()
    assert abs(toast.geometry().center().x() - window.rect().center().x()) <= 1
    workshop.notify("Time is up.")               # a shorter message is centred too
    assert abs(toast.geometry().center().x() - window.rect().center().x()) <= 1
    assert toast.geometry().bottom() < window.overlay.geometry().top()
