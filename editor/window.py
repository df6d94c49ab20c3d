"""One window per open map: the canvas, menus, toolbar, panels and status bar;
above the canvas, the notices the map opened with and, for a map on a shared
drive, a banner while it cannot be written back (editor/notices.py).

The window wires parts together and makes no decisions: actions call the
`MapEditor`; opening and closing files is the application's (`app.py`).
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu,
                               QMessageBox, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from canvas.scene import Hit
from model.values import LANE_KINDS

from . import actions as action_specs
from . import split_band
from .find import FindBar
from .i18n import number, translate
from .link_lines import LinkLines
from .map_drop import MapDrop
from .mapeditor import MapEditor
from .notices import NoticePanel, WriteBackBanner
from .panels import PICTURE_FILTER, PropertiesPanel
from .persona import PersonaPanel
from .sentences import local, refusal

if TYPE_CHECKING:  # the first frame is drawn before SQLAlchemy is loaded (issue 18)
    from model.document import Document
    from model.plain import PlainDocument

MESSAGE_MS = 8000
SAVED = QT_TRANSLATE_NOOP("MapWindow", "Saved — Wayline saves every change as you make it")
FIRST_SIZE = (1400, 900)  # logical pixels, when the screen has room for it
SCREEN_SHARE = 0.9  # a first window never covers more of the screen than this


class MapWindow(QMainWindow):
    closed = Signal(object)                  # this window, once its map is closed
    open_requested = Signal()
    new_requested = Signal()
    recent_requested = Signal(str)           # a path to open: from Open Recent, or dropped
    save_as_requested = Signal(object)       # this window
    recover_requested = Signal(object)       # this window

    def __init__(self, doc: Document | PlainDocument, recent: list[str] = (), parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = MapEditor(doc, self)
        self.view = self.editor.view
        self.link_lines = LinkLines(self.editor, self)  # the selected cards' links, drawn faintly
        self.quiet = False  # closing on a signal (Ctrl+C, SIGTERM): say things on stderr, no dialogs
        self.setCentralWidget(self._centre(doc))
        self.workshop = None  # created on the first F5
        self.actions = action_specs.build(self, self.view)
        self.edit_gate = action_specs.bind_undo(self.actions, self.editor.stack, self.editor.gestures)
        self._menus(recent)
        self._toolbar()
        self._docks()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._connect()
        self.map_drop = MapDrop(self.open_dropped, self.show_message, self)
        for widget in (self.view.viewport(), self):
            self.map_drop.watch(widget)
        self.update_title()
        self._place()

    def _centre(self, doc: Document | PlainDocument) -> QWidget:
        """The map, below every notice it opened with and the write-back banner."""
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notice_panel = NoticePanel(list(doc.notices), centre)
        self.write_back_banner = WriteBackBanner(self.editor, centre)
        self.find_bar = FindBar(self.editor, self.show_outside_match, centre)
        self.views = QStackedWidget(centre)  # the map, or the matrix of the same map
        self.views.addWidget(self.view)
        self.matrix = None  # made when first shown (editor.matrix)
        for widget in (self.notice_panel, self.write_back_banner, self.find_bar, self.views):
            column.addWidget(widget)
        column.setStretch(3, 1)
        return centre

    def show_matrix(self, on: bool) -> None:
        """The opportunity matrix in the map's place (View ▸ Opportunity Matrix), or the map again."""
        if on and self.matrix is None:
            from .matrix import Matrix  # loaded when first asked, like the workshop
            self.matrix = Matrix(self.editor, self)
            self.views.addWidget(self.matrix.widget)
        self.views.setCurrentWidget(self.matrix.widget if on else self.view)
        self.actions["view_matrix"].setChecked(on)
        (self.matrix.view if on else self.view).setFocus()

    def _place(self) -> None:
        """Where the user left the last map window (geometry and panels), else a
        size that fits this screen; either way the whole window is on a screen."""
        settings = QSettings("Wayline", "Wayline")
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if not (geometry and self.restoreGeometry(geometry)):
            area = (self.screen() or QApplication.primaryScreen()).availableGeometry()
            self.resize(min(FIRST_SIZE[0], int(area.width() * SCREEN_SHARE)),
                        min(FIRST_SIZE[1], int(area.height() * SCREEN_SHARE)))
        if state:
            self.restoreState(state)
        self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        area = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        frame = self.frameGeometry()
        if not area.contains(frame):
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            frame = self.frameGeometry()
            self.move(max(area.left(), min(frame.left(), area.right() - frame.width())),
                      max(area.top(), min(frame.top(), area.bottom() - frame.height())))

    def _remember_place(self) -> None:
        settings = QSettings("Wayline", "Wayline")
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())

    # -- building --------------------------------------------------------------------
    def _menus(self, recent) -> None:
        a, bar = self.actions, self.menuBar()
        file = bar.addMenu(translate("MapWindow", "&File"))
        file.addActions([a["file_new"], a["file_open"]])
        self.recent_menu = file.addMenu(translate("MapWindow", "Open &Recent"))
        self.set_recent(recent)
        file.addSeparator()
        file.addActions([a["file_save"], a["file_save_as"], a["file_recover"]])
        self.export_menu = file.addMenu(translate("MapWindow", "&Export"))
        self.export_menu.setObjectName("export_menu")
        self.export_menu.addActions([a["file_export_pdf"], a["file_export_png"]])
        file.addAction(a["file_print"])
        file.addAction(a["file_close"])
        file.addSeparator()
        file.addAction(a["file_quit"])
        edit = bar.addMenu(translate("MapWindow", "&Edit"))
        edit.addActions([a["edit_undo"], a["edit_redo"]])
        edit.addSeparator()
        edit.addActions([a[n] for n in ("edit_cut", "edit_copy", "edit_paste", "edit_duplicate",
                                        "edit_delete", "edit_select_all", "edit_text")])
        edit.addSeparator()
        edit.addActions([a["edit_find"], a["edit_find_next"], a["edit_find_previous"]])
        insert = bar.addMenu(translate("MapWindow", "&Insert"))
        insert.addActions([a["insert_stage"]])
        self.lane_menu = insert.addMenu(translate("MapWindow", "&Lane"))
        self.lane_menu.addActions([a[f"insert_lane_{k}"] for k in LANE_KINDS])
        insert.addActions([a["insert_card"], a["insert_marker"], a["insert_picture"]])
        self.view_menu = bar.addMenu(translate("MapWindow", "&View"))
        self.view_menu.addActions([a[n] for n in ("view_zoom_in", "view_zoom_out", "view_fit_map",
                                                  "view_fit_width", "view_actual_size")])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a["view_split_band"])
        self.view_menu.addAction(a["view_matrix"])
        self.view_menu.addAction(a["view_workshop"])
        self.view_menu.addSeparator()
        self.help_menu = bar.addMenu(translate("MapWindow", "&Help"))  # after the docks' View entries: see _docks
        self.help_menu.addActions([a["help_guide"], a["help_shortcuts"]])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a["help_about"])

    def _toolbar(self) -> None:
        a = self.actions
        bar = self.addToolBar(translate("MapWindow", "Map"))
        bar.setObjectName("map_toolbar")
        bar.addAction(a["insert_stage"])
        lane = bar.addAction(translate("MapWindow", "Lane"))
        lane.setObjectName("toolbar_lane")
        lane.setMenu(self.lane_menu)
        lane.triggered.connect(lambda: self.lane_menu.exec(self.cursor().pos()))
        bar.addActions([a["insert_card"], a["insert_marker"], a["insert_picture"]])
        bar.addSeparator()
        bar.addActions([a["edit_undo"], a["edit_redo"]])
        bar.addSeparator()
        bar.addActions([a["view_fit_map"], a["view_fit_width"], a["view_actual_size"]])

    def _docks(self) -> None:
        for title, name, widget in ((translate("MapWindow", "Properties"), "properties", PropertiesPanel(self.editor)),
                                    (translate("MapWindow", "Persona"), "persona", PersonaPanel(self.editor)),
                                    (translate("MapWindow", "Plan"), "plan", None),
                                    (translate("MapWindow", "Metrics"), "metrics", None)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{name}_dock")
            dock.setAccessibleName(title)
            scroll = QScrollArea()  # every field stays reachable in a small window
            scroll.setObjectName(f"{name}_scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            if widget is not None:
                scroll.setWidget(widget)
                setattr(self, f"_{name}_panel", widget)
            else:  # made when its tab is first shown: the first frame does not wait for it
                dock.visibilityChanged.connect(lambda shown, name=name: shown and self.panel(name))
            dock.setWidget(scroll)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.view_menu.addAction(dock.toggleViewAction())
        # the Plan and the Metrics are tabs beside Properties (the selection's, too): four docks
        # stacked would leave each too little room, and Properties and Persona keep theirs
        properties = self.findChild(QDockWidget, "properties_dock")
        self.tabifyDockWidget(properties, self.findChild(QDockWidget, "plan_dock"))
        self.tabifyDockWidget(properties, self.findChild(QDockWidget, "metrics_dock"))
        properties.raise_()

    def panel(self, name: str):
        """The panel of dock `name` ("properties", "persona", "plan", "metrics"), made
        when first asked for (the Plan and Metrics tabs are behind Properties at start)."""
        made = getattr(self, f"_{name}_panel", None)
        if made is None:
            from .metrics_panel import MetricsPanel  # loaded when first shown, like the matrix
            from .plan_panel import PlanPanel
            made = {"plan": PlanPanel, "metrics": MetricsPanel}[name](self.editor)
            self.findChild(QScrollArea, f"{name}_scroll").setWidget(made)
            setattr(self, f"_{name}_panel", made)
        return made

    properties_panel = property(lambda self: self.panel("properties"))
    persona_panel = property(lambda self: self.panel("persona"))
    plan_panel = property(lambda self: self.panel("plan"))
    metrics_panel = property(lambda self: self.panel("metrics"))

    def _connect(self) -> None:
        a, ed, view = self.actions, self.editor, self.view
        for name, slot in {
            "file_new": self.new_requested.emit, "file_open": self.open_requested.emit,
            "file_save_as": lambda: self.save_as_requested.emit(self), "file_close": self.close,
            "file_recover": lambda: self.recover_requested.emit(self),
            "file_export_pdf": lambda: self.export_map("pdf"),
            "file_export_png": lambda: self.export_map("png"),
            "file_save": lambda: self.show_message(translate("MapWindow", SAVED)),
            "file_print": self.print_map,
            "help_guide": lambda: self.show_help("GuideDialog"),
            "help_shortcuts": lambda: self.show_help("ShortcutsDialog"),
            "help_about": lambda: self.show_help("about"),
            "edit_cut": ed.cut_selection, "edit_copy": ed.copy_selection, "edit_paste": ed.paste,
            "edit_duplicate": ed.duplicate_selection, "edit_delete": ed.delete_selection,
            "edit_select_all": ed.select_all, "edit_text": view.edit_selected,
            "insert_stage": ed.add_stage, "insert_card": ed.add_card_here,
            "insert_marker": ed.add_marker_here, "insert_picture": self.choose_pictures,
            "view_zoom_in": lambda: view.zoom_by(1.25), "view_zoom_out": lambda: view.zoom_by(0.8),
            "view_fit_map": view.fit_map, "view_fit_width": view.fit_width,
            "view_actual_size": view.actual_size,
            "view_workshop": self.start_workshop,
            "view_matrix": lambda: self.show_matrix(a["view_matrix"].isChecked()),
            "edit_find": self.find_bar.open_bar,
            "edit_find_next": lambda: self.find_bar.step(+1),
            "edit_find_previous": lambda: self.find_bar.step(-1),
            # every map window closes (each lets its file go); the last one ends the app
            "file_quit": QApplication.closeAllWindows,
        }.items():
            a[name].triggered.connect(slot)
        for kind in LANE_KINDS:
            a[f"insert_lane_{kind}"].triggered.connect(lambda _=False, k=kind: ed.add_lane(k))
        ed.message.connect(self.show_message)
        a["view_split_band"].setChecked(split_band.remembered())  # before the toggle is wired: no re-save
        split_band.show(ed, a["view_split_band"].isChecked())
        a["view_split_band"].toggled.connect(lambda on: split_band.show(ed, on, remember=True))
        view.zoom_changed.connect(lambda z: self.zoom_label.setText(
            translate("MapWindow", "{percent}%").format(percent=number(z / (view.logicalDpiX() / 72) * 100))))
        view.context_menu_requested.connect(self.context_menu)

    # -- behaviour -------------------------------------------------------------------------
    def update_title(self) -> None:
        doc = self.editor.doc
        viewing = doc.read_only and not getattr(doc, "stand_in", False)  # a stand-in waits to edit
        suffix = translate("MapWindow", " (read-only)") if viewing else ""
        self.setWindowTitle(f"{doc.path.name}{suffix} — Wayline")
        self.setWindowFilePath(str(doc.path))
        for name in ("edit_cut", "edit_paste", "edit_duplicate", "edit_delete", "insert_stage",
                     "insert_card", "insert_marker", "insert_picture", "edit_text"):
            self.edit_gate.allow(name, not viewing)  # and off during a gesture

    def adopt(self, doc: Document) -> None:
        """The map opened for editing replaces the first frame's stand-in (app.py);
        the notices are the ones it opened with (the same, unless the file changed)."""
        self.editor.adopt(doc)
        if self.notice_panel.texts() != [local(n) for n in doc.notices]:
            panel = NoticePanel(list(doc.notices), self.notice_panel.parentWidget())
            self.notice_panel.parentWidget().layout().replaceWidget(self.notice_panel, panel)
            self.notice_panel.deleteLater()
            self.notice_panel = panel
        self.update_title()

    def set_recent(self, paths) -> None:
        self.recent_menu.clear()
        for path in paths:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.recent_requested.emit(p))
        self.recent_menu.setEnabled(bool(paths))

    def show_message(self, text: str) -> None:
        """Refusals and notices are one sentence: the status bar holds them long enough."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    def open_dropped(self, paths: list[str]) -> None:
        for path in paths:
            self.recent_requested.emit(path)  # the application opens it, or raises its window

    def choose_pictures(self) -> None:
        cell = self.editor.target_cell()
        if cell is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, translate("MapWindow", "Add pictures"), "", translate("Panels", PICTURE_FILTER))
        if paths:
            self.editor.add_pictures(paths, *cell)

    def context_menu(self, where, hit: Hit) -> None:
        a, ed = self.actions, self.editor
        ed.context_cell = (hit.stage_id, hit.lane_id) if hit.stage_id is not None else None
        menu = QMenu(self)
        if hit.kind in ("card", "marker"):
            menu.addActions([a["edit_text"], a["edit_cut"], a["edit_copy"], a["edit_duplicate"],
                             a["edit_delete"]])
        elif hit.kind in ("stage", "lane"):
            menu.addActions([a["edit_text"], a["edit_delete"]])
        menu.addSeparator()
        if hit.kind in ("cell", "card"):
            menu.addActions([a["insert_card"], a["insert_picture"], a["edit_paste"]])
        if hit.kind in ("curve", "marker"):
            menu.addAction(a["insert_marker"])
        menu.addAction(a["insert_stage"])
        menu.addMenu(self.lane_menu)
        menu.exec(where)
        ed.context_cell = None  # the menu's actions have run; later ones use the selection

    def show_help(self, what: str) -> None:
        """The Help menu: About, or a dialog of editor/help, which is loaded when
        first asked (the first frame does not need it: issue 18)."""
        from . import help
        if what == "about":
            help.show_about(self)
        else:
            help.show(self, getattr(help, what))

    def print_map(self) -> None:
        """File ▸ Print: Qt's print dialog (editor/printing, loaded when first asked:
        QtPrintSupport and ReportLab are not needed for the first frame)."""
        from . import printing
        self.show_message(printing.print_dialog(self.editor, self))

    def export_map(self, kind: str) -> None:
        """File ▸ Export: the dialog (editor/export_dialogs) exports; we say where it went."""
        from .export_dialogs import open_export
        message = open_export(kind, self.editor, self)
        if message:
            self.show_message(message)

    def start_workshop(self) -> None:
        """F5: the map on the projector (editor/workshop). One session per window, so
        the time box and a voting round carry on after Esc and F5 again."""
        from .workshop import Workshop
        if self.workshop is None:
            self.workshop = Workshop(self.editor)
            self.workshop.left.connect(self.take_focus_back)
        if not self.workshop.active():
            self.workshop.enter(current=self.screen())

    def take_focus_back(self) -> None:
        """Leaving the projector: the keyboard goes back to this map, not nowhere."""
        self.activateWindow()
        self.editor.view.setFocus()

    def show_outside_match(self, match, text: str) -> None:
        """A find match in the Persona panel: raise it and select the text found."""
        panel = self.persona_panel
        if match.kind == "persona":
            panel.show_persona(match.id)
        field = panel.fields.get(match.field) if match.kind == "persona" else \
            {"title": panel.title, "scenario": panel.scenario}.get(match.field)
        dock = self.findChild(QDockWidget, "persona_dock")
        dock.show()
        dock.raise_()
        if field is None:
            return
        self.findChild(QScrollArea, "persona_scroll").ensureWidgetVisible(field)
        if hasattr(field, "setSelection"):
            at = field.text().casefold().find(text.strip().casefold())
            field.setSelection(max(at, 0), len(text.strip()) if at >= 0 else 0)
        else:
            field.moveCursor(QTextCursor.MoveOperation.Start)  # find searches on from the cursor
            field.find(text.strip())

    def closeEvent(self, event) -> None:
        """Every gesture is already in the file: closing only lets the file go."""
        self._remember_place()
        if self.workshop is not None and self.workshop.active():
            self.workshop.leave()
        self.write_back_banner.stop()
        self.editor.close()
        kept = self.editor.doc.kept_notice  # the last write-back failed: the copy stays here
        if kept:
            try:
                print(f"wayline: {kept}", file=sys.stderr)
            except (OSError, ValueError):
                pass  # the terminal went away (SIGHUP)
            if not self.quiet:
                tell(self, local(kept))
        self.closed.emit(self)
        super().closeEvent(event)


def ask_read_only(parent, message: str) -> bool:
    """The refusal already offers read-only; the buttons just make the choice."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MapWindow", "Map in use"), message, parent=parent)
    view = box.addButton(translate("MapWindow", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is view


def ask_clean_copy(parent, message: str) -> bool:
    """A map whose schema is not Wayline's: offer a clean copy made from its data."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MapWindow", "Map changed by another program"), message, parent=parent)
    box.setObjectName("cleanCopyQuestion")
    make = box.addButton(translate("MapWindow", "Open a Clean Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is make


def tell(parent, message: str) -> None:
    QMessageBox.warning(parent, "Wayline", message)


def ask_pending(parent, error) -> str | None:
    """A working copy with changes not written back (`PendingWriteBack`): "finish"
    writes them back, "keep" saves them beside the shared map; None opens nothing.
    When someone else changed the shared map since, only keeping both is offered."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MapWindow", "Changes not written back"), refusal(error), parent=parent)
    box.setObjectName("pendingWriteBackQuestion")
    finish = None
    if not error.changed:
        finish = box.addButton(translate("MapWindow", "Finish Writing Back to “{name}”").format(name=error.original.name),
                               QMessageBox.ButtonRole.AcceptRole)
        finish.setObjectName("finishWriteBack")
    keep = box.addButton(translate("MapWindow", "Keep Both"), QMessageBox.ButtonRole.ActionRole)
    keep.setObjectName("keepBoth")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "finish" if finish is not None and clicked is finish else "keep" if clicked is keep else None
