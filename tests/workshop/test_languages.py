"""Workshop mode in German: the projector, the presenter view and the one-screen
overlay, their buttons, chips, boards and the sentences said to the room, walked
like the main window (tests/editor/test_languages.py), after real keys: a stage,
the time box, a voting round with dots given, the top N, a capture."""
from PySide6.QtCore import Qt

from tests.editor.test_languages import ALLOWED, NOT_YET, language, same_in_german, visible_texts  # noqa: F401

from ..canvas.helpers import centre, click
from .helpers import CTRL, SHIFT, key, lane, type_line


def content(ws) -> list[str]:
    """The map's own words (names, card texts, the notes): the user's, not the interface's."""
    j = ws.editor.doc.journey
    words = [s.name for s in j.stages] + [l.name for l in j.lanes] + [c.text for c in j.cards]
    words += [j.title, j.scenario, j.notes.strip()]
    return sorted((w for w in words if w), key=len, reverse=True)


def interface_texts(ws, texts: set[str]) -> set[str]:
    """`texts` without the map's words in them ("1 / 6   Awareness" is a caption of content)."""
    out = set()
    for text in texts:
        for word in content(ws):
            text = text.replace(word, "")
        if any(c.isalpha() for c in text):
            out.add(text.strip())
    return out


def run_a_session(make_workshop, screens: int) -> set[str]:
    """Everything the room and the facilitator see and are told in one short session."""
    ws = make_workshop(screens=screens)
    said = []
    ws.message.connect(said.append)
    windows = [w for w in (ws.presentation, ws.presenter) if w is not None]
    view = ws.presentation.view
    texts = set()
    key(view, Qt.Key.Key_Right)                         # a stage in the spotlight
    key(view, Qt.Key.Key_T, CTRL)                       # the time box runs
    key(view, Qt.Key.Key_T, CTRL)                       # ... and pauses
    key(view, Qt.Key.Key_T, CTRL | SHIFT)               # a minute more: said to the facilitator
    texts |= {t for w in windows for t in visible_texts(w)}
    key(view, Qt.Key.Key_D, CTRL)                       # a voting round
    pain = next(c for c in ws.lay.cards if c.lane_id == lane(ws.lay, "pain_points").id)
    ws.spotlight(pain.stage_id, animate=False)
    click(view, *centre(pain.rect))                     # a dot
    click(view, *centre(pain.rect))                     # and another
    key(view, Qt.Key.Key_2)                             # two more with a number key: said
    texts |= {t for w in windows for t in visible_texts(w)} | {ws.editor.stack.undoText()}
    key(view, Qt.Key.Key_R, CTRL)                       # the top N
    texts |= {t for w in windows for t in visible_texts(w)}
    key(view, Qt.Key.Key_R, CTRL)
    key(view, Qt.Key.Key_D, CTRL)                       # the round ends
    type_line(view, "! Zu viele Formulare")             # a pain point captured
    texts |= {ws.editor.stack.undoText()}
    type_line(view, "+3 erleichtert")                   # the stage's feeling
    texts |= {ws.editor.stack.undoText()}
    texts |= {t for w in windows for t in visible_texts(w)} | set(said)
    assert ws.editor.doc.journey.cards and len(said) >= 4  # the keys did reach the session
    texts = interface_texts(ws, texts)
    ws.leave()
    return texts


def test_no_text_of_workshop_mode_is_left_in_english(language, make_workshop):  # noqa: F811
    language("en_GB")
    english = run_a_session(make_workshop, 2) | run_a_session(make_workshop, 1)
    language("de_DE")
    german = run_a_session(make_workshop, 2) | run_a_session(make_workshop, 1)
    assert {"Abstimmung beenden", "Punktabfrage", "Timebox"} <= german  # the walk saw the controls
    assert any(t.startswith("←/→ Phase · Pos1 ganze Karte") for t in german)  # the overlay's hints
    assert "Schmerzpunkt erfassen" in german and "Gefühl erfassen" in german  # capture's undo steps
    left = german & english - same_in_german() - ALLOWED - NOT_YET
    assert not left, f"left in English: {sorted(left)}"
