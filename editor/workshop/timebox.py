"""The time box: a countdown for one exercise, and a gentle signal when it ends.

A session runs many timed exercises, so the time box is a small state machine,
`Countdown` (in `model/workshop.py`), plain Python on an injectable clock (tests
move time by hand and never sleep, and need no QApplication):

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

from PySide6.QtCore import QObject, QTimer, Signal

from model.workshop import (IDLE, LAST_MINUTE, LONGEST, OVER, PAUSED, RUNNING,  # noqa: F401
                            SHORTEST, Clock, Countdown, clamp_minutes, clock_text)
from ..i18n import translate
from ..sentences import Facilitator, fill


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
        if state == IDLE:
            n = round(c.minutes)
            return Facilitator.tr("Time box: %n minute(s) (Ctrl+T starts it).", None, n)
        if state == PAUSED:
            return fill(translate("Workshop", "Time box paused at %1."), self.text())
        if state == OVER:
            return fill(translate("Workshop", "Time is up (%1). Ctrl+T ends the time box."), self.text())
        return fill(translate("Workshop", "Time box: %1 left."), self.text())
