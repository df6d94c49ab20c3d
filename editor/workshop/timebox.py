"""The time box: a countdown for one exercise, and a gentle signal when it ends.

A session runs many timed exercises, so the time box is a small state machine,
`Countdown`, plain Python on an injectable clock (tests move time by hand and
never sleep, and need no QApplication):

    idle ──start──► running ◄──pause/resume──► paused
                       │ (time runs out)
                       ▼
                     over (the overrun keeps counting) ──end──► idle

`minutes` is the length of the next box. Adding or taking off a minute changes
the box that is set, or, when idle, the length of the next one. `reset` (or
ending an overrun) goes back to idle; `start` begins a new box from any state.

`TimeBox` wraps it for Qt: a quarter-second tick that emits `changed`, and
`ended` once each time the box runs out. The signal is gentle on purpose: the
clock chip turns amber in the last minute and softly pulses when time is up,
and keeps counting the overrun; no sound cuts into the discussion.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]
LAST_MINUTE = 60.0
IDLE, RUNNING, PAUSED, OVER = "idle", "running", "paused", "over"
SHORTEST, LONGEST = 1, 180   # minutes a box may be set to


def clamp_minutes(minutes: float) -> float:
    return float(max(SHORTEST, min(LONGEST, round(minutes))))


class Countdown:
    """The time box's rules: idle → running ⇄ paused; running out is 'over'."""

    def __init__(self, clock: Clock = time.monotonic, minutes: float = 5.0):
        self.clock = clock
        self.minutes = clamp_minutes(minutes)   # the length of the next box
        self.is_set = False        # a box is set: running, paused or over
        self.total = 0.0        # seconds allowed, including added minutes
        self.used = 0.0         # seconds used before the last (re)start
        self.since: float | None = None  # clock time of the last (re)start while running

    @property
    def started(self) -> bool:
        return self.is_set

    @property
    def running(self) -> bool:
        return self.since is not None

    def state(self) -> str:
        if not self.is_set:
            return IDLE
        if self.remaining() <= 0:
            return OVER
        return RUNNING if self.running else PAUSED

    def elapsed(self) -> float:
        return self.used + (self.clock() - self.since if self.running else 0.0)

    def remaining(self) -> float:
        """Seconds left; negative once the time box has run over."""
        return self.total - self.elapsed() if self.is_set else 0.0

    # -- the transitions -----------------------------------------------------------------
    def start(self, minutes: float | None = None) -> None:
        """A new box (from any state), of `minutes` or the set length."""
        if minutes is not None:
            self.minutes = clamp_minutes(minutes)
        self.is_set, self.total, self.used, self.since = True, self.minutes * 60.0, 0.0, self.clock()

    def pause(self) -> None:
        if self.state() == RUNNING:
            self.used, self.since = self.elapsed(), None

    def resume(self) -> None:
        if self.state() == PAUSED:
            self.since = self.clock()

    def toggle(self) -> str:
        """The one key: start, pause, resume; an overrun ends (back to idle). Says which."""
        state = self.state()
        if state == IDLE:
            self.start()
            return "started"
        if state == RUNNING:
            self.pause()
            return "paused"
        if state == PAUSED:
            self.resume()
            return "resumed"
        self.reset()
        return "ended"

    def add_minute(self) -> None:
        if self.is_set:
            self.total += 60.0
        else:
            self.minutes = clamp_minutes(self.minutes + 1)

    def remove_minute(self) -> None:
        """A minute off the box (never below the time used: it then ends now)."""
        if self.is_set:
            self.total = max(self.elapsed(), self.total - 60.0)
        else:
            self.minutes = clamp_minutes(self.minutes - 1)

    def reset(self) -> None:
        """Back to idle; the length of the next box stays."""
        self.is_set, self.total, self.used, self.since = False, 0.0, 0.0, None

    stop = reset


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
        self.signalled = False
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.tick)

    @property
    def minutes(self) -> float:
        """The length of the next box."""
        return self.countdown.minutes

    @minutes.setter
    def minutes(self, value: float) -> None:
        if clamp_minutes(value) != self.countdown.minutes:
            self.countdown.minutes = clamp_minutes(value)
            self.changed.emit()

    def start(self, minutes: float | None = None) -> None:
        self.countdown.start(minutes)
        self._changed()

    def toggle(self) -> str:
        """One key for the facilitator: start, pause, resume; an overrun ends."""
        done = self.countdown.toggle()
        self._changed()
        return done

    def add_minute(self) -> None:
        self.countdown.add_minute()
        self._changed()

    def remove_minute(self) -> None:
        self.countdown.remove_minute()
        self._changed()

    def reset(self) -> None:
        self.countdown.reset()
        self._changed()

    stop = reset

    def wake(self) -> None:
        """Tick again (workshop mode entered): a running box shows its time at once."""
        self._changed()

    def _changed(self) -> None:
        if self.countdown.remaining() > 0 or not self.countdown.started:
            self.signalled = False  # a fresh end will be signalled again
        if self.countdown.running:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        if self.state() == OVER and not self.signalled:
            self.signalled = True
            self.ended.emit()
        self.changed.emit()

    # -- what the clock chip shows ---------------------------------------------------
    def state(self) -> str:
        """idle, running, last_minute, paused or over."""
        state = self.countdown.state()
        if state == RUNNING and self.countdown.remaining() <= LAST_MINUTE:
            return "last_minute"
        return state

    def text(self) -> str:
        if not self.countdown.started:
            return ""
        return clock_text(self.countdown.remaining())

    def describe(self) -> str:
        """A sentence for the facilitator after a time-box key."""
        c = self.countdown
        state = c.state()
        length = f"{c.minutes:.0f} minute{'s' if c.minutes != 1 else ''}"
        if state == IDLE:
            return f"Time box: {length} (Ctrl+T starts it)."
        if state == PAUSED:
            return f"Time box paused at {self.text()}."
        if state == OVER:
            return f"Time is up ({self.text()}). Ctrl+T ends the time box."
        return f"Time box: {self.text()} left."
