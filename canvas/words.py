"""Sentences with a count, in the plural form the user's language gives it.

`Steps.tr("Move %n card(s)", None, n)`: spelt `Context.tr(text, disambiguation, n)`
because that is what pyside6-lupdate marks as a plural ("numerus") entry in that
context; it does not for `QCoreApplication.translate(context, text, None, n)` with a
variable `n`. The English source says "card(s)"; with no translation loaded
(English, or a language Wayline lacks) it becomes English's own plural: "1 card",
"3 cards". Here, below the editor, so the canvas's words for screen readers use it
too (`editor.sentences` has the editor's contexts).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2... replaced by `values` in one pass (QString.arg, which PySide
    does not offer on str); a value that itself holds "%1" is left as it is."""
    return PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                           else m.group(0), text)


class Counted:
    context = ""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None, n: int) -> str:
        said = QCoreApplication.translate(cls.context, text, disambiguation, n)
        return said.replace("(s)", "" if n == 1 else "s")


class Canvas(Counted):  # what the map view says to screen readers
    context = "Canvas"
