"""One change record per step: the records of a step's operations merged, shown once.

A step is what the user sees as one edit: a gesture's operations, an undo or a
redo of them, a workshop capture with its emptied draft. `Steps` collects the
records (`model.changes.Changes`) of the operations applied inside one, gives
them the outermost step's origin ("editor", "panel", "workshop", "undo"), and
hands the merged record to `show` once the step ends, so the canvas lays out
once and every view hears of the step once.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from typing import Callable

from model.changes import Changes


class Steps:
    def __init__(self, show: Callable[[Changes], None]):
        self.show = show
        self.pending: Changes | None = None  # the record of the step under way
        self.origins: list[str] = []         # of the steps under way, outermost first

    @property
    def inside(self) -> bool:
        return bool(self.origins)

    @contextmanager
    def step(self, origin: str):
        """Operations applied inside are one step, shown when the outermost step ends."""
        self.origins.append(origin)
        try:
            yield
        finally:
            self.origins.pop()
            if not self.origins:
                self.flush()

    @contextmanager
    def held(self, origin: str):
        """Like `step`, but shown only at the next `flush` (an undo: QUndoStack says
        when all its operations are done)."""
        self.origins.append(origin)
        try:
            yield
        finally:
            self.origins.pop()

    def note(self, record: Changes) -> None:
        """An operation's record: part of the step under way, or a step of its own."""
        record = replace(record, origin=self.origins[0] if self.origins else "editor")
        self.pending = record if self.pending is None else self.pending.merged(record)
        if not self.origins:
            self.flush()

    def flush(self) -> None:
        record, self.pending = self.pending, None
        if record is not None:
            self.show(record)
