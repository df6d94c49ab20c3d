"""The drawing order of a right-to-left line keeps every emoji whole."""
from model.text import EMOJI, clusters, visual_runs

SEQUENCES = ("👍🏽", "👩‍👩‍👧", "🇯🇵", "1️⃣")


def _emoji_units(line: str) -> list[str]:
    return [u for name, piece, _, _ in visual_runs(line) if name == EMOJI for u in clusters(piece)]


def test_an_arabic_line_with_emoji_keeps_each_sequence_whole():
    line = "بالعالم " + " ".join(SEQUENCES) + " end"
    runs = visual_runs(line)
    assert sorted(_emoji_units(line)) == sorted(SEQUENCES)
    assert runs[0][1] == "end"  # a right-to-left line: the Latin word at its end is drawn first
    assert runs[-1][1] == "بالعالم" and runs[-1][2]  # the first word, rightmost, right-to-left


def test_a_hebrew_line_with_emoji_keeps_each_sequence_whole():
    runs = [piece for _, piece, _, _ in visual_runs("שלום 👩‍👩‍👧 עולם")]
    assert "👩‍👩‍👧" in runs and runs.index("עולם") < runs.index("👩‍👩‍👧") < runs.index("שלום")
