"""Starting Wayline and keeping its windows: one window per open map.

`run(path)` is what `main.py` calls. With no path it reopens the last map (or,
on a first run, makes a copy of the sample map in Documents/Wayline); a path
that does not exist yet becomes a new blank map. Refusals are shown as a
sentence in a dialog, never as a traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from canvas import fonts
from model.document import Document
from model import cleancopy
from model.errors import FileInUse, FileRefused, JourneyError, SchemaDiffers

from . import clipboard, crash, recover
from .window import MapWindow, ask_clean_copy, ask_read_only

SUFFIX = ".journey"
FILTER = "Journey maps (*.journey)"
RECENT_MAX = 10
PIXMAP_CACHE_KB = 256 * 1024  # item caches of ~2,000 cards at HiDPI; Qt's 10 MB holds ~130


class Wayline:
    def __init__(self, app: QApplication):
        self.app = app
        self.windows: list[MapWindow] = []
        self.settings = QSettings("Wayline", "Wayline")

    # -- recent maps ----------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()][:RECENT_MAX]

    def remember(self, path: Path) -> None:
        paths = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.settings.setValue("recent", paths[:RECENT_MAX])
        for window in self.windows:
            window.set_recent(self.recent())

    # -- opening ---------------------------------------------------------------------------
    def open(self, path, parent: QWidget | None = None) -> MapWindow | None:
        """Open `path` in a window (creating a blank map if it does not exist yet)."""
        path = Path(path).expanduser().resolve()
        for window in self.windows:
            if window.editor.doc.path.resolve() == path:
                window.raise_()
                window.activateWindow()
                return window
        doc = self.load(path, parent)
        if doc is None:
            return None
        return self.show(doc)

    def load(self, path: Path, parent) -> Document | None:
        try:
            if not path.exists():
                return Document.create(path, "blank")
            return Document.open(path)
        except FileInUse as e:
            if not ask_read_only(parent, e.message):
                return None
            return self.refusable(lambda: Document.open(path, read_only=True), parent)
        except SchemaDiffers as e:
            if not e.intact or not ask_clean_copy(parent, e.message):
                if not e.intact:
                    refuse(parent, e.message)
                return None
            return self.refusable(lambda: Document.open(clean_copy(path)), parent)
        except FileRefused as e:
            restored = recover.offer_latest_good(path, e.message, parent)
            if restored is None:
                refuse(parent, e.message)
                return None
            return self.refusable(lambda: Document.open(restored), parent)
        except JourneyError as e:
            refuse(parent, e.message)
            return None

    def refusable(self, make, parent):
        try:
            return make()
        except JourneyError as e:
            refuse(parent, e.message)
            return None

    def show(self, doc: Document) -> MapWindow:
        window = MapWindow(doc, self.recent())
        window.closed.connect(self.forget)
        window.open_requested.connect(lambda: self.choose_and_open(window))
        window.new_requested.connect(lambda: self.choose_and_create(window))
        window.recent_requested.connect(lambda p: self.open(p, window))
        window.save_as_requested.connect(self.save_as)
        window.recover_requested.connect(self.recover)
        self.windows.append(window)
        self.remember(doc.path)
        window.show()
        window.view.fit_width()
        QTimer.singleShot(0, window.view.fit_width)  # again once the docks have taken their room
        return window

    def forget(self, window: MapWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    # -- file dialogs -------------------------------------------------------------------------
    def choose_and_open(self, parent) -> None:
        path, _ = QFileDialog.getOpenFileName(parent, "Open a journey map", str(maps_folder()), FILTER)
        if path:
            self.open(path, parent)

    def choose_and_create(self, parent) -> None:
        path = save_path(parent, "New journey map", maps_folder() / "Untitled.journey")
        if path is not None:
            if path.exists():  # the dialog asked to replace it: a new map is a new file
                refuse(parent, f"“{path.name}” already exists; choose another name.")
                return
            self.open(path, parent)

    def save_as(self, window: MapWindow) -> None:
        doc = window.editor.doc
        path = save_path(window, "Save a copy as", doc.path.with_name(f"{doc.path.stem} copy{SUFFIX}"))
        if path is None:
            return
        try:
            doc.save_as(path)
        except (JourneyError, OSError) as e:
            refuse(window, getattr(e, "message", f"“{path.name}” could not be written."))
            return
        # the copy has the same ids, so the undo history goes on applying to it
        window.editor.refresh()
        window.update_title()
        self.remember(doc.path)


    def recover(self, window: MapWindow) -> None:
        dialog = recover.RecoverDialog(window.editor.doc.path, window)
        if dialog.exec() and getattr(dialog, "restored", None):
            self.open(dialog.restored, window)


def save_path(parent, title: str, suggestion: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), FILTER)
    if not path:
        return None
    path = Path(path)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def clean_copy(path: Path) -> Path:
    """Make the clean copy; a row that could not be copied is said, not hidden."""
    target, dropped = cleancopy.make(path)
    if dropped:
        refuse(None, f"{dropped} entr{'y' if dropped == 1 else 'ies'} of “{path.name}” could not be "
                     f"copied into “{target.name}” (values Wayline cannot hold).")
    return target


def refuse(parent, message: str) -> None:
    QMessageBox.warning(parent, "Wayline", message)


def maps_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs or Path.home()) / "Wayline"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def first_map(wayline: Wayline) -> Path:
    """No path given: the last map opened, else a copy of the sample map to explore."""
    recent = wayline.recent()
    if recent:
        return Path(recent[0])
    sample = maps_folder() / f"Sample journey{SUFFIX}"
    if not sample.exists():
        Document.create(sample, "sample").close()
    return sample


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Wayline")
    app.setOrganizationName("Wayline")
    fonts.register()
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    return app


def run(path: str | None = None) -> int:
    app = make_app()
    crash.install()  # an unexpected error is a report dialog; the window lives on
    wayline = Wayline(app)
    try:
        target = Path(path) if path else first_map(wayline)
    except JourneyError as e:
        refuse(None, e.message)
        return 2
    if wayline.open(target) is None:
        return 2
    app.wayline = wayline  # kept alive as long as the event loop runs
    app.aboutToQuit.connect(lambda: clipboard.keep_text_only(app.clipboard()))
    return app.exec()
