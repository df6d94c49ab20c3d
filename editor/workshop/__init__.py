"""Workshop mode: run a journey-mapping session on a projector (see docs/workshop.md).

`Workshop(editor).enter()` starts it for a `MapEditor`; Esc (or `leave()`) ends it.
"""
from .session import Workshop, choose_screens

__all__ = ["Workshop", "choose_screens"]
