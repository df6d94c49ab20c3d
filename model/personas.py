"""A persona's look: the colour, line pattern and marker shape its emotion
curve is drawn with, and how many personas a map may hold. No Qt.

Six default looks differ in colour AND line AND shape: the colours are the
Okabe–Ito palette (told apart by colour-blind readers), and the line and
shape tell the curves apart on a black-and-white print.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

LINES = ("solid", "dashed", "dotted", "dashdot")
SHAPES = ("circle", "square", "triangle", "diamond", "cross", "star")
MAX_PERSONAS = 6  # more curves over one lane cannot be read (UXPressia stops at 5)

# lower case, as `rules.colour` stores every colour
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
# two curves of the same line pattern (4 patterns, 6 looks) still differ in
# colour and shape, and the pairs that share one are far apart in the order
_LOOKS = tuple(zip(PALETTE, ("solid", "dashed", "dotted", "dashdot", "dashed", "dotted"), SHAPES))


def look_for(index: int) -> tuple[str, str, str]:
    """(colour, line, shape) of the persona at `index`, cycling past six."""
    return _LOOKS[int(index) % len(_LOOKS)]


def first_unused(used: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """The first default look no persona has yet (by colour): a new persona
    never borrows another's colour while one is free."""
    taken = {colour.lower() for colour, _, _ in used}
    for look in _LOOKS:
        if look[0].lower() not in taken:
            return look
    return look_for(len(used))


def chosen_or_first(journey, persona_id: int | None) -> int | None:
    """The persona asked for if the map has it, else its first (None: the map has none)."""
    ids = [p.id for p in journey.personas]
    return persona_id if persona_id in ids else (ids[0] if ids else None)


@dataclass(frozen=True)
class PersonaView:
    """Which personas a view shows: a view, not an edit (the file does not change).
    Hidden personas' curves and markers are not drawn, nor named in the header; with
    a `focus`, every other shown persona is drawn dimmed. The editor keeps one, the
    workshop uses the editor's, an export takes one (`wayline export --persona`).
    `split`: mark the stages where shown personas' curves part (`model.persona_split`),
    a View menu option remembered in the settings, never in the file."""
    hidden: frozenset = frozenset()
    focus: int | None = None
    split: bool = False

    def shows(self, persona_id: int | None) -> bool:
        return persona_id not in self.hidden

    def dims(self, persona_id: int | None) -> bool:
        return self.focus is not None and persona_id != self.focus

    @staticmethod
    def only(persona_id: int, every: list[int]) -> "PersonaView":
        """Just this persona shown (a poster for one persona)."""
        return PersonaView(frozenset(i for i in every if i != persona_id))

    def showing(self, hidden, focus) -> "PersonaView":
        """The same view (its split band too) with other personas hidden or in focus."""
        return dataclasses.replace(self, hidden=frozenset(hidden), focus=focus)


EVERYONE = PersonaView()
