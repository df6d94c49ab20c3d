"""The drawing order of a right-to-left line keeps every emoji whole."""
from model.text import clusters, visual

SEQUENCES = ("👍🏽", "👩‍👩‍👧", "🇯🇵", "1️⃣")


def test_an_arabic_line_with_emoji_keeps_each_sequence_whole():
    line = "بالعالم " + " ".join(SEQUENCES) + " end"
    seen = visual(line)
    for sequence in SEQUENCES:
        assert sequence in seen
    assert seen.startswith("end")  # a right-to-left line: the Latin word at its end is drawn first
    assert sorted(u for u in clusters(seen) if len(u) > 1) == sorted(SEQUENCES)


def test_a_hebrew_line_with_emoji_keeps_each_sequence_whole():
    seen = visual("שלום 👩‍👩‍👧 עולם")
    assert "👩‍👩‍👧" in seen and seen.index("עולם"[::-1]) < seen.index("👩‍👩‍👧")
