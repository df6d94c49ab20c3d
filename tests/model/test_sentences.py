"""model.errors.Sentence: the English sentence the command line prints, with the
template and values the editor translates; the model stays free of Qt."""
import pickle

from model.errors import QT_TRANSLATE_NOOP, JourneyError, Sentence, english


def test_a_sentence_is_its_english_text_and_remembers_how_it_was_made():
    said = Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is too long (at most %2 characters)."), "map.journey", 20000)
    assert said == "“map.journey” is too long (at most 20,000 characters)."
    assert (said.context, said.template, said.args) == (
        "Refusal", "“%1” is too long (at most %2 characters).", ("map.journey", 20000))
    assert f"wayline: {said}" == "wayline: “map.journey” is too long (at most 20,000 characters)."


def test_values_are_written_as_english_writes_them_and_a_value_may_be_a_sentence():
    assert [english(v) for v in (1234, 0.5, 2.0, "x", True)] == ["1,234", "0.5", "2", "x", "True"]
    what = Sentence(QT_TRANSLATE_NOOP("Refusal", "A feeling"))
    said = Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be between %2 and %3."), what, "-3", "3")
    assert said == "A feeling must be between -3 and 3." and said.args[0].template == "A feeling"


def test_a_placeholder_may_come_twice_and_a_value_holding_one_is_left_alone():
    said = Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” … “%2” … “%1”"), "a%2", "b")
    assert said == "“a%2” … “b” … “a%2”"


def test_a_refusal_keeps_its_sentence_through_pickling():
    error = JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” does not exist."), "gone.journey"))
    again = pickle.loads(pickle.dumps(error))
    assert again.message == "“gone.journey” does not exist." and again.message.args == ("gone.journey",)
    assert isinstance(again.message, Sentence)

