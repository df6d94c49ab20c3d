"""An operation as named data: `Op("move_cards", {...})`. Kept apart from
`operations` (which needs the ORM entities) so that code which only plans
operations — an import's dry run, a tracker's CSV read back — runs without
SQLAlchemy, as the read-only commands do."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Op:
    name: str
    args: dict = field(default_factory=dict)
