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
