"""A fresh Wayline started as `wayline MAP` is (main.main), watched from inside:
at the first paint of its map it notes which of the deferred modules are
already loaded and which fonts are registered, then does one thing first thing
and prints a JSON report on stdout. Run by tests/editor/test_cold_start.py.

    python first_frame_child.py MAP (report | workshop | zoom | export PDF_PATH)
"""
import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QGraphicsView

ROOT = Path(__file__).resolve().parents[2]
# what the first frame of a map does not need (issue 18 item 3)
DEFERRED = ("editor.workshop", "editor.export_dialogs", "editor.printing", "editor.help", "editor.recover",
            "editor.new_map", "export", "reportlab", "fontTools", "PySide6.QtPrintSupport", "PySide6.QtSvg",
            "sqlalchemy", "model.document")
report: dict = {}


def window():
    return QApplication.instance().wayline.windows[-1]


def at_first_frame() -> None:
    """Just after the first paint, before anything it posted (`after_first_frame`) has run."""
    report["loaded"] = sorted(m for m in DEFERRED if m in sys.modules)
    report["fonts"] = sorted(sys.modules["canvas.fonts"]._families)
    ACTIONS[sys.argv[2]]()  # first thing: before what waits behind the first frame


def after_start() -> None:
    """One turn of the loop later: what waited for the first frame has run."""
    def look():
        report["fonts_after"] = sorted(sys.modules["canvas.fonts"]._families)
        doc = window().editor.doc  # the map opened for editing, swapped in behind the first frame
        report["swapped_after"] = "sqlalchemy" in sys.modules and not getattr(doc, "stand_in", False) \
            and not doc.read_only
        QApplication.instance().quit()
    QTimer.singleShot(0, look)


def workshop() -> None:
    """F5, a real key press, first thing: the projector shows the map."""
    win = window()
    win.activateWindow()
    QTest.keyClick(win.view.viewport(), Qt.Key.Key_F5)
    shop = win.workshop
    report["workshop_active"] = shop is not None and shop.active()
    if report["workshop_active"]:
        view = shop.projector_view
        report["projector_shown"] = view.isVisible()
        report["projector_items"] = len(view.scene().items())
        shop.leave()
    QApplication.instance().quit()


def export() -> None:
    """File ▸ Export ▸ PDF first thing: the dialog comes up, Export… writes the file."""
    target = sys.argv[3]
    QFileDialog.getSaveFileName = staticmethod(lambda *args, **kw: (target, ""))

    def press_export():
        dialog = QApplication.activeModalWidget()
        button = dialog.findChild(QObject, "export_button") if isinstance(dialog, QDialog) else None
        if button is None or not button.isEnabled():
            QTimer.singleShot(50, press_export)  # the preview is still being made
            return
        button.click()
    QTimer.singleShot(0, press_export)
    win = window()
    win.export_menu.actions()[0].trigger()  # the menu's PDF entry
    report["message"] = win.statusBar().currentMessage()
    QApplication.instance().quit()


def zoom() -> None:
    """Actual size on the first card: its text is drawn, in its script's font. (View ▸
    Actual Size called, not Ctrl+1 sent: sending a key turns the event loop, and the
    registration of every font, waiting behind the first frame, would run first.)"""
    win = window()
    win.view.actual_size()
    card = win.editor.lay.cards[0].rect
    win.view.centerOn(card.x + card.w / 2, card.y + card.h / 2)
    win.view.viewport().repaint()
    report["fonts_zoomed"] = sorted(sys.modules["canvas.fonts"]._families)
    QApplication.instance().quit()


ACTIONS = {"report": after_start, "workshop": workshop, "export": export, "zoom": zoom}


class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), QGraphicsView):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, at_first_frame)  # the paint is under way: look once it is done
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    watch = FirstFrame()
    app.installEventFilter(watch)
    sys.path.insert(0, str(ROOT))
    import main
    status = main.main([sys.argv[1]])
    print(json.dumps(dict(report, exit=status)), flush=True)
