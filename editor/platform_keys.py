"""The standard key bindings of every platform Qt knows, as data.

Qt answers `QKeySequence.keyBindings()` only for the platform it runs on, so a
shortcut that is free on Windows can be taken on X11 (Ctrl+D is Delete there,
and an action on Ctrl+D is then ambiguous and does nothing). This table is Qt
6.11's `QPlatformThemePrivate::keyBindings` (qtbase, src/gui/kernel/
qplatformtheme.cpp) for keyboard keys (dedicated Copy/Save/Back keys left out),
read back from Qt itself for Windows (the offscreen platform), X11 and GNOME
(xcb, `QT_QPA_PLATFORMTHEME=gnome`) and written from the source for KDE and
macOS. KDE and GNOME also get X11's rows, as Qt gives them. Keys are in
`QKeySequence.PortableText`: on macOS "Ctrl" is Command and "Meta" is Control.

`audit(specs)` checks every action's shortcuts against it (tests/editor/
test_actions.py, and tests/x11 against the live X11 platform).
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence

WINDOWS, MACOS, X11, KDE, GNOME = "windows", "macos", "x11", "kde", "gnome"
ALL = (WINDOWS, MACOS, X11, KDE, GNOME)


# (key, what the platform does with it, platforms)
BINDINGS = (
    ("Ctrl++", "ZoomIn", ALL),
    ("Ctrl+,", "Preferences", (MACOS,)),
    ("Ctrl+,", "NextChild", (KDE,)),
    ("Ctrl+-", "ZoomOut", ALL),
    ("Ctrl+.", "Cancel", (MACOS,)),
    ("Ctrl+.", "PreviousChild", (KDE,)),
    ("Ctrl+?", "HelpContents", (MACOS,)),
    ("Ctrl+A", "SelectAll", ALL),
    ("Ctrl+Shift+A", "Deselect", (X11, KDE, GNOME)),
    ("Meta+A", "MoveToStartOfBlock", (MACOS,)),
    ("Meta+Shift+A", "SelectStartOfBlock", (MACOS,)),
    ("Ctrl+B", "Bold", ALL),
    ("Meta+B", "MoveToPreviousChar", (MACOS,)),
    ("Alt+Backspace", "Undo", (WINDOWS,)),
    ("Alt+Backspace", "DeleteStartOfWord", (MACOS,)),
    ("Alt+Shift+Backspace", "Redo", (WINDOWS,)),
    ("Backspace", "Back", (WINDOWS,)),
    ("Ctrl+Backspace", "DeleteStartOfWord", (WINDOWS, X11, KDE, GNOME)),
    ("Shift+Backspace", "Forward", (WINDOWS,)),
    ("Ctrl+Shift+Backtab", "PreviousChild", ALL),
    ("Ctrl+C", "Copy", ALL),
    ("Ctrl+D", "Delete", (X11, KDE, GNOME)),
    ("Meta+D", "Delete", (MACOS,)),
    ("Alt+Del", "DeleteEndOfWord", (MACOS,)),
    ("Ctrl+Del", "DeleteEndOfWord", (WINDOWS, X11, KDE, GNOME)),
    ("Del", "Delete", ALL),
    ("Shift+Del", "Cut", (WINDOWS, X11, KDE, GNOME)),
    ("Alt+Down", "MoveToEndOfBlock", (MACOS,)),
    ("Alt+Shift+Down", "SelectEndOfBlock", (MACOS,)),
    ("Ctrl+Down", "MoveToEndOfDocument", (MACOS,)),
    ("Ctrl+Shift+Down", "SelectEndOfDocument", (MACOS,)),
    ("Down", "MoveToNextLine", ALL),
    ("Meta+Down", "MoveToNextPage", (MACOS,)),
    ("Shift+Down", "SelectNextLine", ALL),
    ("Ctrl+E", "MoveToEndOfLine", (X11, KDE, GNOME)),
    ("Meta+E", "MoveToEndOfBlock", (MACOS,)),
    ("Meta+Shift+E", "SelectEndOfBlock", (MACOS,)),
    ("Ctrl+End", "MoveToEndOfDocument", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Shift+End", "SelectEndOfDocument", (WINDOWS, X11, KDE, GNOME)),
    ("End", "MoveToEndOfLine", (WINDOWS, X11, KDE, GNOME)),
    ("End", "MoveToEndOfDocument", (MACOS,)),
    ("Shift+End", "SelectEndOfLine", (WINDOWS, X11, KDE, GNOME)),
    ("Shift+End", "SelectEndOfDocument", (MACOS,)),
    ("Alt+Enter", "FullScreen", (WINDOWS,)),
    ("Enter", "InsertParagraphSeparator", ALL),
    ("Meta+Enter", "InsertLineSeparator", (MACOS,)),
    ("Shift+Enter", "InsertLineSeparator", ALL),
    ("Esc", "Cancel", ALL),
    ("Ctrl+F", "Find", ALL),
    ("Ctrl+Shift+F", "FullScreen", (KDE,)),
    ("Meta+Ctrl+F", "FullScreen", (MACOS,)),
    ("Meta+F", "MoveToNextChar", (MACOS,)),
    ("F1", "HelpContents", (WINDOWS, X11, KDE, GNOME)),
    ("Shift+F1", "WhatsThis", ALL),
    ("F11", "FullScreen", (WINDOWS, KDE, GNOME)),
    ("F14", "Undo", (X11, KDE, GNOME)),
    ("F16", "Copy", (X11, KDE, GNOME)),
    ("F18", "Paste", (X11, KDE, GNOME)),
    ("F20", "Cut", (X11, KDE, GNOME)),
    ("F3", "FindNext", (WINDOWS, X11, KDE, GNOME)),
    ("Shift+F3", "FindPrevious", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+F4", "Close", (WINDOWS, MACOS)),
    ("F5", "Refresh", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+F6", "NextChild", (WINDOWS,)),
    ("Ctrl+Shift+F6", "PreviousChild", (WINDOWS,)),
    ("Ctrl+G", "FindNext", (WINDOWS, MACOS, GNOME)),
    ("Ctrl+Shift+G", "FindPrevious", (WINDOWS, MACOS, GNOME)),
    ("Ctrl+H", "Replace", (WINDOWS, GNOME)),
    ("Meta+H", "Backspace", (MACOS,)),
    ("Ctrl+Home", "MoveToStartOfDocument", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Shift+Home", "SelectStartOfDocument", (WINDOWS, X11, KDE, GNOME)),
    ("Home", "MoveToStartOfLine", (WINDOWS, X11, KDE, GNOME)),
    ("Home", "MoveToStartOfDocument", (MACOS,)),
    ("Shift+Home", "SelectStartOfLine", (WINDOWS, X11, KDE, GNOME)),
    ("Shift+Home", "SelectStartOfDocument", (MACOS,)),
    ("Ctrl+I", "Italic", ALL),
    ("Ctrl+Ins", "Copy", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Shift+Ins", "Paste", (X11, KDE, GNOME)),
    ("Shift+Ins", "Paste", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+K", "DeleteEndOfLine", (X11, KDE, GNOME)),
    ("Meta+K", "Cut", (MACOS,)),
    ("Alt+Left", "Back", (WINDOWS, X11, KDE, GNOME)),
    ("Alt+Left", "MoveToPreviousWord", (MACOS,)),
    ("Alt+Shift+Left", "SelectPreviousWord", (MACOS,)),
    ("Ctrl+Left", "MoveToPreviousWord", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Left", "Back", (MACOS,)),
    ("Ctrl+Left", "MoveToStartOfLine", (MACOS,)),
    ("Ctrl+Shift+Left", "SelectPreviousWord", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Shift+Left", "SelectStartOfLine", (MACOS,)),
    ("Left", "MoveToPreviousChar", ALL),
    ("Meta+Left", "MoveToStartOfLine", (MACOS,)),
    ("Meta+Shift+Left", "SelectStartOfLine", (MACOS,)),
    ("Shift+Left", "SelectPreviousChar", ALL),
    ("Ctrl+N", "New", ALL),
    ("Ctrl+Shift+N", "AddTab", (KDE,)),
    ("Meta+N", "MoveToNextLine", (MACOS,)),
    ("Ctrl+O", "Open", ALL),
    ("Meta+O", "InsertLineSeparator", (MACOS,)),
    ("Ctrl+P", "Print", ALL),
    ("Meta+P", "MoveToPreviousLine", (MACOS,)),
    ("Alt+PgDown", "MoveToNextPage", (MACOS,)),
    ("Meta+PgDown", "MoveToNextPage", (MACOS,)),
    ("PgDown", "MoveToNextPage", ALL),
    ("Shift+PgDown", "SelectNextPage", ALL),
    ("Alt+PgUp", "MoveToPreviousPage", (MACOS,)),
    ("Meta+PgUp", "MoveToPreviousPage", (MACOS,)),
    ("PgUp", "MoveToPreviousPage", ALL),
    ("Shift+PgUp", "SelectPreviousPage", ALL),
    ("Ctrl+Q", "Quit", (MACOS, X11, KDE, GNOME)),
    ("Ctrl+R", "Refresh", (MACOS, GNOME)),
    ("Ctrl+R", "Replace", (KDE,)),
    ("Meta+Return", "InsertLineSeparator", (MACOS,)),
    ("Return", "InsertParagraphSeparator", ALL),
    ("Shift+Return", "InsertLineSeparator", ALL),
    ("Alt+Right", "Forward", (WINDOWS, X11, KDE, GNOME)),
    ("Alt+Right", "MoveToNextWord", (MACOS,)),
    ("Alt+Shift+Right", "SelectNextWord", (MACOS,)),
    ("Ctrl+Right", "MoveToNextWord", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Right", "Forward", (MACOS,)),
    ("Ctrl+Right", "MoveToEndOfLine", (MACOS,)),
    ("Ctrl+Shift+Right", "SelectNextWord", (WINDOWS, X11, KDE, GNOME)),
    ("Ctrl+Shift+Right", "SelectEndOfLine", (MACOS,)),
    ("Meta+Right", "MoveToEndOfLine", (MACOS,)),
    ("Meta+Shift+Right", "SelectEndOfLine", (MACOS,)),
    ("Right", "MoveToNextChar", ALL),
    ("Shift+Right", "SelectNextChar", ALL),
    ("Ctrl+S", "Save", ALL),
    ("Ctrl+Shift+S", "SaveAs", ALL),
    ("Ctrl+T", "AddTab", ALL),
    ("Ctrl+Tab", "NextChild", ALL),
    ("Ctrl+U", "Underline", ALL),
    ("Ctrl+U", "DeleteCompleteLine", (X11, KDE, GNOME)),
    ("Alt+Shift+Up", "SelectStartOfBlock", (MACOS,)),
    ("Alt+Up", "MoveToStartOfBlock", (MACOS,)),
    ("Ctrl+Shift+Up", "SelectStartOfDocument", (MACOS,)),
    ("Ctrl+Up", "MoveToStartOfDocument", (MACOS,)),
    ("Meta+Up", "MoveToPreviousPage", (MACOS,)),
    ("Shift+Up", "SelectPreviousLine", ALL),
    ("Up", "MoveToPreviousLine", ALL),
    ("Ctrl+V", "Paste", ALL),
    ("Meta+V", "MoveToNextPage", (MACOS,)),
    ("Ctrl+W", "Close", ALL),
    ("Ctrl+X", "Cut", ALL),
    ("Ctrl+Y", "Redo", (WINDOWS,)),
    ("Meta+Y", "Paste", (MACOS,)),
    ("Ctrl+Shift+Z", "Redo", ALL),
    ("Ctrl+Z", "Undo", ALL),
    ("Ctrl+[", "Back", (MACOS,)),
    ("Ctrl+]", "Forward", (MACOS,)),
    ("Ctrl+{", "PreviousChild", (MACOS,)),
    ("Ctrl+}", "NextChild", (MACOS,)),
)

# Shortcuts the system takes before an application sees them (not in Qt's table).
SYSTEM = (
    ("Ctrl+H", "Hide the application", (MACOS,)),
    ("Ctrl+M", "Minimise the window", (MACOS,)),
    ("Ctrl+Q", "Quit", (MACOS,)),
    ("Alt+F4", "Close the window", (WINDOWS, KDE, GNOME)),
    ("Alt+Tab", "Switch windows", ALL),
)


def portable(key) -> str:
    """One spelling for a key: QKeySequence's portable text ("Del", "Ctrl+Shift+D")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def standard(name: str, platform: str) -> list[str]:
    """The keys of one QKeySequence.StandardKey (by name) on one platform."""
    return [portable(key) for key, std, where in BINDINGS if std == name and platform in where]


