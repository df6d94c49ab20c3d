"""The time box: a countdown for one exercise (set in minutes, pause, add a
minute) and a gentle signal when it ends.

`Countdown` is plain Python on an injectable clock, so tests move time by hand
and never sleep. `TimeBox` wraps it for Qt: a quarter-second tick that emits
`changed`, and `ended` once when the time is up. The signal is gentle on
purpose: the clock chip turns amber in the last minute and softly pulses when
time is up, and keeps counting the overrun; no sound cuts into the discussion.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]
LAST_MINUTE = 60.0


class Countdown:
    def __init__(self, clock: Clock = time.monotonic):
        self.clock = clock
        self.total = 0.0        # seconds allowed, including added minutes
        self.used = 0.0         # seconds used before the last (re)start
        self.since: float | None = None  # clock time of the last (re)start while running

    @property
    def started(self) -> bool:
        return self.total > 0

    @property
    def running(self) -> bool:
        return self.since is not None

    def start(self, minutes: float) -> None:
        self.total, self.used, self.since = max(minutes, 0.0) * 60.0, 0.0, self.clock()

    def elapsed(self) -> float:
        return self.used + (self.clock() - self.since if self.running else 0.0)

    def remaining(self) -> float:
        """Seconds left; negative once the time box has run over."""
        return self.total - self.elapsed()

    def pause(self) -> None:
        if self.running:
            self.used, self.since = self.elapsed(), None

    def resume(self) -> None:
        if self.started and not self.running:
            self.since = self.clock()

    def add_minute(self) -> None:
        self.total += 60.0

    def stop(self) -> None:
        self.total, self.used, self.since = 0.0, 0.0, None


def clock_text(seconds: float) -> str:
    """12:05, or +0:42 once over time (the room sees by how much)."""
    sign = "+" if seconds < 0 else ""
    s = int(abs(seconds) + (0 if seconds < 0 else 0.999))  # 4:59.2 left shows 5:00
    return f"{sign}{s // 60}:{s % 60:02d}"


class TimeBox(QObject):
    changed = Signal()
    ended = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent=None):
        super().__init__(parent)
        self.countdown = Countdown(clock)
        self.minutes = 5.0          # what the next start uses
        self.signalled = False
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.tick)

    def start(self, minutes: float | None = None) -> None:
        if minutes is not None:
            self.minutes = minutes
        self.countdown.start(self.minutes)
        self.signalled = False
        self.timer.start()
        self.tick()

    def toggle(self) -> None:
        """One key for the facilitator: start, pause, resume."""
        c = self.countdown
        if not c.started:
            self.start()
        elif c.running:
            c.pause()
        else:
            c.resume()
        self.tick()

    def add_minute(self) -> None:
        if not self.countdown.started:
            self.start(1)
            return
        self.countdown.add_minute()
        if self.countdown.remaining() > 0:
            self.signalled = False  # a fresh end will be signalled again
        self.tick()

    def stop(self) -> None:
        self.countdown.stop()
        self.timer.stop()
        self.tick()

    def tick(self) -> None:
        if self.countdown.started and self.countdown.remaining() <= 0 and not self.signalled:
            self.signalled = True
            self.ended.emit()
        self.changed.emit()

    # -- what the clock chip shows ---------------------------------------------------
    def state(self) -> str:
        c = self.countdown
        if not c.started:
            return "idle"
        if c.remaining() <= 0:
            return "over"
        if not c.running:
            return "paused"
        return "last_minute" if c.remaining() <= LAST_MINUTE else "running"

    def text(self) -> str:
        if not self.countdown.started:
            return ""
        return clock_text(self.countdown.remaining())
