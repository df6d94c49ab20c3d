"""Which curve a new emotion marker goes on, said in words: the chosen persona's
felt curve (how it is today) or its target curve (the future state, drawn
fainter). The choice is a view, kept on `MapEditor.marker_target`; the Persona
panel sets it and the status bar says it, when chosen and after each marker, so
a facilitator always knows whose curve and which one a double-click feeds.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from canvas.words import fill

from .i18n import translate

ADD_FELT = QT_TRANSLATE_NOOP("Steps", "Add emotion marker")
ADD_TARGET = QT_TRANSLATE_NOOP("Steps", "Add target marker")

# (felt, target) for a persona by name, then for a map without personas
GOES = ((QT_TRANSLATE_NOOP("Status", "New markers go on %1's felt curve (today)."),
         QT_TRANSLATE_NOOP("Status", "New markers go on %1's target curve (the future state).")),
        (QT_TRANSLATE_NOOP("Status", "New markers go on the felt curve (today)."),
         QT_TRANSLATE_NOOP("Status", "New markers go on the target curve (the future state).")))
ADDED = ((QT_TRANSLATE_NOOP("Status", "Marker added to %1's felt curve."),
          QT_TRANSLATE_NOOP("Status", "Marker added to %1's target curve (the future state).")),
         (QT_TRANSLATE_NOOP("Status", "Marker added to the felt curve."),
          QT_TRANSLATE_NOOP("Status", "Marker added to the target curve (the future state).")))


def step_name(target: bool) -> str:
    return translate("Steps", ADD_TARGET if target else ADD_FELT)


def _said(table, name: str | None, target: bool) -> str:
    text = table[0 if name else 1][int(bool(target))]
    return fill(translate("Status", text), name) if name else translate("Status", text)


def goes(name: str | None, target: bool) -> str:
    """Where the next new marker goes (`name`: the chosen persona's, None: no persona)."""
    return _said(GOES, name, target)


def added(name: str | None, target: bool) -> str:
    """Where the marker just added went."""
    return _said(ADDED, name, target)
