"""The interface in the user's language: Qt's translations and Wayline's.

`install(app)` loads, for the system locale (or `WAYLINE_LANG`, then
`LANGUAGE`, so that a user or a test can ask for another), Qt's own
translations (`qtbase_<lang>`: the standard buttons and dialogs) and
Wayline's (`resources/translations/wayline_<lang>.qm`, compiled from the
`.ts` beside it), and makes that locale the default, so numbers and dates
come out as the user writes them. Every visible string of the editor goes
through `translate(context, text)`: it is `QCoreApplication.translate`
under a short name that `pyside6-lupdate` still recognises, so the `.ts`
files can be regenerated from the code. Sentences with counts, step names and
the model's and export engine's sentences are in `editor/sentences.py`.
"""
from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

import resources

translate = QCoreApplication.translate


def wanted_locale() -> QLocale:
    """The locale asked for: WAYLINE_LANG, then LANGUAGE (its first choice), else the system's."""
    for variable in ("WAYLINE_LANG", "LANGUAGE"):
        value = os.environ.get(variable, "").split(":")[0].strip()
        if value and value not in ("C", "POSIX"):
            return QLocale(value)
    return QLocale.system()


def install(app: QCoreApplication, locale: QLocale | None = None) -> QLocale:
    """Load Qt's and Wayline's translations for `locale` and make it the default one.
    Translators installed before are removed first, so a second call switches language."""
    locale = locale or wanted_locale()
    QLocale.setDefault(grouped(locale))
    for old in getattr(app, "_wayline_translators", []):
        app.removeTranslator(old)
    loaded = []
    qt = QTranslator(app)
    # Qt looks for qtbase_de_DE, qtbase_de, ... in its own translations folder
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "wayline", "_", str(resources.path("translations"))):
        loaded.append(ours)
    for translator in loaded:
        app.installTranslator(translator)
    app._wayline_translators = loaded  # kept alive: Qt does not own installed translators
    return locale


def number(value: float, decimals: int = 0, group: bool = True) -> str:
    """`value` as the user writes numbers: "1,234.5" in English, "1.234,5" in German;
    without `group`, no thousands separator (a size such as "1189 × 841 mm")."""
    locale = grouped(QLocale())
    if not group:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals == 0:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def grouped(locale: QLocale) -> QLocale:
    """With no language chosen (LANG=C) numbers are English, with the thousands separators
    that the C locale leaves out ("3,313 pixels", as Wayline always wrote)."""
    if locale.language() == QLocale.Language.C:
        locale = QLocale(locale)
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def date_time(when: datetime, pattern: str) -> str:
    """`when` written with a Qt date pattern (translated with the sentence it goes in, since
    the order of day and month is the language's), with the locale's day and month names."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(when.timestamp())), pattern)
