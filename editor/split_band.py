"""View ▸ Split Band: mark the stages where the shown personas' felt curves
differ by 2 points or more (`model.persona_split`). A view option, like which
personas show (`PersonaView.split`): remembered in the settings, so it is on
again next time, and never written to the map. The workshop and the exports
take the editor's view, so they show the band too (the export dialog may turn
it off for one poster; `wayline export --split-band` asks for it).
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings

KEY = "view/split_band"


def remembered() -> bool:
    """Whether the band was on when last chosen (off by default)."""
    value = QSettings("Wayline", "Wayline").value(KEY, False)
    return value is True or str(value).lower() == "true"


def show(editor, on: bool, remember: bool = False) -> None:
    """Turn the band on or off in this editor's view (every view lays out again)."""
    editor.show_personas(dataclasses.replace(editor.persona_view, split=bool(on)))
    if remember:
        QSettings("Wayline", "Wayline").setValue(KEY, bool(on))
