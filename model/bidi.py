"""The direction of text: which characters are right to left, and each one's
bidi level in a line (a small Unicode bidi algorithm). `text.visual_runs`
orders a line's pieces by these levels for the screen and the poster alike.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=50_000)
def is_rtl(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "N"
    return None


def levels(line: str) -> list[int]:
    """The bidi embedding level of each character of a line (even: left to right):
    the paragraph's direction from its first strong letter, numbers left to right
    inside right-to-left text, neutrals between two runs of one direction take it."""
    kinds = [_strong(ch) for ch in line]
    base = 1 if next((k for k in kinds if k in ("L", "R")), "L") == "R" else 0
    out, prev = [], "R" if base else "L"
    for k in kinds:
        if k == "L":
            prev = "L"
            out.append(2 if base else 0)
        elif k == "R":
            prev = "R"
            out.append(1)
        elif k == "N":
            out.append(2 if base or prev == "R" else 0)
        else:
            out.append(None)
    for i, level in enumerate(out):  # neutrals: the direction on both sides, else the base
        if level is None:
            before = next((out[j] for j in range(i - 1, -1, -1) if out[j] is not None), base)
            after = next((out[j] for j in range(i + 1, len(out)) if out[j] is not None), base)
            out[i] = 1 if before % 2 and after % 2 else base if base else (0 if before % 2 == 0 or after % 2 == 0 else 1)
    return out
