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
