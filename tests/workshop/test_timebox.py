"""The time box on a hand-moved clock: no sleeping."""
from editor.workshop.timebox import TimeBox, clock_text


def test_counts_down_pauses_and_takes_an_extra_minute(qtbot, clock):
    tb = TimeBox(clock)
    tb.start(5)
    assert tb.text() == "5:00" and tb.state() == "running"
    clock.advance(125)
    assert tb.text() == "2:55"
    tb.toggle()                       # pause
    clock.advance(600)
    assert tb.text() == "2:55" and tb.state() == "paused"
    tb.toggle()                       # resume
    clock.advance(120)
    assert tb.state() == "last_minute" and tb.text() == "0:55"
    tb.add_minute()
    assert tb.text() == "1:55" and tb.state() == "running"


def test_the_end_is_signalled_once_and_the_overrun_shows(qtbot, clock):
    tb = TimeBox(clock)
    ended = []
    tb.ended.connect(lambda: ended.append(clock.now))
    tb.start(1)
    clock.advance(59)
    tb.tick()
    assert ended == []
    clock.advance(1)
    tb.tick()
    clock.advance(5)
    tb.tick()
    assert len(ended) == 1
    assert tb.state() == "over" and tb.text() == "+0:05"
    tb.add_minute()                   # back in time: a fresh end is signalled again
    clock.advance(60)
    tb.tick()
    assert len(ended) == 2


def test_first_toggle_starts_with_the_last_minutes(qtbot, clock):
    tb = TimeBox(clock)
    assert tb.state() == "idle" and tb.text() == ""
    tb.minutes = 10
    tb.toggle()
    assert tb.text() == "10:00"
    tb.stop()
    assert tb.state() == "idle"


def test_clock_text_rounds_up_while_counting_down():
    assert clock_text(299.2) == "5:00"
    assert clock_text(59.0) == "0:59"
    assert clock_text(0) == "0:00"
    assert clock_text(-61.5) == "+1:01"


def test_the_time_box_is_a_state_machine_tested_without_qt():
    """Issue 10, item 9: idle → running ⇄ paused → over → idle, a minute on or off,
    reset, and a new box of a new length, on a plain clock."""
    from editor.workshop.timebox import Countdown
    now = [0.0]
    c = Countdown(lambda: now[0], minutes=5)
    assert c.state() == "idle"
    c.add_minute()
    c.add_minute()
    c.remove_minute()
    assert c.minutes == 6 and c.state() == "idle"          # idle: the next box's length
    assert c.toggle() == "started" and c.remaining() == 360
    now[0] += 100
    assert c.toggle() == "paused"
    now[0] += 500
    assert c.state() == "paused" and c.remaining() == 260
    c.remove_minute()
    assert c.remaining() == 200
    assert c.toggle() == "resumed"
    now[0] += 230
    assert c.state() == "over" and c.remaining() == -30
    assert c.toggle() == "ended" and c.state() == "idle"  # Ctrl+T ends an overrun
    c.start(10)                                            # a new box of a new length
    assert c.remaining() == 600 and c.minutes == 10
    now[0] += 590
    c.remove_minute()                                      # never below the time used
    assert c.state() == "over" and c.remaining() == 0
    c.reset()
    assert c.state() == "idle" and c.minutes == 10
    for _ in range(20):
        c.remove_minute()
    assert c.minutes == 1


def test_time_box_keys_and_the_minutes_box_run_many_exercises(workshop, clock):
    """Ctrl+T starts the length set in the minutes box, Ctrl+Shift+T/M add or take off a
    minute, Ctrl+T ends an overrun, Ctrl+Shift+Backspace resets; each key says what it did."""
    from PySide6.QtCore import Qt

    from .helpers import CTRL, SHIFT, key
    window, messages = workshop.presentation, []
    workshop.message.connect(messages.append)
    view, panel = window.view, window.overlay.panel
    panel.minutes.setValue(3)                              # the minutes box is not ignored
    key(view, Qt.Key.Key_T, CTRL)
    assert workshop.timebox.text() == "3:00" and window.clock.text() == "3:00"
    key(view, Qt.Key.Key_M, CTRL | SHIFT)
    assert workshop.timebox.text() == "2:00" and "2:00 left" in messages[-1]
    clock.advance(130)
    workshop.timebox.tick()
    assert window.clock.text().startswith("Time's up")
    key(view, Qt.Key.Key_T, CTRL)                          # ends the overrun
    assert workshop.timebox.state() == "idle" and not window.clock.isVisible()
    assert "ended" in messages[-1]
    key(view, Qt.Key.Key_T, CTRL | SHIFT)                  # idle: the next box is longer
    assert panel.minutes.value() == 4 and "4 minutes" in messages[-1]
    key(view, Qt.Key.Key_T, CTRL)
    clock.advance(30)
    key(view, Qt.Key.Key_Backspace, CTRL | SHIFT)          # reset
    assert workshop.timebox.state() == "idle"
    panel.minutes.setValue(8)
    panel.timer_button.click()
    assert workshop.timebox.text() == "8:00" and panel.timer_button.text() == "Pause"
    panel.minus.click()
    panel.timer_button.click()
    assert window.clock.text() == "❚❚ 7:00" and panel.timer_button.text() == "Resume"
    panel.reset.click()
    assert workshop.timebox.state() == "idle" and panel.timer_button.text() == "Start"


def test_leaving_over_time_and_coming_back_does_not_bring_back_times_up(workshop, clock):
    from PySide6.QtCore import Qt

    from .helpers import CTRL, key
    key(workshop.presentation.view, Qt.Key.Key_T, CTRL)
    clock.advance(6 * 60)
    workshop.timebox.tick()
    assert workshop.presentation.clock.text().startswith("Time's up")
    workshop.leave()
    workshop.enter(size=(1920, 1080))
    assert workshop.timebox.state() == "idle" and not workshop.presentation.clock.isVisible()
    key(workshop.presentation.view, Qt.Key.Key_T, CTRL)   # a new box starts at once
    assert workshop.presentation.clock.text() == "5:00" and workshop.timebox.timer.isActive()
