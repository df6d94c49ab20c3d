"""The matrix as a display list (see `display`): the quadrants, the axes, the
bubbles and the tray, every visual decision made here once for the screen
(`canvas/matrix_view.py`, through `canvas/paint.draw`) and for print."""
from __future__ import annotations

from .boxes import Lines
from .display import Box, Ellipse, Path, Primitive, Text
from .drawing import darker
from .matrix import Bubble, MatrixLayout, TrayCard
from .theme import Theme

LINE = "#8a93a3"
SELECTED = "#1d6fd8"


def background(m: MatrixLayout, theme: Theme) -> list[Primitive]:
    """Everything but the cards: washes, quadrant names, scale, axes, the tray."""
    out: list[Primitive] = [Box(0, 0, m.width, m.height, fill=theme.background)]
    for q in m.quadrants:
        out.append(Box(q.rect.x, q.rect.y, q.rect.w, q.rect.h, fill=q.wash))
        out.append(Text(q.name, theme.muted))
    p = m.plot
    out.append(Box(p.x, p.y, p.w, p.h, stroke=LINE, width=1.0))
    x, y = m.divider
    out.append(Path((("M", x, p.y), ("L", x, p.y + p.h), ("M", p.x, y), ("L", p.x + p.w, y)),
                    stroke=LINE, width=1.0, dash=(4.0, 3.0)))
    out += [Text(t, theme.muted, centre=True) for t in m.ticks]
    out += [Text(a, theme.text, centre=i == 0) for i, a in enumerate(m.axes)]
    t = m.tray
    out.append(Box(t.x, t.y, t.w, t.h, fill="#f6f7f9", stroke=LINE, width=0.75, radius=6.0))
    out.append(Text(m.tray_title, theme.text))
    if m.hidden:
        more = Lines((f"+{m.hidden}",), t.x + t.w / 2, t.y + t.h - 18, theme.label_text, True)
        out.append(Text(more, theme.muted, centre=True))
    return out


def bubble(b: Bubble, theme: Theme, selected: bool = False) -> list[Primitive]:
    """A card on the matrix: a disc in its kind's colours, its rank inside, its text below."""
    r = b.radius
    out: list[Primitive] = [Ellipse(b.x - r, b.y - r, 2 * r, 2 * r, fill=b.fill,
                                    stroke=SELECTED if selected else b.colour, width=2.5 if selected else 1.6)]
    if b.rank is not None:
        size = theme.label_text + 1
        out.append(Text(Lines((str(b.rank),), b.x, b.y - size * 0.62, size, True), darker(b.colour, 110),
                        centre=True))
    out.append(Text(b.label, theme.text, centre=True))
    return out


def waiting(card: TrayCard, theme: Theme, selected: bool = False) -> list[Primitive]:
    """A card in the tray: a slip with its kind's bar, not yet scored for both axes."""
    r = card.rect
    return [Box(r.x, r.y, r.w, r.h, fill="#ffffff", stroke=SELECTED if selected else LINE,
                width=1.6 if selected else 0.75, radius=4.0),
            Box(r.x + 2, r.y + 3, 3, r.h - 6, fill=card.colour),
            Text(card.label, theme.text)]


def draw_matrix(m: MatrixLayout, theme: Theme) -> list[Primitive]:
    """The whole matrix, for print and for pictures of it."""
    out = background(m, theme)
    for b in m.bubbles:
        out += bubble(b, theme)
    for c in m.waiting:
        out += waiting(c, theme)
    return out
