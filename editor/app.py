"""Starting Wayline and keeping its windows: one window per open map.

`run(path)` is what `main.py` calls. With no path it reopens the last map (or,
on a first run, makes a copy of the sample map in Documents/Wayline); a path
that does not exist yet becomes a new blank map. Refusals are shown as a
sentence in a dialog, never as a traceback. One Wayline runs per user: a
second launch hands its map to the first (`single_instance`), which opens it
or brings forward the window that has it. Ctrl+C, SIGTERM and SIGHUP close
every window cleanly (`quit_on_signals`), so each map takes its backup on close.
Start-up imports what the first frame needs and defers the rest (issue 18):
Recover, Help, Print, Export and the workshop load when first asked, and the
fonts of other scripts are registered once the map has painted
(`after_first_frame`); `wayline MAP` draws the map from a read-only stand-in and
opens it for editing (SQLAlchemy's import with it) after that paint (`first_open`).
"""
from __future__ import annotations

import os
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, QSocketNotifier, QStandardPaths,
                            QTimer)
from PySide6.QtGui import QIcon, QPixmapCache
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

import resources
from canvas import fonts
from model import targets
from model.errors import FileInUse, FileRefused, JourneyError, PendingWriteBack, SchemaDiffers

from . import clipboard, crash, first_open, i18n, single_instance
from .i18n import number, translate
from .sentences import refusal
from .window import MapWindow, ask_clean_copy, ask_pending, ask_read_only

if TYPE_CHECKING:
    from model.document import Document
    from model.plain import PlainDocument

