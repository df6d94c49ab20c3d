"""The editor's sentences: undo step names and status-bar messages, whole and translatable.

A sentence is never glued together from pieces of English ("Delete " + "3 cards"):
each is one translatable text with placeholders (`%1`, and Qt's `%n` for a count,
so that a language picks its own plural form), because another language orders
the words differently. Contexts: "Steps" names an undo step (Edit ▸ Undo "…"),
"Status" is a sentence for the status bar, "Facilitator" a count said in the workshop.

`local(sentence)` and `refusal(error)` put the model's and the export engine's
sentences in the user's language: `model/` stays free of Qt and keeps the English
sentence (the command line prints it), with the translatable template and its values
beside it (`model.errors.Sentence`); a value marked as a number (`Figure`) is shown
with the locale's decimal sign, an int with its digit grouping.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QKeySequence

from canvas.words import Counted, fill  # noqa: F401 (fill: the editor's too)
from model.errors import Figure, Sentence

from .i18n import number, translate


class Steps(Counted):
    context = "Steps"


class Status(Counted):
    context = "Status"


class Facilitator(Counted):  # the workshop's counts (not "Workshop": the session's class name)
    context = "Facilitator"


DECIMAL = re.compile(r"-?\d+\.\d+")


# -- undo steps ---------------------------------------------------------------------
def step(text: str) -> str:
    """A fixed step name ("Add card"), marked where it is written with QT_TRANSLATE_NOOP."""
    return translate("Steps", text)


def move_cards(n: int) -> str:
    return Steps.tr("Move %n card(s)", None, n)


def paste_cards(n: int) -> str:
    return Steps.tr("Paste %n card(s)", None, n)


def duplicate_cards(n: int) -> str:
    return Steps.tr("Duplicate %n card(s)", None, n)


def add_pictures(n: int) -> str:
    return Steps.tr("Add %n picture(s)", None, n)


def delete_selection(cards: int, markers: int) -> str:
    if cards and markers:
        return fill(translate("Steps", "Delete %1 and %2"),
                    Steps.tr("%n card(s)", None, cards),
                    Steps.tr("%n emotion marker(s)", None, markers))
    if cards:
        return Steps.tr("Delete %n card(s)", None, cards)
    return Steps.tr("Delete %n emotion marker(s)", None, markers)


def delete_axis(kind: str, n: int) -> str:
    if kind == "stage":
        if n == 1:
            return translate("Steps", "Delete stage")
        return Steps.tr("Delete %n stage(s)", None, n)
    if n == 1:
        return translate("Steps", "Delete lane")
    return Steps.tr("Delete %n lane(s)", None, n)


EDIT_TEXT = {"card": QT_TRANSLATE_NOOP("Steps", "Edit card text"),
             "stage": QT_TRANSLATE_NOOP("Steps", "Edit stage name"),
             "lane": QT_TRANSLATE_NOOP("Steps", "Edit lane name"),
             "marker": QT_TRANSLATE_NOOP("Steps", "Edit marker label")}

# one whole name a lane kind, by its label (model/lanes.py): "Add pain points lane" is
# not "Add" + a lower-cased label in a language that capitalises its nouns
ADD_LANE = {"Actions": QT_TRANSLATE_NOOP("Steps", "Add actions lane"),
            "Touchpoints": QT_TRANSLATE_NOOP("Steps", "Add touchpoints lane"),
            "Thoughts": QT_TRANSLATE_NOOP("Steps", "Add thoughts lane"),
            "Emotions": QT_TRANSLATE_NOOP("Steps", "Add emotions lane"),
            "Pain points": QT_TRANSLATE_NOOP("Steps", "Add pain points lane"),
            "Opportunities": QT_TRANSLATE_NOOP("Steps", "Add opportunities lane"),
            "Backstage": QT_TRANSLATE_NOOP("Steps", "Add backstage lane"),
            "Metrics": QT_TRANSLATE_NOOP("Steps", "Add metrics lane"),
            "Images": QT_TRANSLATE_NOOP("Steps", "Add images lane"),
            "Notes": QT_TRANSLATE_NOOP("Steps", "Add notes lane")}


def add_lane(label: str) -> str:
    if label in ADD_LANE:
        return translate("Steps", ADD_LANE[label])
    return fill(translate("Steps", "Add %1 lane"), label.lower())


# -- the status bar -----------------------------------------------------------------
def undo_key() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


def held(cards: int, markers: int) -> str:
    """What went with deleted stages or lanes: "3 cards and 1 emotion marker"."""
    if cards and markers:
        return fill(translate("Status", "%1 and %2"),
                    Status.tr("%n card(s)", None, cards),
                    Status.tr("%n emotion marker(s)", None, markers))
    if cards:
        return Status.tr("%n card(s)", None, cards)
    return Status.tr("%n emotion marker(s)", None, markers)


DELETED_ONE = {  # (kind, anything held) -> sentence; %1 the name, %2 what went with it or the key
    ("stage", False): QT_TRANSLATE_NOOP("Status", "Deleted stage “%1” — %2 brings it back."),
    ("stage", True): QT_TRANSLATE_NOOP("Status", "Deleted stage “%1” with %2 — %3 brings it back."),
    ("lane", False): QT_TRANSLATE_NOOP("Status", "Deleted lane “%1” — %2 brings it back."),
    ("lane", True): QT_TRANSLATE_NOOP("Status", "Deleted lane “%1” with %2 — %3 brings it back."),
}


def deleted_axis(kind: str, names: list[str], cards: int, markers: int) -> str:
    """The sentence after deleting stages or lanes: what went, with what, and how to get it back."""
    with_ = bool(cards or markers)
    values = [held(cards, markers)] if with_ else []
    if len(names) == 1:
        return fill(translate("Status", DELETED_ONE[(kind, with_)]), names[0], *values, undo_key())
    return fill(deleted_many(kind, with_, len(names)), *values, undo_key())


def deleted_many(kind: str, with_: bool, n: int) -> str:
    """%1 what went with them (`with_`), then the undo key."""
    if kind == "stage" and with_:
        return Status.tr("Deleted %n stage(s) with %1 — %2 brings them back.", None, n)
    if kind == "stage":
        return Status.tr("Deleted %n stage(s) — %1 brings them back.", None, n)
    if with_:
        return Status.tr("Deleted %n lane(s) with %1 — %2 brings them back.", None, n)
    return Status.tr("Deleted %n lane(s) — %1 brings them back.", None, n)


def no_card_lane() -> str:
    return translate("Status", "This map has no lane that holds cards; add one, then paste.")


def no_emotions_lane() -> str:
    return translate("Status", "Add an emotions lane first: emotion markers live there.")


def viewing_only(name: str) -> str:
    return fill(translate("Status", "“%1” is open for viewing only; use Save As to edit a copy."), name)


def backup_failed(name: str, why: str) -> str:
    return fill(translate("Status", "Wayline could not take a backup copy of “%1” (%2); your map itself is saved."),
                name, why)


# -- refusals from the model ----------------------------------------------------------
def refusal(error) -> str:
    """A refusal (`JourneyError`, or its message) in the user's language."""
    return local(getattr(error, "message", error))


def local(message) -> str:
    """A model's sentence (a refusal, a hint, a step's name) in the user's language: its
    template translated in its context and filled with its values; a plain str as it is."""
    if not isinstance(message, Sentence):
        # an English refusal raised as plain text, whose words are a refusal's template
        # with no values (a raise site not yet written as a Sentence): translated all the same
        return translate("Refusal", str(message))
    return fill(translate(message.context, message.template), *(shown(v) for v in message.args))


def shown(value) -> str:
    """A value in a sentence, a number in the locale's digits; a nested sentence translated."""
    if isinstance(value, Sentence):
        return local(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if isinstance(value, Figure) and DECIMAL.fullmatch(value):  # "1.5": the locale's decimal sign
        decimals = str(value).split(".")[1]
        return QLocale().toString(float(value), "f", len(decimals))
    return str(value)
