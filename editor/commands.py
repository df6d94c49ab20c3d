"""Undo commands: plain model operations, never item references.

An `EditCommand` is one undo step holding one or more (redo op, undo op)
pairs. The editor applies the operations before pushing (so a refusal never
reaches the stack), hence the first `redo()` does nothing. Each later
`redo`/`undo` applies the ops and keeps the inverse each one returns, so ids
re-created by an undo are the ids the next redo finds.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from model.errors import JourneyError
from model.operations import Change, Op

Apply = Callable[[Op], Change]


def apply_all(apply: Apply, ops: list[Op]) -> list[Change]:
    """Apply ops in order; if one is refused, undo the ones before it and re-raise."""
    done: list[Change] = []
    try:
        for op in ops:
            done.append(apply(op))
    except JourneyError:
        for change in reversed(done):
            apply(change.undo)
        raise
    return done


MERGE_ID = 1  # Qt merges consecutive commands with the same id; ours compare `merge` keys too


class EditCommand(QUndoCommand):
    def __init__(self, text: str, changes: list[Change], apply: Apply,
                 report: Callable[[str], None], merge: object = None):
        super().__init__(text)
        self.apply = apply
        self.report = report
        self.steps = [(c.op, c.undo) for c in changes]
        self.pending_first_redo = True
        self.merge = merge  # e.g. ("persona", id, "goals"): typing in one field is one step

    def id(self) -> int:
        return MERGE_ID if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """A later edit of the same field joins this step: its redo, our undo."""
        if not isinstance(other, EditCommand) or other.merge != self.merge \
                or len(self.steps) != 1 or len(other.steps) != 1:
            return False
        self.steps = [(other.steps[0][0], self.steps[0][1])]
        return True

    def redo(self) -> None:
        if self.pending_first_redo:
            self.pending_first_redo = False
            return
        self._run([op for op, _ in self.steps], forward=True)

    def undo(self) -> None:
        self._run([undo for _, undo in reversed(self.steps)], forward=False)

    def _run(self, ops: list[Op], forward: bool) -> None:
        try:
            changes = apply_all(self.apply, ops)
        except JourneyError as e:
            # the map is as it was; this step can no longer be replayed, so drop it
            self.setObsolete(True)
            self.report(e.message)
            return
        if forward:
            self.steps = [(c.op, c.undo) for c in changes]
        else:
            self.steps = [(c.undo, c.op) for c in reversed(changes)]
