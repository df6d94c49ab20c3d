"""Quick-capture syntax: prefixes route, signed numbers are feelings."""
import pytest

from model.workshop import Capture, describe, parse


@pytest.mark.parametrize("typed, expected", [
    ("Looks for a coupon", Capture("Looks for a coupon")),
    ("! Hidden fees", Capture("Hidden fees", "pain_points")),
    ("!Hidden fees", Capture("Hidden fees", "pain_points")),
    ("+ Show the total early", Capture("Show the total early", "opportunities")),
    ("?Is it fresh?", Capture("Is it fresh?", "thoughts")),
    ("-2", Capture("", None, -2.0)),
    ("+3 delighted", Capture("delighted", None, 3.0)),
    ("\u22121 a bit lost", Capture("a bit lost", None, -1.0)),  # a real minus sign
    ("0", Capture("", None, 0.0)),
    ("2", Capture("", None, 2.0)),
    ("2 kids at home", Capture("2 kids at home")),       # no sign: a note, not a feeling
    ("+5 more options", Capture("5 more options", "opportunities")),  # out of range: a prefix
    ("-5 degrees outside", Capture("-5 degrees outside")),
])
def test_what_a_typed_line_means(typed, expected):
    assert parse(typed) == expected


def test_in_the_emotion_lane_a_leading_digit_is_a_feeling():
    assert parse("2 relieved", in_emotions=True) == Capture("relieved", None, 2.0)


@pytest.mark.parametrize("typed", ["", "   ", "!", "+ ", "?"])
def test_nothing_to_capture(typed):
    assert parse(typed) is None


def test_the_draft_says_where_it_goes():
    assert describe(parse("!x")) == "→ Pain point"
    assert describe(parse("-2")) == "Feeling -2"
    assert describe(parse("+0")) == "Feeling 0"
    assert describe(parse("plain")) == ""
