"""Garbage collection between gestures, not in the middle of one.

Python's cycle collector runs when enough objects were made, wherever that
happens to be; a full collection walks every tracked object of the process,
and with a 1,000-card map open that is ~110,000 objects and 60–90 ms: a frame
dropped in the middle of a quick capture or a drag. The map's long-lived
objects (the loaded rows, the layout, the scene's wrappers) never become
garbage while it is open, so once the map has been quiet for a moment they are
moved out of the collector's way (`gc.freeze`): later collections walk only
what was made since, a few thousand objects.

The price: a cycle among frozen objects that later becomes garbage stays until
the map is closed (`release`), when everything is handed back to the
collector. Plain garbage (no cycle) is freed at once by reference counting, as
always; the layout's boxes and the model's rows hold no cycles.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

QUIET_MS = 1500  # after the last edit: the user is reading, not gesturing


class QuietCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.timer.timeout.connect(settle)
        self.timer.start()  # the first settle waits for the map's first quiet moment too

    def edited(self, *_args) -> None:
        self.timer.start()  # again from now: wait until the edits pause

    def release(self) -> None:
        """The map closes: hand every object back to the collector."""
        self.timer.stop()
        gc.unfreeze()


def settle() -> None:
    """Collect what was made since the last settle, then set the survivors aside."""
    gc.collect()
    gc.freeze()
