"""The workshop's keys and clicks, in one place, so the table in
docs/workshop.md is this file read aloud.

Typing is capture, so the workshop's own commands use keys that type nothing:
arrows, Page Up/Down (what presentation clickers send), Home, Tab, Escape,
and Ctrl+letter.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from canvas.scene import Hit

K = Qt.Key
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
ARROWS = {K.Key_Left: (-1, 0), K.Key_Right: (1, 0), K.Key_Up: (0, -1), K.Key_Down: (0, 1)}
PREVIOUS, NEXT = (K.Key_Left, K.Key_PageUp), (K.Key_Right, K.Key_PageDown)
ENTER = (K.Key_Return, K.Key_Enter)
# Ctrl+letter commands; Ctrl+Shift+T adds a minute
COMMANDS = {K.Key_T: "timebox", K.Key_D: "voting", K.Key_R: "ranking", K.Key_L: "readable",
            K.Key_0: "whole_map"}


def wants(ws, event) -> bool:
    """Keys the workshop handles even when a window shortcut has the same key."""
    mods = event.modifiers()
    return bool(event.key() in ARROWS and mods & (CTRL | ALT)) or \
        bool(mods & CTRL and event.key() in COMMANDS) or _undo(event) is not None


def handle(ws, event) -> bool:
    """Handle one key press in workshop mode; False lets the view have it."""
    key, mods = event.key(), event.modifiers()
    drafting = bool(ws.capture.text())
    for step in (_session_key, _capture_key, _navigation_key):
        done = step(ws, event, key, mods, drafting)
        if done is not None:
            return done
    if ws.voting.active:
        return _voting_key(ws, event, key)
    return _typing(ws, event)


def _session_key(ws, event, key, mods, drafting):
    if key == K.Key_Escape:
        if ws.ranking_shown:
            ws.toggle_ranking(False)
        elif drafting:  # an empty draft is nothing to lose: Esc leaves at once
            ws.capture.cancel()
        else:
            ws.leave()
        return True
    if mods & CTRL and key in COMMANDS:
        _command(ws, COMMANDS[key], bool(mods & SHIFT))
        return True
    undo = _undo(event)
    if undo is not None and not drafting:
        (ws.editor.stack.undo if undo else ws.editor.stack.redo)()
        return True
    return None


def _command(ws, name: str, shifted: bool) -> None:
    if name == "timebox":
        ws.timebox.add_minute() if shifted else ws.timebox.toggle()
    elif name == "voting":
        ws.toggle_voting()
    elif name == "ranking":
        ws.toggle_ranking()
    elif name == "readable":
        ws.zoom_to_readable()
    elif name == "whole_map":
        ws.whole_map()


def _undo(event):
    if event.matches(QKeySequence.StandardKey.Undo):
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
        return False
    return None


def _capture_key(ws, event, key, mods, drafting):
    """Enter, Tab and modifier+arrows: commit what is typed, then move."""
    cap = ws.capture
    if key in ENTER and not mods & SHIFT and not ws.voting.active:
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


def _voting_key(ws, event, key) -> bool:
    cards = ws.scene.selected("card")
    text = event.text()
    if not cards:
        return text.isdigit() or key in (K.Key_Minus, K.Key_Backspace)
    if text.isdigit() and text != "0":
        ws.voting.vote(cards[-1], int(text))
        return True
    if key in (K.Key_Minus, K.Key_Backspace, K.Key_Delete):
        ws.voting.unvote(cards[-1])
        return True
    return False


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
    if hit.kind in ("cell", "emotions") and not ws.voting.active:
        ws.capture_at(hit.stage_id, hit.lane_id)
        return False  # the view still starts its rubber band and clears the selection
    return False
