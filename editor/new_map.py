"""File ▸ New Map…: choose a template and a file name; the map's title is the
file name ("Q3 onboarding.journey" is titled "Q3 onboarding").

`NewMapDialog` only asks (every part has an objectName for tests); `create`
makes the map, never over an existing file (`Document.create` refuses one).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from model import rules, templates
from model.document import Document
from model.errors import JourneyError
from model.operations import Op

from .i18n import translate

# the bundled templates' names and descriptions (model/templates), for lupdate
TEMPLATE_TEXTS = (QT_TRANSLATE_NOOP("Templates", "Blank"), QT_TRANSLATE_NOOP("Templates", "Sample"),
                  QT_TRANSLATE_NOOP("Templates", "An empty map with the six usual stages and the usual lanes"),
                  QT_TRANSLATE_NOOP("Templates", "A realistic example: Online grocery — first order, "
                                                 "with a persona and every lane kind"))

SUFFIX = ".journey"
FORBIDDEN = set('/\\:*?"<>|')  # characters no file name may hold on some system Wayline runs on


def file_name(typed: str) -> str:
    """The file name for what was typed: trimmed, with the .journey suffix."""
    name = typed.strip()
    return name if name.lower().endswith(SUFFIX) else name + SUFFIX


def title_of(path: Path) -> str:
    """The new map's title: its file name without the suffix."""
    return path.name[:-len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.stem


def problem(folder: Path, typed: str) -> str:
    """Why this name cannot be a new map here, in one sentence ("" when it can)."""
    name = typed.strip()
    if not name or name.lower() == SUFFIX:
        return translate("NewMapDialog", "Type a name for the map.")
    if FORBIDDEN & set(name) or name.startswith(".") or any(ord(c) < 32 for c in name):
        return translate("NewMapDialog", "A file name cannot start with a dot or hold / \\ : * ? \" < > |.")
    if not rules.encodable(name):
        return translate("NewMapDialog", "The name contains a character that cannot be saved (a broken emoji or symbol).")
    if len(title_of(Path(file_name(name)))) > rules.MAX_NAME:
        return translate("NewMapDialog", "The name is too long (at most {n} characters).").format(n=rules.MAX_NAME)
    if (folder / file_name(name)).exists():
        return translate("NewMapDialog", "“{name}” already exists here; choose another name.").format(name=file_name(name))
    return ""


def create(path: Path, template: str) -> Document:
    """Make the map from the template, titled after its file; refuses an existing file."""
    doc = Document.create(path, template)
    try:
        doc.apply(Op("update_journey", {"title": title_of(path)}))
    except JourneyError:
        doc.close()
        raise
    return doc


class NewMapDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newMapDialog")
        self.setWindowTitle(translate("NewMapDialog", "New journey map"))
        self.folder = Path(folder)
        self.templates = QListWidget()
        self.templates.setObjectName("templateList")
        for name, description in templates.names():
            shown = translate("Templates", name.capitalize())
            item = QListWidgetItem(f"{shown} — {translate('Templates', description)}" if description else shown)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.templates.addItem(item)
        names = [n for n, _ in templates.names()]
        self.templates.setCurrentRow(names.index("blank") if "blank" in names else 0)
        self.name = QLineEdit(translate("NewMapDialog", "Untitled journey"))
        self.name.setObjectName("fileName")
        self.name.selectAll()
        self.where = QLabel()
        self.where.setObjectName("folderLabel")
        choose = QPushButton(translate("NewMapDialog", "Choose…"))
        choose.setObjectName("chooseFolder")
        choose.clicked.connect(self.choose_folder)
        self.said = QLabel()
        self.said.setObjectName("newMapProblem")
        self.said.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewMapDialog", "Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(choose)
        self.name.textChanged.connect(self.check)
        self.check()

    def _lay_out(self, choose: QPushButton) -> None:
        place = QHBoxLayout()
        place.addWidget(self.where, 1)
        place.addWidget(choose)
        form = QFormLayout()
        form.addRow(translate("NewMapDialog", "File name"), self.name)
        form.addRow(translate("NewMapDialog", "Folder"), place)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate("NewMapDialog", "Start from")))
        column.addWidget(self.templates)
        column.addLayout(form)
        column.addWidget(self.said)
        column.addWidget(self.buttons)
        self.resize(560, 360)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("NewMapDialog", "Folder for the new map"), str(self.folder))
        if folder:
            self.folder = Path(folder)
            self.check()

    def check(self) -> None:
        self.where.setText(str(self.folder))
        why = problem(self.folder, self.name.text())
        title = title_of(Path(file_name(self.name.text())))
        self.said.setText(why or translate("NewMapDialog", "The map will be “{name}”, titled “{title}”.").format(
            name=file_name(self.name.text()), title=title))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not why)

    def accept(self) -> None:
        if problem(self.folder, self.name.text()):  # the folder changed under us: say so, stay open
            self.check()
            return
        super().accept()

    def template(self) -> str:
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "blank"

    def path(self) -> Path:
        return self.folder / file_name(self.name.text())
