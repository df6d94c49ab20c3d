"""Errors a facilitator can read: each carries one plain sentence.

`JourneyError.message` is shown as is in dialogs and on stderr, so it names
the file or the action and says what to do, never how the code failed.

The message is English (the command line prints it). For the editor, which
shows it in the user's language, a refusal is written as a `Sentence`: the
English text filled in, and beside it the template (marked for Qt's lupdate with
`QT_TRANSLATE_NOOP`, defined here because the model never imports Qt) and the
values of its placeholders, which the editor translates and fills again
(`editor/sentences.py`, `refusal`).
"""
import re

PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> tuple[str, str]:  # noqa: N802 (lupdate's name)
    """Marks `text` for translation in `context` (pyside6-lupdate finds this name in
    the source); the sentence is translated only where it is shown."""
    return context, text


def english(value) -> str:
    """A placeholder's value as the English message writes it: 12,345 and 0.5."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


class Figure(str):
    """A number in a sentence as English writes it ("1.5"): the editor shows it with the
    user's decimal sign ("1,5"). Other values (names, card texts) are shown as they are."""


class Sentence(str):
    """An English sentence that remembers how it was made: `Sentence(QT_TRANSLATE_NOOP(
    "Refusal", "“%1” does not exist."), name)` is the str "“map.journey” does not exist."
    with `context`, `template` and `args` for a translation. A value may be a Sentence."""

    def __new__(cls, marked: tuple[str, str], *args):
        context, template = marked
        text = PLACEHOLDER.sub(lambda m: english(args[int(m.group(1)) - 1]), template)
        made = super().__new__(cls, text)
        made.context, made.template, made.args = context, template, args
        return made

    def __reduce__(self):  # pickled (a worker process's refusal) as what makes it again
        return Sentence, ((self.context, self.template), *self.args)


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
