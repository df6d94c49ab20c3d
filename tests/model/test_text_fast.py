"""The short cuts `model.text` takes for the common text (ASCII, or no right-to-left
letter) give exactly what its general code gives: the same clusters, words, runs,
widths and undrawable characters, so the canvas and the poster break and draw
lines as before, only sooner."""
import random
import unicodedata

import pytest

from model import text

ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?()[]{}'\"-_/#*%&\t\x01\x7f~"
WIDE = "éüß→★ – “”日本語、。「」한글🙂👍🏽\u200d\u0301ﬁ€"
RIGHT_TO_LEFT = "שלום עולם مرحبا 123"


def strings(alphabet: str, n: int = 400, seed: int = 18):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(n)] + ["", " ", "  a  "]


@pytest.mark.parametrize("alphabet", [ASCII, ASCII + WIDE, ASCII + WIDE + RIGHT_TO_LEFT])
def test_the_short_cuts_change_nothing(alphabet):
    assert text.ascii_drawn(False) and text.ascii_drawn(True)  # the bundled fonts cover ASCII
    for s in strings(alphabet):
        assert text.clusters(s) == text._clusters(s)
        paragraph = s.replace("\n", "")
        assert text._words(paragraph) == text._any_words(paragraph)
        assert text.undrawable(s) == text._undrawable(s)
        assert text.is_rtl(s) == any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in s)
        for bold in (False, True):
            assert text.visual_runs(s, bold) == text._visual_runs(s, bold, text.levels(s)), (s, bold)
            if not text.needs_shaping(s):
                assert text.measure(s, 9.5, bold) == sum(text._advance(ch, bold) for ch in s) * 9.5


def wrap_as_before(text_, width, size, bold=False, measure=text.measure):
    """`text.wrap` before it stopped measuring a line that fits twice."""
    lines = []
    for paragraph in text_.split("\n"):
        line = ""
        for word in text._words(paragraph):
            candidate = line + word
            if not line or measure(candidate.rstrip(), size, bold) <= width:
                line = candidate
                if measure(line.rstrip(), size, bold) > width:
                    parts = text._split_long(line, width, size, bold, measure)
                    lines.extend(parts[:-1])
                    line = parts[-1]
                continue
            lines.append(line.rstrip())
            line = word
            if measure(line.rstrip(), size, bold) > width:
                parts = text._split_long(line, width, size, bold, measure)
                lines.extend(parts[:-1])
                line = parts[-1]
        lines.append(line.rstrip())
    return tuple(lines)


def test_wrapping_breaks_where_it_did():
    rng = random.Random(5)
    for s in strings(ASCII + WIDE + RIGHT_TO_LEFT + "\n  ", 300):
        width, size = rng.choice([8.0, 40.0, 95.5, 180.0]), rng.choice([7.0, 10.5, 14.0])
        bold = rng.random() < 0.3
        assert text.wrap(s, width, size, bold) == wrap_as_before(s, width, size, bold), (s, width, size)
