"""The workshop's key bindings: no two commands on one key, and no platform
standard key taken except the documented overrides (checked against the
bindings of the platform the suite runs on; tests/x11 runs it on X11 too)."""
from PySide6.QtGui import QKeySequence

from editor.workshop import keys


def sequence(key, mods) -> str:
    return QKeySequence(key | mods).toString()


def standard_keys() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for standard in QKeySequence.StandardKey:
        if standard != QKeySequence.StandardKey.UnknownKey:
            for binding in QKeySequence.keyBindings(standard):
                out.setdefault(binding.toString(), []).append(standard.name)
    return out


def test_no_two_commands_share_a_key_and_none_is_a_standard_key(qapp):
    taken = [sequence(k, m) for (k, m) in keys.BINDINGS]
    assert len(set(taken)) == len(taken) == len(keys.BINDINGS)
    standard = standard_keys()
    clashes = {s: standard[s] for s in taken if s in standard and s not in keys.OVERRIDES}
    assert clashes == {}
    assert {"Ctrl+T", "Ctrl+Shift+T", "Ctrl+Shift+M", "Ctrl+Shift+Backspace"} <= set(taken)


def test_no_command_is_a_standard_key_on_any_platform(qapp):
    """Qt answers keyBindings only for the platform it runs on: editor/platform_keys has
    every platform's table (Ctrl+D is Delete on X11, KDE and GNOME)."""
    from editor import platform_keys
    portable = QKeySequence.SequenceFormat.PortableText
    clashes = {}
    for (k, m) in keys.BINDINGS:
        text = QKeySequence(k | m).toString(portable)
        for platform in platform_keys.ALL:
            if platform_keys.meanings(text, platform) and text not in keys.OVERRIDES:
                clashes[(text, platform)] = platform_keys.meanings(text, platform)
    assert clashes == {}
