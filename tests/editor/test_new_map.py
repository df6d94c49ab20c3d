"""File ▸ New Map…: the dialog (editor/new_map.py) driven by its objectNames; the
map is made from the chosen template, titled after its file, opened, and never
written over an existing file. Content is read back from the .journey file."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QListWidget

from editor import new_map
from model import templates
from model.document import Document
from model.errors import JourneyError

OK = QDialogButtonBox.StandardButton.Ok


def read(path: Path):
    doc = Document.open(path, read_only=True)
    try:
        j = doc.journey
        return j.title, [s.name for s in j.stages], len(j.cards)
    finally:
        doc.close()


def answer(template: str | None, name: str | None, seen: dict | None = None, create: bool = True) -> None:
    """When the dialog shows: pick a template, type a name, press Create (or Cancel)."""
    def fill():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "newMapDialog":
            QTimer.singleShot(20, fill)
            return
        listing = dialog.findChild(QListWidget, "templateList")
        if seen is not None:
            seen["templates"] = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())]
            seen["texts"] = [listing.item(i).text() for i in range(listing.count())]
        if template is not None:
            row = seen_row(listing, template)
            listing.setCurrentRow(row)
        field = dialog.findChild(QLineEdit, "fileName")
        if name is not None:
            field.clear()
            QTest.keyClicks(field, name)
        buttons = dialog.findChild(QDialogButtonBox, "buttons")
        if seen is not None:
            seen["said"] = dialog.findChild(QLabel, "newMapProblem").text()
            seen["enabled"] = buttons.button(OK).isEnabled()
        if create and buttons.button(OK).isEnabled():
            buttons.button(OK).click()
        else:
            dialog.reject()
    QTimer.singleShot(0, fill)


def seen_row(listing, template):
    return next(i for i in range(listing.count()) if listing.item(i).data(Qt.ItemDataRole.UserRole) == template)


def test_new_from_the_sample_is_titled_after_its_file_and_opens(wayline, window, tmp_path):
    seen = {}
    answer("sample", "Q3 onboarding", seen)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    path = tmp_path / "Q3 onboarding.journey"
    assert seen["templates"] == [n for n, _ in templates.names()] and "blank" in seen["templates"]
    assert all(description in text for (_, description), text in zip(templates.names(), seen["texts"]))
    assert "titled “Q3 onboarding”" in seen["said"]
    opened = [w for w in wayline.windows if w.editor.doc.path == path]
    assert opened and opened[0].isVisible()
    title, stages, cards = read(path)
    assert title == "Q3 onboarding" and cards == 48 and len(stages) == 6
    assert opened[0].editor.lay.title.lines == ("Q3 onboarding",)
    assert opened[0].editor.stack.count() == 0  # the title is part of making the map, not an edit


def test_new_blank_map_with_the_suffix_typed(wayline, window, tmp_path):
    answer("blank", "Kick-off.journey")
    window.actions["file_new"].trigger()
    title, stages, cards = read(tmp_path / "Kick-off.journey")
    assert title == "Kick-off" and cards == 0 and stages[0] == "Awareness"
    assert not (tmp_path / "Kick-off.journey.journey").exists()


def test_an_existing_file_is_never_replaced(wayline, window, tmp_path):
    existing = tmp_path / "Taken.journey"
    Document.create(existing, "blank").close()
    before = existing.read_bytes()
    seen, count = {}, len(wayline.windows)
    answer("sample", "Taken", seen)
    window.actions["file_new"].trigger()
    assert not seen["enabled"] and "already exists" in seen["said"]
    assert existing.read_bytes() == before and len(wayline.windows) == count


def test_a_file_that_appears_while_the_dialog_is_open_is_refused(wayline, window, tmp_path, monkeypatch):
    late = tmp_path / "Late.journey"
    monkeypatch.setattr(new_map.NewMapDialog, "exec", lambda self: (Document.create(late, "blank").close(), 1)[1])
    monkeypatch.setattr(new_map.NewMapDialog, "path", lambda self: late)
    before_windows = len(wayline.windows)
    window.actions["file_new"].trigger()
    assert wayline.messages and "already exists" in wayline.messages[-1]
    assert read(late)[0] == "Untitled journey" and len(wayline.windows) == before_windows


def test_cancel_makes_nothing(wayline, window, tmp_path):
    before = sorted(tmp_path.iterdir())
    answer("sample", "Never made", create=False)
    window.actions["file_new"].trigger()
    assert sorted(tmp_path.iterdir()) == before


@pytest.mark.parametrize("typed, why", [("", "Type a name"), ("  ", "Type a name"), ("a/b", "cannot"),
                                         (".hidden", "cannot"), ("x" * 250, "too long"),
                                         ("broken \ud83d", "cannot be saved")])
def test_names_that_cannot_be_a_map_are_said(tmp_path, typed, why):
    assert why in new_map.problem(tmp_path, typed)


def test_title_and_file_name_rules(tmp_path):
    assert new_map.file_name(" Q3 onboarding ") == "Q3 onboarding.journey"
    assert new_map.title_of(Path("Q3 onboarding.journey")) == "Q3 onboarding"
    assert new_map.title_of(Path("v1.2 plan.journey")) == "v1.2 plan"
    assert new_map.problem(tmp_path, "Café ☕ map") == ""
    with pytest.raises(JourneyError, match="no template"):
        new_map.create(tmp_path / "x.journey", "nonesuch")
    assert not (tmp_path / "x.journey").exists()