def meanings(key: str, platform: str) -> set[str]:
    """What a platform does with a key: standard key names and system actions."""
    key = portable(key)
    return {std for k, std, where in BINDINGS + SYSTEM if portable(k) == key and platform in where}


def keys_of(spec_keys, platform: str) -> list[str]:
    """An action's shortcuts on one platform: standard keys expand as Qt expands them there."""
    out = []
    for key in spec_keys:
        if isinstance(key, QKeySequence.StandardKey):
            out.extend(standard(key.name, platform))
        else:
            out.append(portable(key))
    return out


def audit(specs: dict, stands_for: dict, kept: dict) -> list[str]:
    """Every clash of the actions' shortcuts on any platform, as sentences (none is good).

    specs: name -> shortcuts (strings or StandardKeys); stands_for: name -> the
    standard key names an action is (besides those in its spec); kept: (name, key)
    -> why a key the platforms give to something else is still right for that action."""
    problems = []
    for platform in ALL:
        owner: dict[str, str] = {}
        for name, spec_keys in specs.items():
            mine = {k.name for k in spec_keys if isinstance(k, QKeySequence.StandardKey)}
            mine |= set(stands_for.get(name, ()))
            for key in keys_of(spec_keys, platform):
                if key in owner and owner[key] != name:
                    problems.append(f"{platform}: {key} is both {owner[key]} and {name}")
                owner[key] = name
                other = meanings(key, platform) - mine
                if other and (name, key) not in kept:
                    problems.append(f"{platform}: {name} is on {key}, which is {', '.join(sorted(other))} there")
    return problems
