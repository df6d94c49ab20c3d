"""Every menu and toolbar action of a map window, built once, here.

Each action has an `objectName` (for tests and settings), a standard
QKeySequence where the platform has one, and no two actions share a shortcut
on any platform, nor take a key that a platform's standard bindings give to
something else (`platform_keys.audit`; tests/editor/test_actions.py and
tests/x11 check). The window connects them to what they do; this module
decides their names, texts and keys, and when each is on (`EditGate`: what its
subject allows, and no gesture running for the ones that would change the map
under it).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from model.lanes import KINDS as LANE_KINDS

from .i18n import translate

Std = QKeySequence.StandardKey

# name: (text, shortcuts, status tip); QT_TRANSLATE_NOOP marks a text for lupdate, and
# `make` translates it once the translators are in (this table is built before them)
SPECS = {
    "file_new": (QT_TRANSLATE_NOOP("Actions", "&New Map…"), [Std.New], QT_TRANSLATE_NOOP("Actions", "Create a new journey map from a template: blank or sample")),
    "file_open": (QT_TRANSLATE_NOOP("Actions", "&Open…"), [Std.Open], QT_TRANSLATE_NOOP("Actions", "Open a journey map")),
    # nothing to save: every change is in the file already; the habit gets an answer, not silence
    "file_save": (QT_TRANSLATE_NOOP("Actions", "&Save"), [Std.Save], QT_TRANSLATE_NOOP("Actions", "Wayline saves every change as you make it")),
    "file_save_as": (QT_TRANSLATE_NOOP("Actions", "Save &As…"), [Std.SaveAs], QT_TRANSLATE_NOOP("Actions", "Copy this map to a new file and go on editing the copy")),
    "file_recover": (QT_TRANSLATE_NOOP("Actions", "&Recover from a Backup…"), [], QT_TRANSLATE_NOOP("Actions", "Open an earlier copy of this map as a new map")),
    "file_export_pdf": (QT_TRANSLATE_NOOP("Actions", "&PDF Poster…"), [], QT_TRANSLATE_NOOP("Actions", "Print the map as a poster: one large sheet or tiled pages")),
    "file_export_png": (QT_TRANSLATE_NOOP("Actions", "P&NG Image…"), [], QT_TRANSLATE_NOOP("Actions", "Save the map as a picture at a chosen resolution")),
    "file_print": (QT_TRANSLATE_NOOP("Actions", "&Print…"), [Std.Print], QT_TRANSLATE_NOOP("Actions", "Print the map on a printer: fitted to one page, or tiled over several")),
    "file_close": (QT_TRANSLATE_NOOP("Actions", "&Close"), [Std.Close], QT_TRANSLATE_NOOP("Actions", "Close this map (every change is already saved)")),
    "file_quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), ["Ctrl+Q"], QT_TRANSLATE_NOOP("Actions", "Close every map and quit")),  # Std.Quit is empty on Windows and bare X11
    "edit_undo": (QT_TRANSLATE_NOOP("Actions", "&Undo"), [Std.Undo], ""),
    "edit_redo": (QT_TRANSLATE_NOOP("Actions", "&Redo"), [Std.Redo], ""),
    "edit_cut": (QT_TRANSLATE_NOOP("Actions", "Cu&t"), [Std.Cut], QT_TRANSLATE_NOOP("Actions", "Cut the selected cards")),
    "edit_copy": (QT_TRANSLATE_NOOP("Actions", "&Copy"), [Std.Copy], QT_TRANSLATE_NOOP("Actions", "Copy the selected cards")),
    "edit_paste": (QT_TRANSLATE_NOOP("Actions", "&Paste"), [Std.Paste], QT_TRANSLATE_NOOP("Actions", "Paste cards, or text as one card per line, into the selected cell")),
    # Ctrl+D (Miro, draw.io) is Delete on X11, KDE and GNOME: ambiguous there, so it does nothing
    "edit_duplicate": (QT_TRANSLATE_NOOP("Actions", "&Duplicate"), ["Ctrl+Shift+D"], QT_TRANSLATE_NOOP("Actions", "Duplicate the selected cards")),
    # the Delete key, not Std.Delete: that adds the Emacs line-edit keys Ctrl+D (X11) and
    # Control+D (macOS), and someone pressing Ctrl+D to duplicate would delete instead
    "edit_delete": (QT_TRANSLATE_NOOP("Actions", "De&lete"), ["Del"], QT_TRANSLATE_NOOP("Actions", "Delete the selection")),
    "edit_select_all": (QT_TRANSLATE_NOOP("Actions", "Select &All Cards"), [Std.SelectAll], ""),
    "edit_text": (QT_TRANSLATE_NOOP("Actions", "&Edit Text"), ["F2", "Return"], QT_TRANSLATE_NOOP("Actions", "Edit the selected card, stage, lane or label in place")),
    "edit_find": (QT_TRANSLATE_NOOP("Actions", "&Find…"), [Std.Find], QT_TRANSLATE_NOOP("Actions", "Find text in cards, stages, lanes, markers and personas")),
    "edit_find_next": (QT_TRANSLATE_NOOP("Actions", "Find &Next"), [Std.FindNext], QT_TRANSLATE_NOOP("Actions", "Go to the next match")),
    "edit_find_previous": (QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), [Std.FindPrevious], QT_TRANSLATE_NOOP("Actions", "Go to the previous match")),
    "insert_stage": (QT_TRANSLATE_NOOP("Actions", "&Stage"), [], QT_TRANSLATE_NOOP("Actions", "Add a stage after the selected one")),
    # single letters: only while nothing that takes typing is selected (MapView.event)
    "insert_card": (QT_TRANSLATE_NOOP("Actions", "&Card"), ["N"], QT_TRANSLATE_NOOP("Actions", "Add a card to the selected cell")),
    "insert_marker": (QT_TRANSLATE_NOOP("Actions", "Emotion &Marker"), ["M"], QT_TRANSLATE_NOOP("Actions", "Add an emotion marker")),
    "insert_picture": (QT_TRANSLATE_NOOP("Actions", "&Picture…"), [], QT_TRANSLATE_NOOP("Actions", "Add a picture card from a file")),
    "view_zoom_in": (QT_TRANSLATE_NOOP("Actions", "Zoom &In"), [Std.ZoomIn], ""),
    "view_zoom_out": (QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), [Std.ZoomOut], ""),
    "view_fit_map": (QT_TRANSLATE_NOOP("Actions", "&Fit Map"), ["Ctrl+0"], QT_TRANSLATE_NOOP("Actions", "Show the whole map")),
    "view_fit_width": (QT_TRANSLATE_NOOP("Actions", "Fit &Width"), ["Ctrl+9"], QT_TRANSLATE_NOOP("Actions", "Fit the map's width to the window")),
    "view_actual_size": (QT_TRANSLATE_NOOP("Actions", "&Actual Size (100 %)"), ["Ctrl+1"], QT_TRANSLATE_NOOP("Actions", "Show the map at print size")),
    # a toggle (TOGGLES), remembered in the settings, never in the map
    "view_split_band": (QT_TRANSLATE_NOOP("Actions", "&Split Band"), [], QT_TRANSLATE_NOOP("Actions", "Mark the stages where personas' felt curves differ by 2 points or more")),
    "view_matrix": (QT_TRANSLATE_NOOP("Actions", "Opportunity &Matrix"), ["Ctrl+Shift+M"],
                    QT_TRANSLATE_NOOP("Actions", "Place opportunities by effort and impact; drag one to score it")),
    "view_workshop": (QT_TRANSLATE_NOOP("Actions", "&Workshop Mode"), ["F5"],
                      QT_TRANSLATE_NOOP("Actions", "Run a session on the projector: full screen, stage spotlight, quick capture, "
                        "time box and dot voting (Esc leaves)")),
    "help_guide": (QT_TRANSLATE_NOOP("Actions", "Wayline &User Guide"), [Std.HelpContents], QT_TRANSLATE_NOOP("Actions", "How to make, run and print a journey map")),
    "help_shortcuts": (QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), [], QT_TRANSLATE_NOOP("Actions", "Every shortcut of this window, read from its actions")),
    "help_about": (QT_TRANSLATE_NOOP("Actions", "&About Wayline"), [], QT_TRANSLATE_NOOP("Actions", "Version, licence and the licences of the bundled fonts")),
}


# the lane kinds' names (model/lanes.py), for lupdate: the model stays free of Qt
LANE_NAMES = (QT_TRANSLATE_NOOP("Lanes", "Actions"),
              QT_TRANSLATE_NOOP("Lanes", "Touchpoints"),
              QT_TRANSLATE_NOOP("Lanes", "Thoughts"),
              QT_TRANSLATE_NOOP("Lanes", "Emotions"),
              QT_TRANSLATE_NOOP("Lanes", "Pain points"),
              QT_TRANSLATE_NOOP("Lanes", "Opportunities"),
              QT_TRANSLATE_NOOP("Lanes", "Backstage"),
              QT_TRANSLATE_NOOP("Lanes", "Metrics"),
              QT_TRANSLATE_NOOP("Lanes", "Images"),
              QT_TRANSLATE_NOOP("Lanes", "Notes"))
# the standard keys an action stands for, where its spec spells the key out
STANDS_FOR = {"file_quit": ["Quit"], "edit_delete": ["Delete"]}

# actions that are on or off (a view option), not done once
TOGGLES = ("view_split_band",)

# keys a platform gives to something else, kept on purpose: (action, key) -> why
KEPT = {
    ("edit_text", "Return"): "Return inserts a paragraph only in text fields; edit_text is a "
                             "canvas-only action, and the canvas gives its keys to the text "
                             "being edited in place",
    ("view_workshop", "F5"): "F5 is Refresh, which Wayline does not have; it starts the "
                             "presentation in PowerPoint and Impress, as workshop mode here",
}


def make(parent: QWidget, name: str, text: str, keys=(), tip: str = "") -> QAction:
    action = QAction(translate("Actions", text), parent)
    action.setObjectName(name)
    sequences = []
    for key in keys:
        sequences.extend(QKeySequence.keyBindings(key) if isinstance(key, Std) else [QKeySequence(key)])
    action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(translate("Actions", tip))
    return action


# keys that mean something else while typing in a panel (Delete, Return, N, Ctrl+C...):
# these act only while the canvas has the keyboard focus
CANVAS_ONLY = ("edit_cut", "edit_copy", "edit_paste", "edit_duplicate", "edit_delete",
               "edit_select_all", "edit_text", "insert_card", "insert_marker")


def build(window: QWidget, canvas: QWidget) -> dict[str, QAction]:
    actions = {name: make(window, name, *spec) for name, spec in SPECS.items()}
    actions["view_matrix"].setCheckable(True)
    for kind in LANE_KINDS.values():
        name = f"insert_lane_{kind.key}"
        label = translate("Lanes", kind.label)
        actions[name] = make(window, name, translate("Actions", "{kind} Lane").format(kind=label), (),
                             translate("Actions", "Add a lane: {kind}").format(kind=label))
    for name in TOGGLES:
        actions[name].setCheckable(True)
    for name, action in actions.items():
        if name in CANVAS_ONLY:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            canvas.addAction(action)
        else:
            window.addAction(action)  # shortcuts work even with the menu bar hidden
    return actions


# off while a gesture runs on the map (a drag, a rubber band, a text edited in place):
# they would change the map under it (editor/intents.py, `Gestures`)
GUARDED = ("edit_undo", "edit_redo", "edit_cut", "edit_delete", "edit_paste")


class EditGate:
    """Whether each action is on: what its subject allows (the stack can undo, the map
    is not read-only: `allow`) and, for the guarded ones, no gesture running."""

    def __init__(self, actions: dict[str, QAction]):
        self.actions = actions
        self.allowed = {name: action.isEnabled() for name, action in actions.items()}
        self.busy = False

    def allow(self, name: str, allowed: bool) -> None:
        self.allowed[name] = allowed
        self._show(name)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for name in GUARDED:
            self._show(name)

    def _show(self, name: str) -> None:
        self.actions[name].setEnabled(self.allowed[name] and not (self.busy and name in GUARDED))


def bind_undo(actions: dict[str, QAction], stack: QUndoStack, gestures=None) -> EditGate:
    """Undo/Redo follow the stack: enabled when possible, named after the step, and
    off during a gesture (`gestures.busy_changed`). The slots take the values the
    signals carry and never call back into the stack, which also emits while it is
    being destroyed. The gate returned is where the window turns actions on and off."""
    gate = EditGate(actions)
    undo, redo = actions["edit_undo"], actions["edit_redo"]
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    stack.canUndoChanged.connect(lambda can: gate.allow("edit_undo", can))
    stack.canRedoChanged.connect(lambda can: gate.allow("edit_redo", can))
    stack.undoTextChanged.connect(lambda text: undo.setText(translate("Actions", "&Undo {step}").format(step=text).rstrip()))
    stack.redoTextChanged.connect(lambda text: redo.setText(translate("Actions", "&Redo {step}").format(step=text).rstrip()))
    gate.allow("edit_undo", stack.canUndo())
    gate.allow("edit_redo", stack.canRedo())
    if gestures is not None:
        gestures.busy_changed.connect(gate.set_busy)
    return gate
