"""The workshop's rules (model/workshop.py) as plain functions: no QApplication, and
importing them loads no Qt at all."""
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from model import workshop as rules
from model.errors import JourneyError
from model.operations import Op

ROOT = Path(__file__).resolve().parents[2]

# stage 1..2; lanes in map order: actions 10, pain points 11, opportunities 12,
# thoughts 13, emotions 14, a second pain-point lane 15
LANES = [NS(id=10, kind="actions"), NS(id=11, kind="pain_points"), NS(id=12, kind="opportunities"),
         NS(id=13, kind="thoughts"), NS(id=14, kind="emotions"), NS(id=15, kind="pain_points")]


def journey(lanes=LANES, markers=()):
    return NS(lanes=list(lanes), markers=list(markers), cards=[], personas=[])


def marker(id, stage_id=1, lane_id=14, offset=0.5, feeling=0.0, label=""):
    return NS(id=id, stage_id=stage_id, lane_id=lane_id, offset=offset, feeling=feeling, label=label,
              persona_id=None, target=0)


def card_op(stage_id, lane_id, text):
    return Op("add_cards", {"cards": [{"stage_id": stage_id, "lane_id": lane_id,
                                       "position": None, "text": text}]})


def test_importing_the_rules_loads_no_qt():
    code = ("import sys, model.workshop\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "assert not bad, bad\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# -- capture: each prefix ---------------------------------------------------------------
@pytest.mark.parametrize("typed, lane_id, name", [
    ("! Hidden fees", 11, "Capture pain point"),
    ("+ Show the total early", 12, "Capture opportunity"),
    ("?Is it fresh?", 13, "Capture thought"),
])
def test_a_prefix_sends_the_card_to_that_lane_of_the_same_stage(typed, lane_id, name):
    plan = rules.plan_capture(typed, (2, 10), journey())
    text = typed[1:].strip()
    assert plan == rules.CapturePlan(name, [card_op(2, lane_id, text)], (2, lane_id))


def test_a_prefix_in_a_lane_of_its_kind_stays_in_that_lane():
    plan = rules.plan_capture("! Slow", (1, 15), journey())   # the second pain-point lane
    assert plan.ops == [card_op(1, 15, "Slow")] and plan.goes_to is None


def test_no_prefix_is_a_card_in_the_focused_cell():
    plan = rules.plan_capture("  Looks for a coupon ", (1, 10), journey())
    assert plan == rules.CapturePlan("Capture card", [card_op(1, 10, "Looks for a coupon")], None)
    assert rules.plan_capture("2 kids at home", (1, 10), journey()).ops == \
        [card_op(1, 10, "2 kids at home")]


@pytest.mark.parametrize("typed", ["", "   ", "!", "+ ", "?"])
def test_nothing_to_capture(typed):
    assert rules.plan_capture(typed, (1, 10), journey()) is None


def test_a_prefix_with_no_such_lane_is_refused_with_a_sentence():
    with pytest.raises(JourneyError, match="no thoughts lane"):
        rules.plan_capture("? why", (1, 10),
                           journey([lane for lane in LANES if lane.kind != "thoughts"]))


def test_text_that_is_no_feeling_is_refused_in_the_emotion_lane():
    with pytest.raises(JourneyError) as refused:
        rules.plan_capture("quite happy", (1, 14), journey())
    assert refused.value.message == rules.FEELING_HINT
    # a prefix still routes from the emotion lane
    assert rules.plan_capture("! Slow", (1, 14), journey()).ops == [card_op(1, 11, "Slow")]


# -- capture: the stage's feeling ------------------------------------------------------------
def test_a_feeling_adds_the_stages_marker_in_its_middle():
    plan = rules.plan_capture("+3 relieved", (2, 10), journey())
    assert plan == rules.CapturePlan("Capture feeling", [Op("add_markers", {"markers": [
        {"lane_id": 14, "stage_id": 2, "offset": 0.5, "feeling": 3.0, "label": "relieved"}]})], None)


def test_a_feeling_updates_the_marker_nearest_the_stages_middle():
    markers = [marker(1, offset=0.1), marker(2, offset=0.6), marker(3, offset=0.4),
               marker(4, stage_id=2, offset=0.5)]
    plan = rules.plan_capture("-2", (1, 10), journey(markers=markers))
    # 0.6 and 0.4 are as near: the first one; no label typed, so the label stays
    assert plan.ops == [Op("update_marker", {"marker_id": 2, "feeling": -2.0})]
    assert rules.stage_feeling(journey(markers=[marker(5, feeling=-1.0)]), 1, 14) == -1.0
    assert rules.stage_feeling(journey(markers=markers), 3, 14) is None


def test_in_the_emotion_lane_a_leading_digit_is_a_feeling():
    plan = rules.plan_capture("2 calm", (1, 14), journey())
    assert plan.ops[0].args["markers"][0]["feeling"] == 2.0


def test_a_feeling_without_an_emotion_lane_is_refused():
    with pytest.raises(JourneyError, match="no emotion lane"):
        rules.plan_capture("-1", (1, 10), journey([lane for lane in LANES if lane.kind != "emotions"]))


@pytest.mark.parametrize("typed, expected", [
    ("-3", (-3.0, "")), ("+3", (3.0, "")), ("3", (3.0, "")), ("0", (0.0, "")),
    ("+0 fine", (0.0, "fine")), ("-1 a bit lost", (-1.0, "a bit lost")),
    ("\u22122 annoyed", (-2.0, "annoyed")), ("\u20131", (-1.0, "")),   # minus sign, en dash
    (" 2  relieved ", (2.0, "relieved")), ("1 calm", (1.0, "calm")),
    ("+2 two\nlines", (2.0, "two\nlines")),
])
def test_reading_a_feeling(typed, expected):
    assert rules.read_feeling(typed) == expected


@pytest.mark.parametrize("typed", ["", "  ", "+4", "-4", "4", "+10", "-3.5", "2.5", "happy",
                                   "++2", "+ 2", "-", "!", None, 3, b"-2"])
def test_anything_else_is_refused_with_a_sentence(typed):
    with pytest.raises(JourneyError) as refused:
        rules.read_feeling(typed)
    assert refused.value.message == rules.FEELING_HINT


def test_the_draft_says_where_it_goes():
    assert rules.describe(rules.parse("!x")) == "→ Pain point"
    assert rules.describe(rules.parse("?x")) == "→ Thought"
    assert rules.describe(rules.parse("-2")) == "Feeling -2"
    assert rules.describe(rules.parse("+0")) == "Feeling 0"
    assert rules.describe(rules.parse("plain")) == ""
    assert rules.describe(None) == ""


# -- voting ---------------------------------------------------------------------------------
def card(id, lane_id=11, votes=0, kind="pain_points"):
    return NS(id=id, lane_id=lane_id, votes=votes, kind=kind)


def test_the_budget_is_dots_each_times_people():
    assert rules.budget(rules.DOTS_EACH, rules.PEOPLE) == 24
    assert rules.budget(2, 5) == 10
    assert rules.round_setting(None, 3) == 3 and rules.round_setting(5, 3) == 5
    assert rules.round_setting(0, 3) == 3 and rules.round_setting(-2, 3) == 1


def test_dots_spent_are_votes_above_the_rounds_start():
    cards = [card(1, votes=5), card(2, votes=1), card(3, votes=0), card(4, votes=2)]
    baseline = {1: 3, 2: 1, 3: 2}      # card 3 lost votes (an undo of an earlier round); 4 is new
    assert rules.dots_spent(cards, baseline) == 2 + 0 + 0 + 2
    assert rules.dots_left(6, cards, baseline) == 2
    assert rules.dots_left(3, cards, baseline) == 0    # never below nothing


def test_dots_given_go_as_far_as_the_budget():
    assert rules.dots_to_give(card(1), 2, LANES, left=5, total=6) == (2, "")
    assert rules.dots_to_give(card(1), 5, LANES, left=3, total=6) == (3, "")
    assert rules.dots_to_give(card(1, lane_id=12), 1, LANES, left=1, total=6) == (1, "")
    assert rules.dots_to_give(card(1), 1, LANES, left=0, total=6) == \
        (0, "No dots left in this round (6 spent).")
    assert rules.dots_to_give(card(1, lane_id=10), 1, LANES, left=5, total=6) == (0, rules.NOT_VOTABLE)


def test_only_pain_points_and_opportunities_take_dots():
    assert [rules.takes_dots(card(1, lane_id=lane.id), LANES) for lane in LANES] == \
        [False, True, True, False, False, True]
    assert not rules.takes_dots(card(1, lane_id=99), LANES)


def test_only_this_rounds_dots_come_back():
    assert rules.can_take_back(card(1, votes=3), {1: 2})
    assert not rules.can_take_back(card(1, votes=2), {1: 2})
    assert not rules.can_take_back(card(1, votes=0), {})


def test_which_selected_card_a_number_key_votes_on():
    pain, opportunity, action = card(1), card(2, 12, kind="opportunities"), card(3, 10, kind="actions")
    assert rules.vote_target([], {1, 2, 3}) == (None, "")
    assert rules.vote_target([action, pain], {1}) == (1, "")          # the last selected
    assert rules.vote_target([pain, opportunity], {1, 2}) == (2, "")
    assert rules.vote_target([pain], set()) == (None, rules.NOT_SHOWN)  # off screen or dimmed
    assert rules.vote_target([action], {3}) == (None, rules.NOT_VOTABLE)


# -- on a real map ---------------------------------------------------------------------------
def test_a_plan_applies_to_the_sample_map(sample_doc):
    j = sample_doc.journey
    stage = j.stages[1]
    actions = next(lane for lane in j.lanes if lane.kind == "actions")
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    plan = rules.plan_capture("! Hidden fees", (stage.id, actions.id), j)
    for op in plan.ops:
        sample_doc.apply(op)
    assert any(c.text == "Hidden fees" and (c.stage_id, c.lane_id) == plan.goes_to for c in j.cards)
    for op in rules.plan_capture("-3 furious", (stage.id, emotions.id), j).ops:
        sample_doc.apply(op)
    assert rules.stage_feeling(j, stage.id, emotions.id) == -3.0
    assert rules.stage_marker(j, stage.id, emotions.id).label == "furious"



def test_a_feeling_is_the_chosen_personas_and_leaves_the_others_curves_alone(sample_doc):
    j = sample_doc.journey
    maya, ruth = j.personas[:2]
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    stage = j.stages[2]
    before = {m.id: m.feeling for m in j.markers if m.persona_id == maya.id}
    for op in rules.plan_capture("-2 lost", (stage.id, emotions.id), j, ruth.id).ops:
        sample_doc.apply(op)
    assert rules.stage_feeling(j, stage.id, emotions.id, ruth.id) == -2.0
    assert {m.id: m.feeling for m in j.markers if m.persona_id == maya.id} == before
    for op in rules.plan_capture("+3", (stage.id, emotions.id), j).ops:  # no choice: the first persona
        sample_doc.apply(op)
    assert rules.stage_feeling(j, stage.id, emotions.id, maya.id) == 3.0
    assert rules.stage_feeling(j, stage.id, emotions.id, ruth.id) == -2.0


# -- the time box ----------------------------------------------------------------------------
def test_the_countdown_runs_pauses_runs_over_and_ends():
    now = [0.0]
    c = rules.Countdown(lambda: now[0], minutes=2)
    assert c.state() == rules.IDLE and c.toggle() == "started"
    now[0] = 30.0
    assert c.toggle() == "paused" and c.remaining() == 90.0
    now[0] = 500.0
    assert c.state() == rules.PAUSED and c.toggle() == "resumed"
    now[0] = 600.0
    assert c.state() == rules.OVER and rules.clock_text(c.remaining()) == "+0:10"
    assert c.toggle() == "ended" and c.state() == rules.IDLE and c.minutes == 2
    c.remove_minute(), c.remove_minute()
    assert c.minutes == rules.SHORTEST
    assert rules.clamp_minutes(1000) == rules.LONGEST
