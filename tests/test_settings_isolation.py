"""Tests keep Wayline's settings in the session's own folder: never the
user's, never another test run's (two runs at once once moved each other's
window places)."""
import os
from pathlib import Path

from PySide6.QtCore import QSettings


def test_the_settings_file_is_this_sessions_own(qapp):
    settings = QSettings("Wayline", "Wayline")
    where = Path(settings.fileName()).resolve()
    assert where.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]).resolve())
    assert not where.is_relative_to(Path.home() / ".qttest")
