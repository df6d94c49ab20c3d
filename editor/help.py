"""The Help menu's three windows: About, Keyboard Shortcuts and the User Guide.

The shortcut list is read from the window's own actions (every `QAction` it
holds that has a key), never written out by hand, so it cannot drift from the
keys that really work. The user guide is `resources/guide/index.html`, shipped
with the package and the bundle (the `docs/` folder is not), shown in a
`QTextBrowser` so it works offline; links to the web open in the browser. A
guide in the user's language sits beside it as `index.<language>.html`
(`index.de.html`) and is shown instead; English when there is none.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

import resources

from .i18n import translate

GUIDE = resources.path("guide", "index.html")
FONTS = resources.path("fonts")
# which bundled font files each licence file covers, and the licence in a few words;
# a licence file not named here is still listed (by its file name), never left out
FONT_LICENCES = {
    "LICENSE-Noto.txt": (QT_TRANSLATE_NOOP("Help", "Noto Sans and its script families"), "SIL Open Font License 1.1"),
    "LICENSE-NotoColorEmoji.txt": ("Wayline Color Emoji (Noto Color Emoji)", "SIL Open Font License 1.1"),
    "LICENSE-DejaVu.txt": ("DejaVu Sans", QT_TRANSLATE_NOOP("Help", "Bitstream Vera licence; DejaVu changes public domain")),
    "LICENSE-DroidSansFallback.txt": ("Droid Sans Fallback", "Apache License 2.0"),
    "LICENSE-Nanum.txt": ("Nanum Gothic", "SIL Open Font License 1.1"),
    "LICENSE-Symbola.txt": ("Symbola", QT_TRANSLATE_NOOP("Help", "free for any use (George Douros); see the licence file")),
}


def font_licences(folder: Path = FONTS) -> list[tuple[str, str, str]]:
    """(fonts, licence, licence file name) for every licence file beside the fonts."""
    rows = []
    for licence in sorted(folder.glob("LICENSE-*")):
        fonts, words = FONT_LICENCES.get(licence.name, (licence.stem.removeprefix("LICENSE-"),
                                                        QT_TRANSLATE_NOOP("Help", "see the licence file")))
        rows.append((fonts, words, licence.name))
    return rows


def about_text() -> str:
    # the names and licences are translated where they are words ("and its script families")
    fonts = "".join(f"<li>{html.escape(translate('Help', f))}: {html.escape(translate('Help', w))} "
                    f"(<code>{html.escape(n)}</code>)</li>" for f, w, n in font_licences())
    return (f"<h3>Wayline {html.escape(resources.VERSION)}</h3>"
            + translate("Help", "<p>A desktop editor for customer journey maps. MIT licence (the <code>LICENSE</code> "
                        "file).</p>")
            + translate("Help", "<p>The fonts bundled in <code>resources/fonts</code> keep their own licences, "
                        "shipped beside them:</p>")
            + f"<ul>{fonts}</ul>")


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("Help", "About Wayline"), about_text(), parent=parent)
    box.setObjectName("aboutWayline")
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()  # not exec(): the map stays usable behind it
    return box


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing ellipsis."""
    return re.sub(r"&(.)", r"\1", text).removesuffix("…").strip()


def on_keyboard(keys: QKeySequence) -> bool:
    """Whether a key is on an ordinary keyboard. Qt's standard bindings add keys
    that only some keyboards have (a Copy or a Help key, Sun's F16 to F20): they
    work, but listing them would hide the keys people press. Qt numbers every key
    an ordinary keyboard has (letters, Esc, arrows, Delete, F1 to F12) below F13."""
    return keys[0].key() < Qt.Key.Key_F13


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, keys) for every action of the window that has a key, in menu-text order."""
    rows = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty() and on_keyboard(k)]
        if keys and action.text():
            rows[plain(action.text())] = ", ".join(keys)
    return sorted(rows.items(), key=lambda row: row[0].casefold())


def _with_close_button(dialog: QDialog, body: QWidget, width: int, height: int) -> None:
    """Lay out a Help window: its body above a Close button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
    buttons.rejected.connect(dialog.reject)
    column = QVBoxLayout(dialog)
    column.addWidget(body)
    column.addWidget(buttons)
    dialog.resize(width, height)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts — Wayline"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([translate("Help", "Action"), translate("Help", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (name, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        _with_close_button(self, self.table, 520, 640)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]


def guide_for(locale: QLocale) -> Path:
    """The user guide in the locale's language (index.de.html), else the English one."""
    for name in locale.uiLanguages():  # "de-DE", "de": the most precise first
        translated = GUIDE.with_name(f"index.{name.replace('-', '_')}.html")
        if translated.is_file():
            return translated
    return GUIDE


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(translate("Help", "Wayline User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)  # a web link goes to the browser, not in here
        self.browser.setSource(QUrl.fromLocalFile(str(guide_for(QLocale()))))
        _with_close_button(self, self.browser, 760, 820)


def show(window: QWidget, kind: type) -> QDialog:
    """One guide and one shortcut list per window, raised again on a second ask;
    modeless, so the map stays usable beside them."""
    dialog = window.findChild(kind)
    if dialog is None:
        dialog = kind(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