SUFFIX = ".journey"
FILTER = QT_TRANSLATE_NOOP("Wayline", "Journey maps (*.journey)")
RECENT_MAX = 10
PIXMAP_CACHE_KB = 256 * 1024  # item caches of ~2,000 cards at HiDPI; Qt's 10 MB holds ~130
DESKTOP_FILE = "wayline"  # packaging/linux/wayline.desktop: Wayland docks match windows to it


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
        for window in self.windows:  # by file identity: a hard link or another spelling is the same map
            if window.editor.doc.path.resolve() == path or targets.same_file(window.editor.doc.path, path):
                return bring_forward(window)
        doc = self.load(path, parent)
        if doc is None:
            return None
        return self.show(doc)

    def open_first(self, path) -> MapWindow | None:
        """`wayline MAP`: the first frame drawn from the map's rows (first_open), the
        map opened for editing right after it has painted and swapped in; a map that
        would not open for editing at once opens as `open` does."""
        path = Path(path).expanduser().resolve()
        stand_in = first_open.stand_in(path)
        if stand_in is None:
            return self.open(path)
        return self.show(stand_in)

    def open_for_editing(self, window: MapWindow) -> None:
        """Swap the map opened for editing in under the window's stand-in. If the file
        changed since it was read (now locked, read-only, refused...), the stand-in's
        window goes and the map opens as `open` opens it, with the same questions."""
        path = window.editor.doc.path
        try:
            doc = _document().open(path)
        except JourneyError:
            doc = None
        if doc is not None and not doc.read_only:
            window.adopt(doc)
            return
        if doc is not None:
            doc.close()
        again = self.load(path, window)
        if again is not None:
            self.show(again)
        window.quiet = True  # its map was never opened for editing: nothing to say on close
        QTimer.singleShot(0, window.close)  # not under the key or drop that asked for the edit

    def load(self, path: Path, parent) -> Document | None:
        try:
            if not path.exists():
                return _document().create(path, "blank")
            return _document().open(path)
        except FileInUse as e:
            if not ask_read_only(parent, refusal(e)):
                return None
            return self.refusable(lambda: _document().open(path, read_only=True), parent)
        except SchemaDiffers as e:
            if not e.intact or not ask_clean_copy(parent, refusal(e)):
                if not e.intact:
                    refuse(parent, refusal(e))
                return None
            return self.refusable(lambda: _document().open(clean_copy(path)), parent)
        except PendingWriteBack as e:
            return self.resolve_pending(path, e, parent)
        except FileRefused as e:
            from . import recover  # only ever after a refusal: not on the way to the first frame
            restored = recover.offer_latest_good(path, refusal(e), parent)
            if restored is None:
                refuse(parent, refusal(e))
                return None
            return self.refusable(lambda: _document().open(restored), parent)
        except JourneyError as e:
            refuse(parent, refusal(e))
            return None

    def resolve_pending(self, path: Path, error: PendingWriteBack, parent) -> Document | None:
        """Changes made here were not all written back to the shared map: finish
        writing them back, or keep both maps side by side; never overwrite them."""
        choice = ask_pending(parent, error)
        if choice is None:
            return None
        kept = self.refusable(lambda: _document().resolve_write_back(path, keep_both=choice == "keep") or path,
                              parent)
        if kept is None:
            return None
        doc = self.refusable(lambda: _document().open(path), parent)
        if doc is not None and kept != path:
            doc.notices.append(translate("Wayline", "Your changes that were not written back are kept beside it as "
                                                 "“{name}”.").format(name=kept.name))
            self.remember(kept)
        return doc

    def refusable(self, make, parent):
        try:
            return make()
        except JourneyError as e:
            refuse(parent, refusal(e))
            return None

    def show(self, doc: Document | PlainDocument) -> MapWindow:
        window = MapWindow(doc, self.recent())
        if getattr(doc, "stand_in", False):  # opened for editing after the first paint, or first edit
            window.editor.opening = lambda: self.open_for_editing(window)
            after_first_frame(window.view, window.editor.open_soon)
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
        after_first_frame(window.view, fonts.register)  # every script's font, for any text typed
        return window

    def show_any(self) -> None:
        """A second launch with no map: the window used last comes forward."""
        if self.windows:
            bring_forward(self.windows[-1])

    def forget(self, window: MapWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    # -- file dialogs -------------------------------------------------------------------------
    def choose_and_open(self, parent) -> None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Wayline", "Open a journey map"), str(maps_folder()),
                                              translate("Wayline", FILTER))
        if path:
            self.open(path, parent)

    def choose_and_create(self, parent) -> None:
        """File ▸ New Map…: a template and a file name (editor/new_map); the map is titled
        after its file. A new map is a new file: an existing one is refused, never replaced."""
        from .new_map import NewMapDialog, create
        dialog = NewMapDialog(maps_folder(), parent)
        if not dialog.exec():
            return
        path, template = dialog.path(), dialog.template()
        doc = self.refusable(lambda: create(path, template), parent)
        if doc is not None:
            self.show(doc)

    def save_as(self, window: MapWindow) -> None:
        if not window.editor.ready():  # the file changed under the stand-in: its window goes (open_for_editing)
            return
        doc = window.editor.doc
        path = save_path(window, translate("Wayline", "Save a copy as"), doc.path.with_name(f"{doc.path.stem} copy{SUFFIX}"))
        if path is None:
            return
        try:
            doc.save_as(path)
        except (JourneyError, OSError) as e:
            refuse(window, getattr(e, "message", translate("Wayline", "“{name}” could not be written.").format(name=path.name)))
            return
        # the copy has the same ids, so the undo history goes on applying to it
        window.editor.refresh()
        window.update_title()
        self.remember(doc.path)


    def recover(self, window: MapWindow) -> None:
        """File ▸ Recover (editor/recover, loaded when first asked)."""
        from . import recover
        dialog = recover.RecoverDialog(window.editor.doc.path, window)
        if dialog.exec() and getattr(dialog, "restored", None):
            self.open(dialog.restored, window)


class _FirstFrame(QObject):
    """Watches a view's viewport until it has painted once, then runs `then` on
    the next turn of the event loop: work the first frame does not need waits
    behind it, without waiting for a user's gesture (issue 18 item 3)."""
    def __init__(self, view, then):
        super().__init__(view)
        self.then = then
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self.then()
        self.deleteLater()


