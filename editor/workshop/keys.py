"""The workshop's keys and clicks, in one place, so the table in
docs/workshop.md is this file read aloud.

Typing is capture, so the workshop's own commands use keys that type nothing:
arrows, Page Up/Down (what presentation clickers send), Home, Tab, Escape,
and Ctrl+letter. `BINDINGS` lists the commands; no two share a key, and none is
a platform standard key (editor/platform_keys: Windows, macOS, X11, KDE, GNOME)
except the two in `OVERRIDES`, which the workshop takes before any text item
sees them (tests/workshop/test_keys.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from canvas.scene import Hit
from ..i18n import translate
from ..sentences import fill, local

K = Qt.Key
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
ARROWS = {K.Key_Left: (-1, 0), K.Key_Right: (1, 0), K.Key_Up: (0, -1), K.Key_Down: (0, 1)}
PREVIOUS, NEXT = (K.Key_Left, K.Key_PageUp), (K.Key_Right, K.Key_PageDown)
ENTER = (K.Key_Return, K.Key_Enter)
MODS = CTRL | ALT | SHIFT
# the session's commands: (key, modifiers) -> command (the table in docs/workshop.md)
BINDINGS = {
    (K.Key_T, CTRL): "timebox_toggle",                  # start / pause / resume; over time: end
    (K.Key_T, CTRL | SHIFT): "timebox_add_minute",
    (K.Key_M, CTRL | SHIFT): "timebox_remove_minute",   # M for minus
    (K.Key_Backspace, CTRL | SHIFT): "timebox_reset",
    (K.Key_D, CTRL): "voting",
    (K.Key_R, CTRL): "ranking",
    (K.Key_L, CTRL): "readable",
    (K.Key_0, CTRL): "whole_map",
    (K.Key_P, CTRL | SHIFT): "next_persona",          # whose feelings a -2 or +3 sets
    (K.Key_O, CTRL | SHIFT): "matrix",                # O for opportunities: the matrix on the projector
    (K.Key_I, CTRL | SHIFT): "scoring",               # I for impact (not E: IBus takes Ctrl+Shift+E for emoji)
}
# standard keys these override in the workshop, and why that is harmless there
OVERRIDES = {"Ctrl+T": "AddTab: Wayline has no tabs",
             "Ctrl+D": "Delete on X11, KDE and GNOME: no text item sees Ctrl+D in the workshop",
             "Ctrl+R": "Refresh (macOS, GNOME) and Replace (KDE): the workshop has neither"}


def command_of(event) -> str | None:
    mods = event.modifiers() & MODS
    return BINDINGS.get((event.key(), mods))


def wants(ws, event) -> bool:
    """Keys the workshop handles even when a window shortcut has the same key."""
    mods = event.modifiers()
    return bool(event.key() in ARROWS and mods & (CTRL | ALT)) or \
        command_of(event) is not None or _undo(event) is not None


def handle(ws, event) -> bool:
    """Handle one key press in workshop mode; False lets the view have it."""
    key, mods = event.key(), event.modifiers()
    drafting = bool(ws.capture.text())
    for step in (_session_key, _capture_key, _navigation_key):
        done = step(ws, event, key, mods, drafting)
        if done is not None:
            return done
    if ws.voting.active and not drafting:
        done = _voting_key(ws, event, key)
        if done is not None:
            return done
    if ws.scoring.active and not drafting:
        done = _scoring_key(ws, event)
        if done is not None:
            return done
    return _typing(ws, event)


def _session_key(ws, event, key, mods, drafting):
    if key == K.Key_Escape:
        if ws.ranking_shown:
            ws.toggle_ranking(False)
        elif ws.matrix_shown:
            ws.toggle_matrix(False)
        elif drafting:  # an empty draft is nothing to lose: Esc leaves at once
            ws.capture.cancel()
        else:
            ws.leave()
        return True
    command = command_of(event)
    if command is not None:
        _command(ws, command)
        return True
    undo = _undo(event)
    if undo is not None and not drafting:
        if not ws.editor.gestures.busy:  # not under a drag, here or in the editor's window
            (ws.editor.stack.undo if undo else ws.editor.stack.redo)()
        return True
    return None


def _command(ws, name: str) -> None:
    if name.startswith("timebox_"):
        ws.timebox_key(name[len("timebox_"):])
    elif name == "voting":
        ws.toggle_voting()
    elif name == "ranking":
        ws.toggle_ranking()
    elif name == "readable":
        ws.zoom_to_readable()
    elif name == "whole_map":
        ws.whole_map()
    elif name == "next_persona":
        ws.next_persona()
    elif name == "scoring":
        ws.toggle_scoring()
    elif name == "matrix":
        ws.toggle_matrix()


def _undo(event):
    if event.matches(QKeySequence.StandardKey.Undo):
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
        return False
    return None


def _capture_key(ws, event, key, mods, drafting):
    """Enter, Tab and modifier+arrows: commit what is typed, then move."""
    cap = ws.capture
    if key in ENTER and not mods & SHIFT and (cap.draft is not None or not ws.voting.active):
        if cap.draft is not None:
            cap.commit()
            ws.focus_moved()  # the cell grew: keep the next draft in view
        else:
            cap.start()
        return True
    move = None
    if key in (K.Key_Tab, K.Key_Backtab):
        move = (0, -1 if key == K.Key_Backtab or mods & SHIFT else 1)
    elif key in ARROWS and mods & (CTRL | ALT):
        move = ARROWS[key]
    if move is None:
        return None
    if drafting and not cap.commit():
        return True  # refused (and said why): the draft stays, nothing is lost
    cap.step_stage(move[0]) if move[0] else cap.step_lane(move[1])
    ws.focus_moved()
    return True


def _navigation_key(ws, event, key, mods, drafting):
    """Arrows and clicker keys walk the stages; typing keeps its arrows for the caret."""
    if drafting or mods & (CTRL | ALT):
        return None
    if key in PREVIOUS or key in NEXT:
        ws.capture.cancel()  # an empty draft: nothing is lost
        ws.step(-1 if key in PREVIOUS else 1)
        return True
    if key in (K.Key_Up, K.Key_Down):
        ws.capture.step_lane(-1 if key == K.Key_Up else 1)
        ws.focus_moved()
        return True
    if key == K.Key_Home:
        ws.whole_map()
        return True
    return None


def _voting_key(ws, event, key):
    """In a voting round, 1–9 give dots and − or Backspace takes one back, on the
    selected card if the room can see it; anything else (or no card) is typing,
    which starts a capture as usual. None: not a voting key."""
    text = event.text()
    digit = len(text) == 1 and text in "123456789"
    back = key in (K.Key_Minus, K.Key_Backspace, K.Key_Delete)
    if not (digit or back):
        return None
    card_id, why = ws.key_vote_target()
    if card_id is None:
        if why:
            ws.notify(local(why) + (fill(translate("Workshop", " “%1” starts a card."), text) if digit else ""))
        return None if digit or key == K.Key_Minus else True
    before = ws.voting.card(card_id).votes
    if digit:
        done = ws.voting.vote(card_id, int(text))
    else:
        done = ws.voting.unvote(card_id)
    if done:
        ws.notify(ws.voting.dots_said(card_id, before) if digit else translate("Workshop", "One dot taken back."))
    return True


def _scoring_key(ws, event):
    """In a scoring round, a digit scores the selected card if the room can see it
    (its impact, then its effort); anything else, or no card, is typing. None: not
    a scoring key."""
    text = event.text()
    if not (len(text) == 1 and text in "0123456789"):
        return None
    card_id, why = ws.key_score_target()
    if card_id is None:
        if why:
            ws.notify(local(why) + fill(translate("Workshop", " “%1” starts a card."), text))
        return None
    said = ws.scoring.key(card_id, int(text))
    if said:
        ws.notify(said)
    return True


def _typing(ws, event) -> bool:
    """A printable key starts (or goes on with) the draft in the focused cell."""
    cap = ws.capture
    if cap.draft is None:
        if not event.text() or not event.text().isprintable() or event.modifiers() & (CTRL | ALT):
            return False
        if cap.start() is None:
            return False
        ws.focus_moved()
    cap.draft.setFocus()
    ws.scene.sendEvent(cap.draft, event)
    return True


def click(ws, hit: Hit, modifiers) -> bool:
    """A press on the map: True when the workshop used it (a dot, or the capture focus)."""
    if ws.voting.active and hit.kind == "card":
        ws.scene.select("card", [hit.id])
        if modifiers & (SHIFT | CTRL):
            ws.voting.unvote(hit.id)
        else:
            ws.voting.vote(hit.id)
        return True
    if hit.kind in ("cell", "curve") and not ws.voting.active:
        ws.capture_at(hit.stage_id, hit.lane_id)
        return False  # the view still starts its rubber band and clears the selection
    return False
