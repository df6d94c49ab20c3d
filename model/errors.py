"""Errors a facilitator can read: each carries one plain sentence.

`JourneyError.message` is shown as is in dialogs and on stderr, so it names
the file or the action and says what to do, never how the code failed.
"""


class JourneyError(Exception):
    """A request was refused; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class FileRefused(JourneyError):
    """A file could not be opened as a journey map (it is left untouched)."""


class FileInUse(FileRefused):
    """Another running Wayline holds the file; it can still be opened read-only."""


class ReadOnly(JourneyError):
    """An edit was attempted on a map opened for viewing only."""


class StorageError(JourneyError):
    """The file could not be written (disk full, removed drive, ...); the edit was undone."""


class SchemaDiffers(FileRefused):
    """The file's schema is not exactly Wayline's (triggers, views, other
    constraints...): it is never edited in place. `differences` lists what
    differs; `intact` says whether a clean copy can be made from its data."""

    def __init__(self, message: str, differences: list[str], intact: bool):
        super().__init__(message)
        self.differences = differences
        self.intact = intact


class PendingWriteBack(JourneyError):
    """A map on a shared drive whose working copy (on this computer) holds changes
    not yet written back: it is never overwritten; the user chooses to finish the
    write-back or to keep both (`Document.resolve_write_back`). `changed` says the
    shared map was changed by someone else since, so finishing would overwrite theirs."""

    def __init__(self, message: str, original, working, changed: bool):
        super().__init__(message)
        self.original = original
        self.working = working
        self.changed = changed
