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
