"""The values a map's rows may hold, named once, with no storage behind them.

Lane kinds, touchpoint channels, the feeling scale, action items' statuses and a
row's identity are
read by the ORM entities, the rules, the validation and the plain reader
(`plain.py`) alike. They live here, not in `entities`, so that a read-only
command (`export`, `info`) can check and draw a map without importing
SQLAlchemy: its import alone costs more than the whole PDF a command line writes.
"""
from __future__ import annotations

import uuid as _uuid

from .lanes import KEYS

LANE_KINDS = KEYS
CHANNELS = ("web", "app", "email", "phone", "store", "social", "chat", "mail", "other")
FEELING_MIN, FEELING_MAX = -3.0, 3.0
ACTION_STATUSES = ("not_started", "in_progress", "done", "dropped")  # an action item's, in their order


def new_uuid() -> str:
    """A row's identity: a canonical uuid4 string, given once and never changed."""
    return str(_uuid.uuid4())