def after_first_frame(view, then) -> None:
    _FirstFrame(view, then)


def bring_forward(window: MapWindow) -> MapWindow:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


def save_path(parent, title: str, suggestion: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), translate("Wayline", FILTER))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def clean_copy(path: Path) -> Path:
    """Make the clean copy; a row that could not be copied is said, not hidden."""
    from model import cleancopy  # the ORM's: only ever after a refusal, never on the way to the first frame
    target, dropped = cleancopy.make(path)
    if dropped:
        refuse(None, translate("Wayline", "{n} entries of “{map}” could not be copied into “{copy}” "
                                          "(values Wayline cannot hold).").format(
            n=number(dropped), map=path.name, copy=target.name) if dropped != 1 else
            translate("Wayline", "1 entry of “{map}” could not be copied into “{copy}” "
                                 "(values Wayline cannot hold).").format(map=path.name, copy=target.name))
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
        _document().create(sample, "sample").close()
    return sample


def _document():
    """`Document`, loaded when a map is first opened for editing: SQLAlchemy's import
    is half of Wayline's start, and the first frame does without it (first_open)."""
    from model.document import Document
    return Document


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Wayline")
    app.setOrganizationName("Wayline")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    i18n.install(app)
    fonts.register(fonts.FIRST)  # the rest when text needs one, and all after the first frame
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    return app


def app_icon() -> QIcon:
    """Every drawn size of resources/icons/app: each one is crisp where it is used."""
    icon = QIcon()
    for png in sorted(resources.path("icons", "app").glob("wayline-*.png")):
        icon.addFile(str(png))
    return icon


def run(path: str | None = None) -> int:
    app = make_app()
    given = Path(path).expanduser().resolve() if path else None  # the running Wayline has another cwd
    if single_instance.hand_over(given):
        return 0
    crash.install()  # an unexpected error is a report dialog; the window lives on
    wayline = Wayline(app)
    listener = single_instance.Listener(lambda p: wayline.open(p), wayline.show_any, parent=app)
    listener.listen()
    app._instance_listener = listener  # alive, and listening, as long as the loop runs
    app.aboutToQuit.connect(listener.close)  # the socket goes with us: the next launch opens
    status = quit_on_signals(app, wayline)
    try:
        target = given or first_map(wayline)
    except JourneyError as e:
        refuse(None, refusal(e))
        return 2
    if wayline.open_first(target) is None:
        return 2
    app.wayline = wayline  # kept alive as long as the event loop runs
    app.aboutToQuit.connect(lambda: clipboard.keep_text_only(app.clipboard()))
    if "code" in status:  # the signal came while the map was opening
        close_everything(app, wayline)
        return status["code"]
    return app.exec() or status.get("code", 0)


QUIT_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


def quit_on_signals(app: QApplication, wayline: Wayline) -> dict:
    """Ctrl+C in the terminal, SIGTERM and SIGHUP close every window as File ▸ Quit
    does: each map's close runs (its last write-back, its backup on close, its lock
    let go). Python runs a signal handler only when Python code runs, never while
    Qt's event loop waits in C++, so the signal also wakes a socket Qt watches
    (`signal.set_wakeup_fd`). A second signal while closing ends at once."""
    status: dict = {}
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            while reader.recv(64):
                pass
        except OSError:
            pass
    notifier.activated.connect(drain)

    def handler(signum, _frame) -> None:
        if "code" in status:
            os._exit(128 + signum)  # every gesture is already committed
        status["code"] = 128 + signum
        QTimer.singleShot(0, lambda: close_everything(app, wayline))

    for name in QUIT_SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
    app._signal_wakeup = (reader, writer, notifier)  # alive as long as the loop runs
    return status


def close_everything(app: QApplication, wayline: Wayline) -> None:
    for window in list(wayline.windows):
        window.quiet = True  # no dialog may wait for an answer nobody will give
        window.close()
    app.quit()
