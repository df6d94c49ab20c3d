"""An unexpected exception in the GUI: a dialog with a copyable report, a log
file, and the window stays alive."""
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from editor import crash


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_report_and_the_window_lives_on(qtbot, private_data_folder, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def inspect_dialog():
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        seen["report"] = dialog.findChild(QWidget, "crashReport").toPlainText()
        dialog.findChild(QPushButton, "copyReport").click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.reject()

    def broken_slot():
        QTimer.singleShot(50, inspect_dialog)
        return 1 / 0

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "report" in seen, timeout=5000)
    assert "unexpected problem" in seen["title"]
    assert "ZeroDivisionError" in seen["report"] and "broken_slot" in seen["report"]
    assert seen["clipboard"] == seen["report"]
    assert window.isVisible()  # still alive
    log = crash.log_path()
    assert private_data_folder in log.parents and "ZeroDivisionError" in log.read_text()


def test_quitting_after_copying_cards_does_not_crash(sample_path, tmp_path):
    """Copy cards, quit: the process must end cleanly (a QMimeData made from
    Python used to be destroyed after the interpreter, a SIGSEGV on quit)."""
    import subprocess
    import textwrap
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    code = textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(root)!r})
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from editor.app import make_app, run
        app = make_app([])
        def copy_and_quit():
            for w in app.topLevelWidgets():
                if hasattr(w, "editor"):
                    w.editor.select_all(); w.editor.copy_selection()
            app.quit()
        QTimer.singleShot(300, copy_and_quit)
        sys.exit(run({str(sample_path)!r}))
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "WAYLINE_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
