"""Undo commands: plain model operations, never item references.

An `EditCommand` is one undo step holding one or more (redo op, undo op)
pairs. It is made from the ops alone and applies them in `redo()`, the first
time too: the editor pushes it and Qt runs it. An edit the model refuses marks
itself obsolete in that first `redo()`, so `QUndoStack.push` deletes it and it
never reaches the stack; the sentence goes to `report`, the map is unchanged.
Each `redo`/`undo` keeps the inverse every op returns, so ids re-created by an
undo are the ids the next redo finds.

Steps join the Qt way, in `mergeWith`: typing in one field is one step (the same
`merge` key: the later redo, the first undo), and a step can wait for one
follow-up (`opens`), e.g. "Add card" for the card's first words, which it then
takes in whole; a follow-up that `withdraws` the step (the new card left empty)
leaves it obsolete, and Qt removes it from the stack.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QUndoCommand

from model.errors import JourneyError
from model.op import Op

if TYPE_CHECKING:  # the editor's first frame loads no SQLAlchemy (issue 18)
    from model.operations import Change

Apply = Callable[[Op], "Change"]


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


MERGE_ID = 1  # Qt merges consecutive commands with the same id; ours compare keys too


class EditCommand(QUndoCommand):
    """One undo step. After `push`, `changes` holds what the first redo did (the
    new ids of an add), or None when it was refused."""

    def __init__(self, text: str, ops: list[Op], apply: Apply, report: Callable[[str], None],
                 merge: object = None, opens: Callable[[list[Change]], object] | None = None,
                 withdraws: bool = False):
        super().__init__(text)
        self.apply = apply
        self.report = report
        self.steps: list[tuple[Op, Op | None]] = [(op, None) for op in ops]
        self.changes: list[Change] | None = None
        self.merge = merge  # e.g. ("persona", id, "goals"): typing in one field is one step
        self.opens_with = opens  # the key of the one follow-up this step takes in, from its changes
        self.opens: object = None
        self.withdraws = withdraws  # a follow-up that takes back what the step it joins did

    def id(self) -> int:
        return MERGE_ID if self.merge is not None or self.opens is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # push offers even a command that its own redo made obsolete: never take one in
        if not isinstance(other, EditCommand) or other.isObsolete() or other.merge is None:
            return False
        if other.merge == self.opens:  # the follow-up this step waits for: both, as one
            self.steps += other.steps
            self.opens = None
            if other.withdraws:  # together they do nothing: Qt drops the step, no Redo either
                self.setObsolete(True)
            return True
        if other.merge != self.merge or len(self.steps) != 1 or len(other.steps) != 1:
            return False
        self.steps = [(other.steps[0][0], self.steps[0][1])]  # the later value, the first undo
        return True

    def redo(self) -> None:
        first = self.changes is None
        if self._run([op for op, _ in self.steps], forward=True) and first:
            self.changes = self.last
            self.opens = self.opens_with(self.last) if self.opens_with else None

    def undo(self) -> None:
        self.opens = None  # a follow-up joins only the step it followed at once
        self._run([undo for _, undo in reversed(self.steps)], forward=False)

    def _run(self, ops: list[Op], forward: bool) -> bool:
        try:
            self.last = apply_all(self.apply, ops)
        except JourneyError as e:
            # the map is as it was; a refused first redo never reaches the stack, a
            # later one can no longer be replayed: either way Qt drops the step
            self.setObsolete(True)
            self.report(e.message)
            return False
        if forward:
            self.steps = [(c.op, c.undo) for c in self.last]
        else:
            self.steps = [(c.undo, c.op) for c in reversed(self.last)]
        return True
