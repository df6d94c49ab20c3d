"""Shared test set-up: Qt offscreen before any QApplication exists, test-mode
standard paths (no writes to the real user folders), and small map fixtures."""
import os
import sys
from pathlib import Path

import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Each test session keeps its settings (QSettings) in a folder of its own, so
# tests never change the user's settings and two test runs at once never see
# each other's window places (see pytest_configure)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="wayline-test-config-")
# The tests read English sentences: the same on a developer's German desktop
# (tests/editor/test_languages.py asks for German where it checks German)
os.environ["WAYLINE_LANG"] = "en_GB"
os.environ.pop("LANGUAGE", None)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shutil  # noqa: E402
import sqlite3  # noqa: E402

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_sessionfinish(session, exitstatus):
    """What the app does on quit (editor.app.run): a QMimeData made from Python
    must not outlive the interpreter on the clipboard, or the process crashes
    after the last test."""
    try:
        from PySide6.QtWidgets import QApplication
        from editor.clipboard import keep_text_only
    except ImportError:
        return
    app = QApplication.instance()
    if app is not None:
        keep_text_only(app.clipboard())


def pytest_unconfigure(config):
    import shutil
    shutil.rmtree(os.environ["XDG_CONFIG_HOME"], ignore_errors=True)


def pytest_configure(config):
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)
    # test mode moves QSettings to ~/.qttest, which every test run on the machine
    # shares: point it at this session's own folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    # The widgets' application, made first: a PNG export run in-process makes a
    # QGuiApplication when there is none (as the command line does), and a test
    # building a scene after that, in the same process, crashed (a test-order accident).
    from PySide6.QtWidgets import QApplication
    global _APP
    _APP = QApplication.instance() or QApplication(["wayline-tests"])


_APP = None


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory, monkeypatch):
    """Backups and logs go to a throwaway folder, never the user's real one."""
    folder = tmp_path_factory.mktemp("wayline-data")
    monkeypatch.setenv("WAYLINE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def planned_path(tmp_path):
    """A copy of the current-format fixture (v4-sample.journey): scored opportunities,
    links, action items and metrics with values."""
    path = tmp_path / "grocery.journey"
    shutil.copy(FIXTURES / "v4-sample.journey", path)
    return path


def file_rows(path, sql, *args) -> list:
    """What a map's file holds, read with sqlite3 itself, not through Wayline's objects."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def hostile_copy(tmp_path, source, *statements):
    """A copy of the map `source` changed by raw SQL, as any other program could
    (foreign keys off, no Wayline checks)."""
    path = tmp_path / "hostile.journey"
    shutil.copy(source, path)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def sample_path(tmp_path):
    """A fresh copy of the sample map, closed, ready to open."""
    from model.document import Document
    path = tmp_path / "sample.journey"
    Document.create(path, "sample").close()
    return path


@pytest.fixture
def sample_doc(sample_path):
    from model.document import Document
    doc = Document.open(sample_path)
    yield doc
    doc.close()
